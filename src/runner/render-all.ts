/**
 * `renderAll()`: the CLI's batch runner for library callers. Renders many videos, at most `concurrency`
 * at once; each succeeds or fails on its own (one failure, even a bug, never stops the others). The
 * budget covers the whole batch and is checked before anything touches the network.
 *
 * With the embedded emulator (no credentials and `emulator: true`), drafts are kept in a draft cache keyed
 * by request, so re-running an unchanged batch copies the drafts instead of making them again.
 */
import { setMaxListeners } from 'node:events';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { ENDPOINTS, type PictoryClient } from '../client/client.js';
import { PictoryError } from '../client/errors.js';
import { compileAsync } from '../compiler/compile.js';
import { sumCredits } from '../compiler/estimate.js';
import type { CompileResult, CompiledVideo } from '../compiler/types.js';
import { preflightOrThrow } from '../preflight/preflight.js';
import { checkBudget } from './budget.js';
import { connect, type Connection } from './connect.js';
import { DraftCache, defaultDraftCachePath, draftKey } from './draft-cache.js';
import { fileNames } from './names.js';
import { prepareOutput } from './output.js';
import { pool } from './pool.js';
import { renderable, renderVideo, type RenderEvent, type RenderOptions, type RenderResult } from './render.js';

export interface RenderAllOptions extends Omit<RenderOptions, 'onEvent' | 'out' | 'force' | 'maxCredits'> {
  /** Videos rendered at once (default 2). */
  concurrency?: number;
  /** Refuse the whole batch, before any network call, when its total estimate exceeds this. */
  maxCredits?: number;
  /** A folder: each video is saved as `<out>/<videoName>.mp4` (names made safe and unique). */
  out?: string;
  /** Per video, the already checked destination (the CLI resolves `--out` itself); wins over `out`. */
  outputs?: ReadonlyArray<Promise<string> | string | undefined>;
  /** Do not render a video whose destination file already exists. */
  skipExisting?: boolean;
  /** Submit anew (past the journal and the draft cache): every video, or those whose name passes. */
  force?: boolean | ((videoName: string) => boolean);
  /** Draft cache folder, or false for none. Default `<cwd>/.pictory/drafts`, used only with the embedded emulator. */
  draftCache?: string | false;
  /** Save each preview's storyboard page as `<out>/<videoName>.html` (default: with the embedded emulator, whose pages die with it). */
  savePreviewPages?: boolean;
  onEvent?: (event: BatchEvent) => void;
  /**
   * With a given `client`: its base URL when it is the embedded emulator (no journal: its jobs die with it;
   * the draft cache and saved preview pages apply). Set by renderAll itself when it starts the emulator.
   */
  emulatorUrl?: string;
}

/** What happens in a batch, per video (`index` is the video's place in the array). */
export type BatchEvent =
  /** Before anything is sent: the batch and its estimate. */
  | { type: 'batch'; total: number; estimatedCredits: number; exact: boolean; emulator?: string }
  | { type: 'started'; index: number; videoName: string }
  /** A render event of one video. */
  | { type: 'render'; index: number; videoName: string; event: RenderEvent }
  | { type: 'done'; index: number; videoName: string; outcome: VideoOutcome }
  | { type: 'failed'; index: number; videoName: string; outcome: VideoOutcome };

export interface VideoOutcome {
  index: number;
  videoName: string;
  /** rendered: made now; cached: copied from the draft cache; skipped: its file existed (`skipExisting`). */
  status: 'rendered' | 'cached' | 'skipped' | 'failed';
  result?: RenderResult;
  /** The saved video (or preview page). */
  file?: string;
  error?: unknown;
  estimatedCredits: number;
  /** True when the job exists (or may) although the video failed: it may have been charged. */
  jobKnown?: boolean;
  ms: number;
}

export interface BatchResult {
  outcomes: VideoOutcome[];
  done: number;
  failed: number;
  /** Credits reported by Pictory for the videos rendered now (an unreported amount counts its estimate). */
  creditsUsed: number;
  estimatedCredits: number;
  wallMs: number;
  /** The embedded emulator's address, when drafts were made locally. */
  emulatorUrl?: string;
}

