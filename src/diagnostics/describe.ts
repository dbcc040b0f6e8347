/**
 * Describe any value for a message, safely: never runs the value's own code (no toString, toJSON,
 * getters or Proxy traps), never throws, and never longer than `max` characters — a diagnostic must not
 * echo a megabyte, nor crash on the value it is complaining about.
 */
import { types } from 'node:util';

/** `"text"`, `42`, `10n`, `Symbol(d)`, `function load`, `a Date`, `an array of 3`, `an object`… */
export function describeValue(value: unknown, max = 60): string {
  try {
    return cut(describe(value), max);
  } catch {
    return 'a value that cannot be shown';
  }
}

/** What kind of thing an object is, by its prototype: `a Date`, `a Map`, `an instance of Product`. */
export function kindOf(value: object): string {
  if (types.isProxy(value)) return 'a Proxy';
  if (typeof value === 'function') return `function ${nameOf(value) || '(anonymous)'}`.trim();
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if ((value as { $$typeof?: unknown }).$$typeof !== undefined && ownData(value, '$$typeof')) return 'a JSX element';
  const proto = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return 'an object';
  if (types.isDate(value)) return 'a Date';
  if (types.isPromise(value)) return 'a Promise';
  if (types.isMap(value)) return 'a Map';
  if (types.isSet(value)) return 'a Set';
  if (types.isRegExp(value)) return 'a RegExp';
  if (types.isTypedArray(value) || types.isArrayBuffer(value)) return 'binary data';
  if (types.isNativeError(value)) return 'an Error';
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  const name = typeof ctor === 'function' ? nameOf(ctor) : '';
  return name ? `an instance of ${name}` : 'an object with a custom prototype';
}

/** Quote a string for a message, cut to `max` characters. */
export function quote(text: string, max = 60): string {
  return cut(JSON.stringify(text), max);
}

export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value, 200);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value.toString().slice(0, 40)}n`;
    case 'symbol':
      return `Symbol(${value.description ?? ''})`;
    case 'function':
      return kindOf(value);
    default:
      return value === null ? 'null' : kindOf(value as object);
  }
}

function nameOf(fn: Function): string {
  const name = Object.getOwnPropertyDescriptor(fn, 'name')?.value;
  return typeof name === 'string' ? cut(name, 40) : '';
}

function ownData(value: object, key: string): boolean {
  const d = Object.getOwnPropertyDescriptor(value, key);
  return !!d && 'value' in d;
}
