/**
 * What sits on what, found by geometry: an element rests on a shape or media element drawn before it when its
 * centre (a text: its first line's) lies inside that element's box (the smallest such one). A label is the one text resting on a shape.
 * This is how a label is paired with its own shape — not by equal left/width, which pairs a label in the third
 * card of a column with the first card.
 */
import type { ElementLayout, ShapeLayout, TextLayout } from '../types.js';
import { centreX, contains, extent } from './geometry.js';

/** Where an element sits: a text by the optical centre of its first line (a wrapped label still starts on its shape). */
function anchor(el: ElementLayout): { x: number; y: number } {
  if (el.kind === 'text') {
    const first = el.lines[0];
    return { x: centreX(first.ink), y: (first.capTop + first.baseline) / 2 };
  }
  return { x: el.box.left + el.box.width / 2, y: el.box.top + el.box.height / 2 };
}

/** For each element index, the index of the shape or media it rests on (if any). */
export function hostsOf(elements: ElementLayout[]): Map<number, number> {
  const hosts = new Map<number, number>();
  for (const el of elements) {
    const own = extent(el);
    const { x, y } = anchor(el);
    let best: ElementLayout | undefined;
    for (const under of elements) {
      if (under.index >= el.index || under.kind === 'text') continue;
      const area = under.box.width * under.box.height;
      if (area <= own.width * own.height || !contains(under.box, x, y)) continue;
      if (!best || area < best.box.width * best.box.height) best = under;
    }
    if (best) hosts.set(el.index, best.index);
  }
  return hosts;
}

/** Shapes carrying exactly one text, with that text: the label pairs. */
export function labelPairs(elements: ElementLayout[], hosts: Map<number, number>): { label: TextLayout; shape: ShapeLayout }[] {
  const texts = new Map<number, TextLayout[]>();
  for (const el of elements) {
    const host = hosts.get(el.index);
    if (el.kind !== 'text' || host === undefined) continue;
    texts.set(host, [...(texts.get(host) ?? []), el]);
  }
  const pairs: { label: TextLayout; shape: ShapeLayout }[] = [];
  for (const [host, onIt] of texts) {
    const shape = elements[host];
    if (shape.kind === 'shape' && onIt.length === 1) pairs.push({ label: onIt[0], shape });
  }
  return pairs.sort((a, b) => a.label.index - b.label.index);
}