/** Elements are compiled first; compiled videos are taken as they are. Any compile error: nothing is sent. */
export async function renderAll(videos: ReadonlyArray<ReactNode | CompileResult>, options: RenderAllOptions = {}): Promise<BatchResult> {
  const started = Date.now();
  const compiled: CompiledVideo[] = [];
  for (const v of videos) {
    const result = isCompiled(v) ? v : await compileAsync(v);
    renderable(result, options.cwd ?? process.cwd()); // throws ValidationError listing the errors
    compiled.push(result as CompiledVideo);
  }
  const estimatedCredits = sumCredits(compiled.map((v) => v.credits.total));
  const exact = compiled.every((v) => v.credits.exact);
  checkBudget({ total: estimatedCredits, exact, items: [] }, options.maxCredits);
  const outputs = options.outputs ?? (options.out === undefined ? undefined : folderOutputs(compiled, options.out));

  let connection: Connection | undefined;
  const client: PictoryClient = options.client ?? (connection = await connect({ env: options.env, clock: options.clock, emulator: options.emulator === true })).client;
  try {
    const emulatorUrl = connection?.emulatorUrl ?? options.emulatorUrl;
    options.onEvent?.({ type: 'batch', total: compiled.length, estimatedCredits, exact, emulator: emulatorUrl });
    if (!options.client && options.preflight !== false) {
      await preflightOrThrow(compiled, client, { cwd: options.cwd, env: options.env ?? process.env });
    }
    const cacheDir = options.draftCache ?? (emulatorUrl ? defaultDraftCachePath(options.cwd ?? process.cwd()) : false);
    const cache = cacheDir === false || options.preview ? undefined : new DraftCache(cacheDir);
    const { force: _force, onEvent: _onEvent, out: _out, maxCredits: _max, ...rest } = options;
    const renderOptions: RenderOptions = {
      ...rest,
      client,
      poll: { ...connection?.poll, ...options.poll },
      journal: emulatorUrl ? false : options.journal,
      preflight: false,
    };
    // Every video in flight listens to the one signal (its requests, polls and download): not a leak.
    if (options.signal) setMaxListeners(Math.max(10, (options.concurrency ?? 2) * 8), options.signal);
    const outcomes: VideoOutcome[] = [];
    await pool(compiled.length, options.concurrency ?? 2, async (index) => {
      outcomes[index] = await renderOne(compiled[index]!, index, outputs?.[index], renderOptions, options, cache, emulatorUrl !== undefined);
      const outcome = outcomes[index]!;
      options.onEvent?.({ type: outcome.status === 'failed' ? 'failed' : 'done', index, videoName: outcome.videoName, outcome } as BatchEvent);
    });
    const rendered = outcomes.filter((o) => o.status === 'rendered');
    return {
      outcomes,
      done: outcomes.filter((o) => o.status !== 'failed').length,
      failed: outcomes.filter((o) => o.status === 'failed').length,
      creditsUsed: sumCredits(rendered.map((o) => o.result?.aiCreditsUsed ?? o.estimatedCredits)),
      estimatedCredits,
      wallMs: Date.now() - started,
      emulatorUrl,
    };
  } finally {
    await connection?.close();
  }
}

async function renderOne(
  video: CompiledVideo,
  index: number,
  output: Promise<string> | string | undefined,
  renderOptions: RenderOptions,
  options: RenderAllOptions,
  cache: DraftCache | undefined,
  onEmulator: boolean,
): Promise<VideoOutcome> {
  const started = Date.now();
  const checked = renderable(video, options.cwd ?? process.cwd());
  const videoName = checked.body.videoName;
  const base = { index, videoName, estimatedCredits: checked.credits.total };
  let jobKnown = false;
  try {
    const out = await output;
    const savesPage = options.preview === true && (options.savePreviewPages ?? onEmulator);
    const target = out !== undefined && savesPage ? pagePath(out) : out;
    if (target !== undefined && options.skipExisting && (await isFile(target))) {
      return { ...base, status: 'skipped', file: target, ms: Date.now() - started };
    }
    const key = draftKey(options.preview ? ENDPOINTS.preview : ENDPOINTS.render, checked.body);
    const force = typeof options.force === 'function' ? options.force(videoName) : options.force === true;
    if (cache && out !== undefined && !force) {
      const cached = await cache.restore(key, out);
      if (cached) return { ...base, status: 'cached', result: cached, file: out, ms: Date.now() - started };
    }
    options.onEvent?.({ type: 'started', index, videoName });
    const result = await renderVideo(renderOptions.client!, checked, {
      ...renderOptions,
      out: options.preview ? undefined : out,
      force,
      onEvent: (event) => {
        if (event.type === 'submitted' || event.type === 'resumed') jobKnown = true;
        options.onEvent?.({ type: 'render', index, videoName, event });
      },
    });
    let file = result.file;
    if (result.preview && result.previewUrl && out !== undefined && savesPage) {
      file = pagePath(out);
      await savePage(result.previewUrl, file);
      result.file = file;
    }
    if (cache && result.file && !result.preview) await cache.store(key, result).catch(() => undefined);
    return { ...base, status: 'rendered', result, file, ms: Date.now() - started };
  } catch (error) {
    return { ...base, status: 'failed', error, jobKnown: jobKnown || (PictoryError.is(error) && error.jobMayExist === true), ms: Date.now() - started };
  }
}

/** `<out>/<videoName>.mp4` for every video, with names made safe and unique. */
function folderOutputs(videos: CompiledVideo[], out: string): Array<Promise<string>> {
  const { files } = fileNames(videos.map((v) => v.request.videoName));
  return files.map(({ file, videoName }) => {
    const p = prepareOutput(join(out, file), videoName, { folderMeansInside: false });
    p.catch(() => undefined); // reported when the video's turn comes
    return p;
  });
}

/** Where a preview's storyboard page goes: the video's path with `.html`. */
function pagePath(out: string): string {
  return `${out.replace(/\.mp4$/, '')}.html`;
}

async function savePage(url: string, file: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the storyboard page ${url} answered ${response.status}`);
  await writeFile(file, await response.text());
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

function isCompiled(value: unknown): value is CompileResult {
  return typeof value === 'object' && value !== null && 'diagnostics' in value && 'credits' in value && !('$$typeof' in value);
}
