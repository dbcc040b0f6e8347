/**
 * pictory-jsx's own element factory. It makes exactly the objects React's production `jsx()` makes
 * ({$$typeof, type, key, ref, props}), whatever NODE_ENV says: React's development factory freezes
 * every element and props object and records owner stacks, which made compiling 3–4× slower for a
 * library user who never set NODE_ENV, and the renderer reads none of it.
 *
 * Three things happen here because here is the only place that sees the element with its location:
 * - the location is stored on the props (see locations.ts);
 * - an `async` function used as a component is swapped for one that fails with a clear message naming
 *   it and its line (React would say "Minified React error #482" or suspend forever);
 * - a `ref` on a DSL component (whose type is a string) is taken away from React, which would otherwise
 *   try to attach it (and, on a frozen object, leave the reconciler broken for every later video); the
 *   renderer puts it back as an ordinary prop so the compiler reports it as unknown.
 */
import type { ElementType, Key, ReactElement } from 'react';
import type { SourceLocation } from '../src/diagnostics/diagnostic.js';
import { LOCATION, locationOf, recordLocation } from './locations.js';

const ELEMENT = Symbol.for('react.transitional.element');
/** Where a DSL element's `ref` is kept, out of React's sight. */
export const GIVEN_REF: unique symbol = Symbol.for('pictory-jsx.ref') as never;

const AsyncFunction = (async () => {}).constructor;

export function createElement(type: ElementType, config: Record<string, unknown>, maybeKey: Key | undefined, loc: SourceLocation | undefined): ReactElement {
  let key: string | null = maybeKey === undefined ? null : keyOf(maybeKey);
  let props = config;
  if (config === null || typeof config !== 'object') props = {};
  else {
    if (config.key !== undefined) key = keyOf(config.key);
    if ('key' in config || (typeof type === 'string' && 'ref' in config)) props = copyProps(config, typeof type === 'string');
  }
  if (loc && (props as Record<symbol, unknown>)[LOCATION] === undefined) recordLocation(props, loc);
  if (typeof type === 'function' && type instanceof AsyncFunction) type = asyncComponent(type);
  const ref = props.ref;
  return { $$typeof: ELEMENT, type, key, ref: ref === undefined ? null : ref, props } as unknown as ReactElement;
}

/** A key as a string, whatever it was given as (React would throw on a Symbol or a hostile object). */
function keyOf(key: unknown): string {
  if (typeof key === 'string') return key;
  try {
    return String(key);
  } catch {
    return '(unreadable key)';
  }
}

/** The props without `key` (and, for a DSL component, with `ref` moved out of React's sight). */
function copyProps(config: Record<string, unknown>, dsl: boolean): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const name in config) if (name !== 'key' && !(dsl && name === 'ref')) props[name] = config[name];
  if (dsl && 'ref' in config) (props as Record<symbol, unknown>)[GIVEN_REF] = config.ref;
  const loc = locationOf(config);
  if (loc) recordLocation(props, loc);
  return props;
}

/** Thrown when an async function is rendered as a component. */
export class AsyncComponentError extends Error {
  override name = 'AsyncComponentError';
  constructor(
    readonly component: string,
    readonly loc: SourceLocation | undefined,
  ) {
    const where = loc ? ` (${loc.file.split(/[\\/]/).pop()}:${loc.line})` : '';
    super(`<${component}>${where} is an async component; load data with use(), or make the file's default export an async function`);
  }
}

const stand_ins = new WeakMap<Function, ElementType>();

function asyncComponent(fn: Function): ElementType {
  let standIn = stand_ins.get(fn);
  if (!standIn) {
    const name = (fn as { displayName?: string }).displayName || fn.name || 'Anonymous';
    const AsyncComponent = (props: object): never => {
      throw new AsyncComponentError(name, locationOf(props));
    };
    Object.defineProperty(AsyncComponent, 'name', { value: name });
    stand_ins.set(fn, (standIn = AsyncComponent));
  }
  return standIn;
}
