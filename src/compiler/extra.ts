/**
 * `extra={{…}}`, which every component takes: fields merged as they are into the component's JSON. Checked
 * here, after the component's own props: it must be a plain object, it may not override a field the
 * component writes (from its props or its children), and its keys are named in a warning, since nothing
 * checks them.
 */
import { specOf, type Node } from './components.js';
import { gathered } from './emit.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export const EXTRA = 'extra';

/** The component's props without `extra`: what its schema checks. */
export function ownProps(props: Record<string, unknown>): Record<string, unknown> {
  if (!(EXTRA in props)) return props;
  const { [EXTRA]: _extra, ...own } = props;
  return own;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** The diagnostics for a node's `extra` (its own props have passed their schema). */
export function extraRules(node: Node): Diagnostic[] {
  const extra = node.props[EXTRA];
  if (extra === undefined) return [];
  if (!isPlainObject(extra)) {
    return [report(node, 'invalid-type', { prop: EXTRA, expected: 'an object of fields', got: Array.isArray(extra) ? 'an array' : JSON.stringify(extra) ?? String(extra) }, EXTRA)];
  }
  const keys = Object.keys(extra);
  if (keys.length === 0) return [];
  const written = new Set(Object.keys(writtenBy(node)));
  const overridden = keys.filter((k) => written.has(k));
  if (overridden.length > 0) return [report(node, 'extra-overrides', { tag: node.type, keys: quote(overridden) }, EXTRA)];
  return [report(node, 'extra-keys', { tag: node.type, keys: quote(keys) }, EXTRA)];
}

/** The fields the component itself writes, from its props and its children (a <Broll> writes its background's). */
function writtenBy(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const json = jsonOf(node);
  for (const key in json) if (json[key] !== undefined) out[key] = json[key];
  return out;
}

function jsonOf(node: Node): Record<string, unknown> {
  const children: Record<string, Record<string, unknown> | Record<string, unknown>[]> = {};
  for (const child of node.children) {
    if (child.index !== undefined) ((children[child.key] ??= []) as Record<string, unknown>[]).push(jsonOf(child));
    else children[child.key] = gathered(child, children[child.key] as Record<string, unknown> | undefined, jsonOf(child));
  }
  return specOf(node.type)!.emit(ownProps(node.props), children);
}

function quote(keys: string[]): string {
  return keys.map((k) => `"${k}"`).join(', ');
}
