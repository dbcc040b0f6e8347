/**
 * The fast path: a tree made only of DSL components (host types, i.e. strings), fragments, arrays and
 * text needs no React at all — no hooks, no context, no Suspense — so it is turned into the same host tree
 * the reconciler would build by walking the elements directly (1.7× faster for one long video, about 10×
 * for many small ones). Anything else — a function component, a context provider, Suspense, an iterator,
 * a value React would reject — returns undefined, and the caller renders through the reconciler, so
 * React's own semantics and error messages apply there.
 */
import { locationOf } from '../../jsx-runtime/locations.js';
import { hostProps } from './host-props.js';
import type { HostChild, HostElement, HostRoot } from './host-tree.js';

const ELEMENT = Symbol.for('react.transitional.element');
const FRAGMENT = Symbol.for('react.fragment');

/** Thrown (and caught below) when the tree needs the reconciler. */
const NEEDS_REACT = Symbol('needs React');

export function renderDirect(node: unknown): HostRoot | undefined {
  const children: HostChild[] = [];
  try {
    walk(node, children);
  } catch (thrown) {
    if (thrown === NEEDS_REACT) return undefined;
    throw thrown;
  }
  return { children, commits: 1 };
}

function walk(node: unknown, out: HostChild[]): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string') {
    if (node !== '') out.push({ kind: 'text', text: node });
    return;
  }
  if (typeof node === 'number' || typeof node === 'bigint') {
    out.push({ kind: 'text', text: '' + node });
    return;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) walk(node[i], out);
    return;
  }
  if (typeof node !== 'object' || (node as { $$typeof?: unknown }).$$typeof !== ELEMENT) throw NEEDS_REACT;
  const { type, props } = node as { type: unknown; props: Record<string, unknown> | null };
  if (props === null || typeof props !== 'object') throw NEEDS_REACT;
  if (type === FRAGMENT) return walk(props.children, out);
  if (typeof type !== 'string') throw NEEDS_REACT;
  const element: HostElement = { kind: 'element', type, props: hostProps(props), children: [], loc: locationOf(props) };
  walk(props.children, element.children);
  out.push(element);
}
