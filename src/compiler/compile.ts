/**
 * compile(): a `<Video>` element in, Pictory's request body, its credit bill and its diagnostics out.
 * render → flatten → sanitise → normalise → validate → estimate → emit → lint, each pass a pure function in its own
 * file; a pass that throws anyway becomes a located diagnostic (guard.ts), never a raw exception.
 */
import type { ReactNode } from 'react';
import { report } from '../diagnostics/catalogue.js';
import { hasErrors, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import type { HostRoot } from '../renderer/host-tree.js';
import { render, renderNow } from '../renderer/render.js';
import { RenderError } from '../renderer/render-error.js';
import { describeValue } from '../diagnostics/describe.js';
import { caughtByBoundary, diagnosticsOnly, guardCompile, guardVideo } from './guard.js';
import { sanitise } from './sanitise.js';
import { emit } from './emit.js';
import { estimate } from './estimate.js';
import { flatten } from './flatten.js';
import { lint } from './lint.js';
import { normalise } from './normalise.js';
import type { RawNode } from './tree.js';
import type { CompileResult } from './types.js';
import { validate } from './validate.js';

/** Compile a tree holding exactly one `<Video>`. Synchronous; for trees that load data with use(), see compileAsync. */
export interface CompileOptions {
  /** Run the design lint on scenes with overlay elements (default true). */
  lint?: boolean;
  /** Folder relative media paths are read from, for the lint's media aspects (default: the working directory). */
  baseDir?: string;
}

export function compile(node: ReactNode, options?: CompileOptions): CompileResult {
  return one(guardCompile(() => compileRoot(renderSync(node), options)));
}

/** compile() for trees that may suspend on `use(promise)`. */
export async function compileAsync(node: ReactNode, options?: CompileOptions): Promise<CompileResult> {
  return one(await compileAllAsync(node, options));
}

/** Compile every `<Video>` in a tree (a component or array may yield many): one result per video. */
export function compileAll(node: ReactNode, options?: CompileOptions): CompileResult[] {
  return guardCompile(() => compileRoot(renderSync(node), options));
}

export async function compileAllAsync(node: ReactNode, options?: CompileOptions): Promise<CompileResult[]> {
  let root: HostRoot;
  try {
    root = await render(node);
  } catch (thrown) {
    return [failed(thrown)];
  }
  return guardCompile(() => compileRoot(root, options));
}

function renderSync(node: ReactNode): HostRoot | Error {
  try {
    return renderNow(node);
  } catch (thrown) {
    if (thrown instanceof RenderError) return thrown;
    throw thrown;
  }
}

function compileRoot(root: HostRoot | Error, options: CompileOptions = {}): CompileResult[] {
  if (root instanceof Error) return [failed(root)];
  const { videos, diagnostics } = flatten(root);
  diagnostics.push(...caughtByBoundary(root.caught));
  if (videos.length === 0) return [failure('', [...diagnostics, report({ path: '(top level)' }, 'no-video')])];
  // Misplaced nodes outside any video are reported with the first video.
  return videos.map((v, i) => compileVideo(v.video, i === 0 ? [...diagnostics, ...v.diagnostics] : v.diagnostics, v.locations, options));
}

function compileVideo(raw: RawNode, earlier: Diagnostic[], locations: Map<string, SourceLocation>, options: CompileOptions): CompileResult {
  const clean = sanitise(raw);
  const videoName = typeof clean.video.props.name === 'string' ? clean.video.props.name : '';
  const diagnostics = [...earlier, ...clean.diagnostics];
  // A prop that is not plain data is fixed first: the later passes would only add confusion about it.
  if (hasErrors(clean.diagnostics)) return diagnosticsOnly(diagnostics, videoName, locations);
  return guardVideo(
    raw,
    diagnostics,
    (found) => {
      const normal = normalise(clean.video);
      found.push(...normal.diagnostics);
      const checked = validate(normal.video);
      found.push(...checked.diagnostics);
      if (!checked.ok || hasErrors(found)) return failure(videoName, found, locations);
      const request = emit(checked.video);
      if (options.lint !== false) found.push(...lint(checked.video, request, { baseDir: options.baseDir }));
      return { ok: true, videoName, request, credits: estimate(checked.video), diagnostics: found, locations };
    },
    videoName,
    locations,
  );
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
      ? renderProblem(thrown)
      : report({ path: '(render)' }, 'internal-error', { what: thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : describeValue(thrown) });
  return failure('', [diagnostic]);
}

function renderProblem(thrown: RenderError): Diagnostic {
  const at = { path: thrown.component ? `<${thrown.component}>` : '(render)', loc: thrown.loc };
  switch (thrown.kind) {
    case 'suspended':
      return report(at, 'data-not-loaded', { reason: thrown.message });
    case 'bad-child':
      return report(at, 'invalid-child', { reason: thrown.message });
    case 'async-component':
      return report(at, 'async-component', { reason: thrown.message });
    default:
      return report(at, 'component-threw', { reason: thrown.message });
  }
}

function failure(videoName: string, diagnostics: Diagnostic[], locations = new Map<string, SourceLocation>()): CompileResult {
  return diagnosticsOnly(diagnostics, videoName, locations);
}
