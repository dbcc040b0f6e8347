/**
 * Hand-built input for the compiler passes, without JSX or the renderer: host trees for flatten, raw
 * trees for normalise and validate, and valid trees (through validate) for estimate and emit.
 */
import { expect } from 'vitest';
import type { SourceLocation } from '../../../src/diagnostics/diagnostic.js';
import type { HostChild, HostElement, HostRoot } from '../../../src/renderer/host-tree.js';
import type { RawNode, ValidVideo } from '../../../src/compiler/tree.js';
import { validate } from '../../../src/compiler/validate.js';

export const at = (line: number): SourceLocation => ({ file: '/videos/launch.tsx', line, column: 5 });

export function host(type: string, props: Record<string, unknown>, children: HostChild[] = [], line?: number): HostElement {
  return { kind: 'element', type, props, children, loc: line === undefined ? undefined : at(line) };
}

export const text = (value: string, hidden?: boolean): HostChild => ({ kind: 'text', text: value, hidden });

export const root = (...children: HostChild[]): HostRoot => ({ children, commits: 1 });

/** A raw node: `path` and `key` given as the flatten pass would give them. */
export function raw(type: string, path: string, key: string, props: Record<string, unknown>, children: RawNode[] = [], extra: Partial<RawNode> = {}): RawNode {
  return { type, path, key, props, children, ...extra };
}

/** A video with the given scenes (each `{ props, children }`), as flatten and normalise would leave it. */
export function rawVideo(props: Record<string, unknown>, scenes: Array<{ props: Record<string, unknown>; children?: RawNode[] }>, extra: RawNode[] = []): RawNode {
  return raw('Video', 'Video', 'video', props, [
    ...extra,
    ...scenes.map((s, i) => raw('Scene', `Video > Scene[${i + 1}]`, 'scenes', s.props, s.children ?? [], { index: i + 1 })),
  ]);
}

/** A background (or other single child) of scene `scene` (1-based). */
export const inScene = (scene: number, type: string, key: string, props: Record<string, unknown>): RawNode =>
  raw(type, `Video > Scene[${scene}] > ${type}`, key, props);

/** The valid tree of a raw video that must have no error. */
export function valid(video: RawNode): ValidVideo {
  const result = validate(video);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!result.ok) throw new Error('not valid');
  return result.video;
}
