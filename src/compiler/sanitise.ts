/**
 * Pass 1b — sanitise: every prop value of every node becomes plain data, or an error naming the prop
 * and what it was. Plain data is what JSON carries exactly: strings, finite numbers, booleans, null,
 * arrays and plain objects (a null prototype is fine), at most 64 levels deep, 10,000 values per prop and
 * 100,000 characters per string.
 * Refused, never silently changed: BigInt, Symbol, functions (a `toJSON` too), NaN and ±Infinity,
 * Dates, Maps, class instances, Proxies, getters, cycles, `undefined` inside an array, and a `ref`
 * (a DSL component has no instance to refer to).
 *
 * The copy it returns contains no getter, no Proxy and nothing shared with the user's objects, so the
 * passes after it can read props without running user code. It reads each property through its
 * descriptor, so no getter, `toJSON` or Proxy trap of the user's ever runs here either.
 */
import { types } from 'node:util';
import { UNREADABLE } from '../renderer/host-props.js';
import { describeValue, kindOf } from '../diagnostics/describe.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RawNode } from './tree.js';

const MAX_DEPTH = 64;
const MAX_VALUES = 10_000;
/** Longer than any prop Pictory takes (a story is at most 15,000 characters): refused before any check reads it. */
const MAX_STRING = 100_000;
const PLAIN = 'props must be plain JSON data';

export function sanitise(video: RawNode): { video: RawNode; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clean = (node: RawNode): RawNode => ({ ...node, props: plainProps(node, diagnostics), children: node.children.map(clean) });
  return { video: clean(video), diagnostics };
}

function plainProps(node: RawNode, diagnostics: Diagnostic[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = node.props;
  for (const name in props) {
    const value = props[name];
    if (name === UNREADABLE) {
      diagnostics.push(report(node, 'not-plain-data', { reason: `the props of <${node.type}> cannot be read (${describeValue(value)}); ${PLAIN}` }));
    } else if (name === '__proto__') {
      diagnostics.push(report(node, 'unknown-prop', { prop: '__proto__', tag: node.type, advice: 'a prop cannot be named __proto__' }, name));
    } else if (name === 'ref') {
      diagnostics.push(report(node, 'unknown-prop', { prop: 'ref', tag: node.type, advice: 'a pictory-jsx component has no instance to refer to; remove the ref' }, 'ref'));
    } else if (isPlainScalar(value)) {
      out[name] = value; // the common case: no copy, no walk
    } else {
      const copy = new Copier();
      const result = copy.value(value, name, 0);
      if (copy.problem) diagnostics.push(report(node, 'not-plain-data', { reason: `${copy.problem}; ${PLAIN}` }, name));
      else out[name] = result;
    }
  }
  return out;
}

function isPlainScalar(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_STRING;
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(value);
    default:
      return false;
  }
}

/** Copies one prop value into plain data, stopping at the first problem (kept in `problem`). */
class Copier {
  problem: string | undefined;
  private count = 0;
  private readonly ancestors: object[] = [];

  value(value: unknown, path: string, depth: number): unknown {
    if (++this.count > MAX_VALUES) return this.fail(`${root(path)} holds more than ${MAX_VALUES.toLocaleString('en')} values`);
    switch (typeof value) {
      case 'string':
        return value.length <= MAX_STRING ? value : this.fail(`${path} is ${value.length.toLocaleString('en')} characters long; no prop takes more than ${MAX_STRING.toLocaleString('en')}`);
      case 'boolean':
      case 'undefined':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : this.fail(`${path} is ${value}, which JSON cannot carry (it would become null)`);
      case 'bigint':
        return this.fail(`${path} is a BigInt (${describeValue(value)}); use a number`);
      case 'symbol':
        return this.fail(`${path} is a Symbol (${describeValue(value)}); use a string`);
      case 'function':
        return this.fail(`${path} is a ${describeValue(value)}; props are data, not code`);
    }
    if (value === null) return null;
    return this.object(value as object, path, depth);
  }

  private object(value: object, path: string, depth: number): unknown {
    if (types.isProxy(value)) return this.fail(`${path} is a Proxy; pass a plain object`);
    if (this.ancestors.includes(value)) return this.fail(`${path} refers back to an object that contains it (a cycle); JSON cannot carry it`);
    if (depth >= MAX_DEPTH) return this.fail(`${path} is nested more than ${MAX_DEPTH} levels deep`);
    const isArray = Array.isArray(value);
    const proto = Object.getPrototypeOf(value);
    if (!isArray && proto !== null && proto !== Object.prototype) {
      const kind = kindOf(value);
      const advice = kind === 'a Date' ? '; write it as a string, e.g. date.toISOString()' : kind === 'a JSX element' ? '; elements go in children, not in props' : '';
      return this.fail(`${path} is ${kind}${advice}`);
    }
    if (Object.getOwnPropertySymbols(value).length > 0) return this.fail(`${path} has a Symbol-keyed property, which JSON would silently drop`);
    this.ancestors.push(value);
    const out: Record<string, unknown> | unknown[] = isArray ? [] : {};
    const keys = isArray ? Array.from({ length: (value as unknown[]).length }, (_, i) => String(i)) : Object.keys(value);
    for (const key of keys) {
      const at = isArray ? `${path}[${key}]` : `${path}.${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}`;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && !('value' in descriptor)) return this.fail(`${at} is a getter; use a plain value`);
      const item = descriptor?.value;
      if (isArray && item === undefined) return this.fail(`${at} is undefined inside an array (JSON would turn it into null)`);
      if (!isArray && key === 'toJSON') return this.fail(`${at} is a toJSON method: JSON would send what it returns, not this object`);
      if (key === '__proto__') return this.fail(`${at}: a key named "__proto__" is not allowed`);
      const copy = this.value(item, at, depth + 1);
      if (this.problem) return undefined;
      if (copy !== undefined) (out as Record<string, unknown>)[key] = copy;
    }
    this.ancestors.pop();
    return out;
  }

  private fail(problem: string): undefined {
    this.problem ??= problem;
    return undefined;
  }
}

const root = (path: string) => path.split(/[.[]/)[0];
