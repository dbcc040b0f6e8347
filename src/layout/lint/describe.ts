/** How findings name elements: a text by its words, a shape by its name, media by its kind and source. */
import type { ElementLayout } from '../types.js';
import { quote } from './findings.js';

export function describe(el: ElementLayout): string {
  if (el.kind === 'text') return `text ${quote(el.text)}`;
  if (el.kind === 'shape') return `the ${el.name}`;
  const source = el.source === 'ai' ? 'AI ' : el.source === 'stock' ? 'stock ' : '';
  return `the ${source}${el.type}`;
}
