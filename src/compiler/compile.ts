/**
 * compile(): a `<Video>` element in, Pictory's request body, its credit bill and its diagnostics out.
 * render → flatten → normalise → validate → estimate → emit, each pass a pure function in its own file.
 */
import type { ReactNode } from 'react';
import { report } from '../diagnostics/catalogue.js';
import { hasErrors, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import type { HostRoot } from '../renderer/host-tree.js';
import { render } from '../renderer/render.js';
import { RenderError } from '../renderer/render-error.js';
import { emit } from './emit.js';
import { estimate } from './estimate.js';
import { flatten } from './flatten.js';
import { normalise } from './normalise.js';
import type { RawNode } from './tree.js';
import type { CompileResult } from './types.js';
import { validate } from './validate.js';

/** Compile a tree holding exactly one `<Video>`. Synchronous; for trees that load data with use(), see compileAsync. */
export function compile(node: ReactNode): CompileResult {
  return one(compileRoot(renderSync(node)));
}

/** compile() for trees that may suspend on `use(promise)`. */
export async function compileAsync(node: ReactNode): Promise<CompileResult> {
  return one(await compileAllAsync(node));
}

/** Compile every `<Video>` in a tree (a component or array may yield many): one result per video. */
export function compileAll(node: ReactNode): CompileResult[] {
  return compileRoot(renderSync(node));
}

export async function compileAllAsync(node: ReactNode): Promise<CompileResult[]> {
  try {
    return compileRoot(await render(node));
  } catch (thrown) {
    return [failed(thrown)];
  }
}

function renderSync(node: ReactNode): HostRoot | Error {
  try {
    const root = render(node);
    if (root instanceof Promise) {
      root.catch(() => {});
      return new Error('this video loads data with use(): compile it with compileAsync() or compileAllAsync()');
    }
    return root;
  } catch (thrown) {
    if (thrown instanceof RenderError) return thrown;
    throw thrown;
  }
}

function compileRoot(root: HostRoot | Error): CompileResult[] {
  if (root instanceof Error) return [failed(root)];
  const { videos, diagnostics } = flatten(root);
  if (videos.length === 0) return [failure('', [...diagnostics, report({ path: '(top level)' }, 'no-video')])];
  // Misplaced nodes outside any video are reported with the first video.
  return videos.map((v, i) => compileVideo(v.video, i === 0 ? [...diagnostics, ...v.diagnostics] : v.diagnostics, v.locations));
}

function compileVideo(raw: RawNode, earlier: Diagnostic[], locations: Map<string, SourceLocation>): CompileResult {
  const videoName = typeof raw.props.name === 'string' ? raw.props.name : '';
  const normal = normalise(raw);
  const checked = validate(normal.video);
  const diagnostics = [...earlier, ...normal.diagnostics, ...checked.diagnostics];
  if (!checked.ok || hasErrors(diagnostics)) return failure(videoName, diagnostics, locations);
  return { ok: true, videoName, request: emit(checked.video), credits: estimate(checked.video), diagnostics, locations };
}

function one(results: CompileResult[]): CompileResult {
  if (results.length === 1) return results[0];
  const names = results.map((r) => `"${r.videoName}"`).join(', ');
  const many = report({ path: '(top level)' }, 'several-videos', { count: results.length, names });
  return failure(results[0].videoName, [...results[0].diagnostics, many], results[0].locations);
}

function failed(thrown: unknown): CompileResult {
  const diagnostic =
    thrown instanceof RenderError
      ? report({ path: thrown.component ? `<${thrown.component}>` : '(render)', loc: thrown.loc }, 'component-threw', { reason: thrown.message })
      : report({ path: '(render)' }, 'render-failed', { reason: thrown instanceof Error ? thrown.message : String(thrown) });
  return failure('', [diagnostic]);
}

function failure(videoName: string, diagnostics: Diagnostic[], locations = new Map<string, SourceLocation>()): CompileResult {
  return { ok: false, videoName, diagnostics, locations };
}
