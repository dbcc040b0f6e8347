/**
 * Pass 5 — emit: the exact JSON body of Pictory's v2 storyboard API. Each component writes its own part
 * (`emit` in its declaration) and receives its children's JSON by key; keys appear only when the user set
 * them (Pictory's defaults stay Pictory's), in a stable order so the output diffs cleanly.
 */
import { specOf, type Json, type Node } from './components.js';
import type { PictoryRequest } from './pictory-request.js';
import type { ValidVideo } from './tree.js';

export function emit(video: ValidVideo): PictoryRequest {
  return json(video) as unknown as PictoryRequest;
}

const NONE: ReadonlySet<unknown> = new Set();

function json(node: Node): Json {
  const children: Record<string, Json | Json[]> = {};
  for (const child of node.children) {
    const value = json(child);
    if (child.index !== undefined) ((children[child.key] ??= []) as Json[]).push(value);
    else children[child.key] = gathered(child, children[child.key] as Json | undefined, value);
  }
  // The children's JSON is compact already: it is not walked again.
  const done = node.children.length ? new Set<unknown>(Object.values(children)) : NONE;
  const own = compact(specOf(node.type)!.emit(node.props, children), done);
  // `extra` (checked by validate: a plain object overriding nothing) is merged as it is.
  const extra = node.props.extra as Json | undefined;
  return extra === undefined ? own : Object.assign(own, extra);
}

/** A child's JSON, merged into the one before it for the same key when its component gathers (several voices). */
export function gathered(child: Node, sofar: Json | undefined, next: Json): Json {
  const gather = specOf(child.type)!.place.gather;
  return sofar !== undefined && gather ? gather(sofar, next) : next;
}

/** Drops keys whose value is undefined, in nested plain objects and arrays of them too. */
function compact(object: Json, done: ReadonlySet<unknown>): Json {
  const out: Json = {};
  for (const key in object) {
    const value = object[key];
    if (value !== undefined) out[key] = done.has(value) ? value : deep(value, done);
  }
  return out;
}

function deep(value: unknown, done: ReadonlySet<unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => deep(item, done));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return compact(value as Json, done);
  return value;
}
