/**
 * The fast path, and a first look at every tree.
 *
 * A tree made only of DSL components (host types, i.e. strings), fragments, arrays and text needs no
 * React at all — no hooks, no context, no Suspense — so it is turned into the same host tree the
 * reconciler would build by walking the elements directly (about 1.7× faster for one long video and 10×
 * for many small ones). A tree with anything else (a function component, a context provider, Suspense,
 * an iterator) returns undefined, and the caller renders it through the reconciler, where React's own
 * semantics apply.
 *
 * Either way, a child of a DSL component that is neither an element nor text (an object, a function, a
 * symbol) is reported here with the line of the element that holds it; React would say "Objects are not
 * valid as a React child" with no line, or silently drop a function.
 */
import { locationOf } from '../../jsx-runtime/locations.js';
import { describeValue } from '../diagnostics/describe.js';
import { hostProps } from './host-props.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { HostChild, HostElement, HostRoot } from './host-tree.js';
import { RenderError } from './render-error.js';

const ELEMENT = Symbol.for('react.transitional.element');
const FRAGMENT = Symbol.for('react.fragment');

interface Walk {
  /** Something in the tree needs React; keep walking only to find bad children. */
  needsReact: boolean;
  /** Arrays and elements being walked, outermost first: a cycle, or a tree too deep to be a video. */
  open: object[];
  /** The elements whose children are being walked, outermost first. */
  holders: Holder[];
}

const MAX_DEPTH = 2_000;

export function renderDirect(node: unknown): HostRoot | undefined {
  const children: HostChild[] = [];
  const state: Walk = { needsReact: false, open: [], holders: [] };
  try {
    walk(node, children, state, undefined);
  } catch (thrown) {
    // Reading a child ran user code that threw (a Proxy's trap, a revoked Proxy): name the holder.
    if (thrown instanceof RenderError) throw thrown;
    const holder = state.holders[state.holders.length - 1];
    throw problem(`<${holder?.type ?? 'top'}> has a child that cannot be read (${describeValue(thrown)} was thrown reading it)`, holder);
  }
  return state.needsReact ? undefined : { children, commits: 1 };
}

/**
 * The element whose children are being walked. Under a DSL component (`strict`) a child must be an
 * element or text; under a function component anything may be fine, except a Proxy (React itself
 * breaks on one) and a cycle.
 */
interface Holder {
  type: string;
  loc?: SourceLocation;
  strict: boolean;
}

function walk(node: unknown, out: HostChild[], state: Walk, holder: Holder | undefined): void {
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
    enter(node, state, holder);
    for (let i = 0; i < node.length; i++) walk(node[i], out, state, holder);
    state.open.pop();
    return;
  }
  if (typeof node !== 'object' || (node as { $$typeof?: unknown }).$$typeof !== ELEMENT) {
    if (holder?.strict) throw badChild(node, holder);
    state.needsReact = true; // at the top, or under a component: React decides
    return;
  }
  const { type, props } = node as { type: unknown; props: Record<string, unknown> | null };
  if (props === null || typeof props !== 'object') {
    state.needsReact = true;
    return;
  }
  if (type === FRAGMENT) return walk(props.children, out, state, holder);
  if (typeof type !== 'string') {
    // A component: React renders it. Its children are its own business (a render prop is a fine child of
    // a component), but a Proxy or a cycle among the elements and arrays it was given would break React
    // (a cycle makes it build fibers until memory runs out), so those are looked for.
    state.needsReact = true;
    enter(node, state, holder);
    const component: Holder = { type: componentName(type), loc: locationOf(props), strict: false };
    state.holders.push(component);
    walk(props.children, [], state, component);
    state.holders.pop();
    state.open.pop();
    return;
  }
  const element: HostElement = { kind: 'element', type, props: hostProps(props), children: [], loc: locationOf(props) };
  enter(node, state, holder);
  const self: Holder = { type, loc: element.loc, strict: true };
  state.holders.push(self);
  walk(props.children, element.children, state, self);
  state.holders.pop();
  state.open.pop();
  out.push(element);
}

function enter(node: object, state: Walk, holder: Holder | undefined): void {
  if (state.open.length >= MAX_DEPTH) throw problem(`the tree is nested more than ${MAX_DEPTH} levels deep`, holder);
  if (state.open.includes(node)) throw problem(`<${holder?.type ?? 'top'}> has a child that contains itself (a cycle)`, holder);
  state.open.push(node);
}

function badChild(value: unknown, holder: Holder | undefined): RenderError {
  const kind = describeValue(value);
  const what = /^[a-z]/.test(kind) && !/^(a|an) /.test(kind) ? `a ${kind}` : kind;
  return problem(`<${holder?.type ?? 'top'}> has a child that is ${what}: children are elements, text and numbers`, holder);
}

const problem = (message: string, holder: Holder | undefined) => new RenderError(message, holder?.type, holder?.loc, { kind: 'bad-child' });

function componentName(type: unknown): string {
  if (typeof type === 'function') {
    const name = Object.getOwnPropertyDescriptor(type, 'name')?.value;
    if (typeof name === 'string' && name) return name;
  }
  return 'component';
}
