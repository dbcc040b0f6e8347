/**
 * Where a failing component was written, when its error carries no user stack frame (a component threw a
 * string or a plain object, or React itself failed on what it returned): search the elements given to
 * render for the innermost component of the component stack that was written as an element there, and
 * take that element's location. Runs only on an error; bounded by the size of the element tree.
 */
import { types } from 'node:util';
import { locationOf } from '../../jsx-runtime/locations.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';

const ELEMENT = Symbol.for('react.transitional.element');
const MAX_VISITS = 100_000;

export function locateInElements(node: unknown, componentStack: string | null | undefined): SourceLocation | undefined {
  const names = [...(componentStack ?? '').matchAll(/at ([^\s(]+)/g)].map((m) => m[1]);
  for (const name of names) {
    const loc = find(node, name);
    if (loc) return loc;
  }
  return undefined;
}

/** The location of the outermost element written with one: where "the video" was written. */
export function outermostLocation(node: unknown): SourceLocation | undefined {
  return find(node, undefined);
}

function find(root: unknown, name: string | undefined): SourceLocation | undefined {
  const stack: unknown[] = [root];
  let visits = 0;
  while (stack.length && visits++ < MAX_VISITS) {
    const node = stack.pop();
    if (!node || typeof node !== 'object' || types.isProxy(node)) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!node || typeof node !== 'object' || types.isProxy(node) || (node as { $$typeof?: unknown }).$$typeof !== ELEMENT) continue;
    const { type, props } = node as { type: unknown; props: Record<string, unknown> | null };
    if (!props || typeof props !== 'object') continue;
    if (name === undefined || nameOf(type) === name) {
      const loc = locationOf(props);
      if (loc) return loc;
    }
    const children = Object.getOwnPropertyDescriptor(props, 'children')?.value;
    if (children !== undefined) stack.push(children);
  }
  return undefined;
}

function nameOf(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  if (typeof type !== 'function') return undefined;
  const display = Object.getOwnPropertyDescriptor(type, 'displayName')?.value;
  if (typeof display === 'string') return display;
  const name = Object.getOwnPropertyDescriptor(type, 'name')?.value;
  return typeof name === 'string' ? name : undefined;
}
