/**
 * compile(): a `<Video>` element in, Pictory's request body, its credit bill and its diagnostics out.
 * render → flatten → normalise → validate → estimate → emit, each pass a pure function in its own file.
 */
import type { ReactNode } from 'react';
import type { HostRoot } from '../renderer/host-tree.js';
import { render, renderNow } from '../renderer/render.js';
import { RenderError } from '../renderer/render-error.js';
import { describeValue } from '../diagnostics/describe.js';
import { error, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { caughtByBoundary, diagnosticsOnly, guardCompile, guardVideo } from './guard.js';
import { sanitise } from './sanitise.js';
import { emit } from './emit.js';
import { estimate } from './estimate.js';
import { flatten, type FlatVideo } from './flatten.js';
import { normalise } from './normalise.js';
import type { CompileResult } from './types.js';
import { validate } from './validate.js';

/** Compile a tree holding exactly one `<Video>`. Synchronous; for trees that load data with use(), see compileAsync. */
export function compile(node: ReactNode): CompileResult {
  return one(guardCompile(() => compileRoot(renderSync(node))));
}

/** compile() for trees that may suspend on `use(promise)`. */
export async function compileAsync(node: ReactNode): Promise<CompileResult> {
  return one(await compileAllAsync(node));
}

/** Compile every `<Video>` in a tree (a component or array may yield many): one result per video. */
export function compileAll(node: ReactNode): CompileResult[] {
  return guardCompile(() => compileRoot(renderSync(node)));
}

export async function compileAllAsync(node: ReactNode): Promise<CompileResult[]> {
  let root: HostRoot;
  try {
    root = await render(node);
  } catch (thrown) {
    return [failed(thrown)];
  }
  return guardCompile(() => compileRoot(root));
}

function renderSync(node: ReactNode): HostRoot | Error {
  try {
    return renderNow(node);
  } catch (thrown) {
    if (thrown instanceof RenderError) return thrown;
    throw thrown;
  }
}

function compileRoot(root: HostRoot | Error): CompileResult[] {
  if (root instanceof Error) return [failed(root)];
  const { videos, diagnostics } = flatten(root);
  diagnostics.push(...caughtByBoundary(root.caught));
  if (videos.length === 0) {
    const none = error({ path: '(top level)' }, 'no-video', 'nothing to compile: the tree has no <Video>');
    return [{ request: { videoName: '', scenes: [] }, credits: { total: 0, exact: true, items: [] }, diagnostics: [...diagnostics, none] }];
  }
  // Misplaced nodes outside any video are reported with the first video.
  return videos.map((v, i) => compileVideo(v.video, i === 0 ? [...diagnostics, ...v.diagnostics] : v.diagnostics));
}

function compileVideo(flat: FlatVideo, earlier: Diagnostic[]): CompileResult {
  const clean = sanitise(flat);
  const diagnostics = [...earlier, ...clean.diagnostics];
  // A prop that is not plain data is fixed first: the later passes would only add confusion about it.
  if (hasErrors(clean.diagnostics)) return diagnosticsOnly(diagnostics);
  return guardVideo(flat, diagnostics, (report) => {
    const normal = normalise(clean.video);
    report.push(...normal.diagnostics);
    const valid = validate(normal.video);
    report.push(...valid.diagnostics);
    return { request: emit(valid.video), credits: estimate(valid.video), diagnostics: report };
  });
}

function one(results: CompileResult[]): CompileResult {
  if (results.length === 1) return results[0];
  const names = results.map((r) => `"${r.request.videoName}"`).join(', ');
  const many = error({ path: '(top level)' }, 'several-videos', `the tree holds ${results.length} videos (${names}); use compileAll() to compile each`);
  return { ...results[0], diagnostics: [...results[0].diagnostics, many] };
}

function failed(thrown: unknown): CompileResult {
  const diagnostic: Diagnostic =
    thrown instanceof RenderError
      ? error(
          { path: thrown.component ? `<${thrown.component}>` : '(render)', loc: thrown.loc },
          thrown.kind === 'suspended' ? 'data-not-loaded' : thrown.kind === 'bad-child' ? 'invalid-child' : thrown.kind,
          thrown.kind === 'component-threw' ? `a component threw: ${thrown.message}` : thrown.message,
        )
      : error({ path: '(render)' }, 'render-failed', thrown instanceof Error ? thrown.message : describeValue(thrown));
  return diagnosticsOnly([diagnostic]);
}
