/**
 * `render()`: from a video element to a finished video, safely with money.
 *
 *   compile → refuse on errors → budget gate → journal lookup → submit (journalled) → poll → download
 *
 * Nothing touches the network before the compiler and the budget gate have passed. The journal is
 * written before and after the submit, before any polling, so a re-run after a crash or Ctrl-C attaches
 * to the same job instead of paying for another (`force` submits anew).
 */
import type { ReactNode } from 'react';
import { ENDPOINTS, type PictoryClient } from '../client/client.js';
import type { Clock } from '../client/clock.js';
import {
  APIError,
  JobFailedError,
  PictoryError,
  UncertainSubmitError,
  ValidationError,
} from '../client/errors.js';
import { compileAsync } from '../compiler/compile.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import type { CompiledVideo, CompileResult, CreditReport } from '../compiler/types.js';
import type { CompletedJob } from '../schema/jobs.js';
import { checkBudget } from './budget.js';
import { connect } from './connect.js';
import { downloadVideo } from './download.js';
import { defaultJournalPath, Journal, requestHash, type JournalRecord } from './journal.js';
import { pollJob, type PollSchedule } from './poll.js';
import { preflightOrThrow } from '../preflight/preflight.js';

export interface RenderOptions {
  /** The client to use. Default: one from the environment, or the embedded emulator without credentials. */
  client?: PictoryClient;
  /** Where to read `PICTORY_*` when no client is given (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Create a storyboard preview (`POST /v2/video/storyboard`) instead of rendering. */
  preview?: boolean;
  /** Refuse, before any network call, when the estimated AI credits exceed this. */
  maxCredits?: number;
  /** Longest wait for the job, in ms (default 30 minutes). The job keeps running after a timeout. */
  timeoutMs?: number;
  /** Download the finished video to this file. */
  out?: string;
  /** Submit even when the journal holds a job for this exact request. */
  force?: boolean;
  /**
   * Check every account reference (speaker, brand, style, layout, template, avatar) and the AI-credit
   * balance before submitting (default true). Off, a wrong name fails only after submission.
   */
  preflight?: boolean;
  /** Journal file, or false for none (no resume). Default `<cwd>/.pictory/journal.jsonl`. */
  journal?: string | false;
  /** Base for the default journal and for diagnostics' file names (default `process.cwd()`). */
  cwd?: string;
  signal?: AbortSignal;
  /** Progress events. Without a listener, starting the emulator is announced on stderr. */
  onEvent?: (event: RenderEvent) => void;
  /** Overrides of the poll schedule's bounds. */
  poll?: Partial<PollSchedule>;
  /** Time source (tests and benchmarks). */
  clock?: Clock;
}

/** What happens during a render, in order. */
export type RenderEvent =
  /** The compiler's credit report, before the budget gate. */
  | { type: 'estimate'; videoName: string; credits: CreditReport }
  /** No credentials: the embedded emulator was started at `url`. */
  | { type: 'emulator'; url: string }
  /** Pictory accepted the submit; the job is journalled. */
  | { type: 'submitted'; jobId: string }
  /** The journal held this request's job: no submit, polling it instead. */
  | { type: 'resumed'; jobId: string; state: JournalRecord['state'] }
  /** A poll found the job still running (`progress` 0–100 once rendering has started). */
  | { type: 'progress'; jobId: string; progress?: number; message?: string }
  | { type: 'downloading'; received: number; total?: number }
  /** A request is being retried (only for the client render() creates; a given client logs to its own `log`). */
  | { type: 'retry'; message: string };

export interface RenderResult {
  jobId: string;
  videoName: string;
  /** True for a storyboard preview (`previewUrl`, no video). */
  preview: boolean;
  videoUrl?: string;
  previewUrl?: string;
  shareUrl?: string;
  thumbnail?: string;
  /** Seconds. */
  duration?: number;
  /** What Pictory charged, when it says (only for videos with AI visuals). */
  aiCreditsUsed?: number;
  /** What the compiler estimated before submitting. */
  estimatedCredits: number;
  estimateExact: boolean;
  /** Absolute path of the downloaded video, with `out`. */
  file?: string;
  /** True when the job came from the journal rather than a new submit. */
  resumed: boolean;
  /** The completed job as Pictory reported it. */
  job: CompletedJob;
}

const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/**
 * Compiles `element` and renders it. Throws {@link ValidationError} (compile errors, nothing sent),
 * {@link BudgetExceededError} (nothing sent), {@link JobFailedError}, {@link TimeoutError}, or a client
 * error; see the client's errors module.
 */
export async function render(element: ReactNode, options: RenderOptions = {}): Promise<RenderResult> {
  return renderCompiled(await compileAsync(element), options);
}

/** {@link render} for a video that is already compiled (the CLI compiles a whole file first). */
export async function renderCompiled(compiled: CompileResult, options: RenderOptions = {}): Promise<RenderResult> {
  const cwd = options.cwd ?? process.cwd();
  if (!compiled.ok) {
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    throw new ValidationError(
      `"${compiled.videoName}" has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was sent.\n` +
        formatDiagnostics(errors, { cwd }),
      { diagnostics: compiled.diagnostics },
    );
  }
  if (options.preview && options.out) {
    throw new ValidationError('A storyboard preview has no video to download: drop `out` or `preview`.');
  }
  options.onEvent?.({ type: 'estimate', videoName: compiled.request.videoName, credits: compiled.credits });
  checkBudget(compiled.credits, options.maxCredits);

  if (options.client) return run(options.client, compiled, options, cwd);
  const connection = await connect({
    env: options.env,
    clock: options.clock,
    log: (message) => options.onEvent?.({ type: 'retry', message }),
  });
  try {
    if (!connection.emulatorUrl) return await run(connection.client, compiled, options, cwd);
    const event: RenderEvent = { type: 'emulator', url: connection.emulatorUrl };
    if (options.onEvent) options.onEvent(event);
    else process.stderr.write(`${emulatorNotice(connection.emulatorUrl)}\n`);
    // The embedded emulator's jobs die with this process: there is nothing to resume, so no journal.
    return await run(connection.client, compiled, { ...options, journal: false, poll: { ...connection.poll, ...options.poll } }, cwd);
  } finally {
    await connection.close();
  }
}

/** The one line saying that renders go to the local emulator. */
export function emulatorNotice(url: string): string {
  return `No PICTORY_API_KEY: rendering against the local emulator at ${url} (no credits spent).`;
}

async function run(client: PictoryClient, compiled: CompiledVideo, options: RenderOptions, cwd: string): Promise<RenderResult> {
  const body = compiled.request;
  const videoName = body.videoName;
  const endpoint = options.preview ? ENDPOINTS.preview : ENDPOINTS.render;
  const hash = requestHash(client.baseUrl, endpoint, body);
  const journal = options.journal === false ? undefined : new Journal(options.journal ?? defaultJournalPath(cwd));
  const note = (state: JournalRecord['state'], jobId?: string) =>
    journal?.append({ hash, state, jobId, endpoint, api: client.baseUrl, videoName });

  const { jobId, resumedFrom } = await exclusively(hash, async () => {
    const last = journal && !options.force ? await journal.latest(hash) : undefined;
    if (last?.jobId && (last.state === 'submitted' || last.state === 'completed')) {
      options.onEvent?.({ type: 'resumed', jobId: last.jobId, state: last.state });
      return { jobId: last.jobId, resumedFrom: last.state };
    }
    if (last?.state === 'submitting') throw new UncertainSubmitError(videoName, last.at);
    // A client given by the caller may hold other credentials than the environment's: no disk cache then.
    if (options.preflight !== false) await preflightOrThrow([compiled], client, { cwd, env: options.client ? {} : options.env });

    await note('submitting');
    let submitted: { jobId: string };
    try {
      const call = { signal: options.signal };
      submitted = options.preview ? await client.submitPreview(body, call) : await client.submitRender(body, call);
    } catch (error) {
      if (!(PictoryError.is(error) && error.jobMayExist)) await note('refused');
      throw error;
    }
    await note('submitted', submitted.jobId);
    options.onEvent?.({ type: 'submitted', jobId: submitted.jobId });
    return { jobId: submitted.jobId, resumedFrom: undefined };
  });

  let job;
  try {
    job = await pollJob(jobId, (id, signal) => client.getJob(id, { signal }), {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      immediate: resumedFrom !== undefined,
      schedule: options.poll,
      clock: options.clock,
      signal: options.signal,
      onUpdate: (update) => {
        if (update.status === 'in-progress') {
          options.onEvent?.({ type: 'progress', jobId, progress: update.progress, message: update.progressMessage });
        }
      },
    });
  } catch (error) {
    if (resumedFrom && error instanceof APIError && error.status === 404) {
      throw new APIError(
        `The journal's job ${jobId} for "${videoName}" was not found on ${client.baseUrl} (purged, or another ` +
          'account). Run again with --force to submit a new job (new charge).',
        { request: error.request, status: 404, code: error.code },
      );
    }
    throw error;
  }

  if (job.status === 'failed') {
    await note('failed', jobId);
    throw new JobFailedError(jobId, job.errorCode, job.errorMessage);
  }
  if (job.status === 'cleaned') {
    throw new JobFailedError(jobId, 'JOB_CLEANED', 'its outputs were deleted; run again with --force to render anew');
  }
  if (resumedFrom !== 'completed') await note('completed', jobId);

  const result: RenderResult = {
    jobId,
    videoName,
    preview: options.preview === true,
    videoUrl: job.videoUrl,
    previewUrl: job.previewUrl,
    shareUrl: job.shareUrl,
    thumbnail: job.thumbnail,
    duration: job.duration,
    aiCreditsUsed: job.aiCreditsUsed,
    estimatedCredits: compiled.credits.total,
    estimateExact: compiled.credits.exact,
    resumed: resumedFrom !== undefined,
    job,
  };
  if (options.out) {
    if (!job.videoUrl) {
      throw new APIError(`Job ${jobId} completed without a videoURL; nothing to download.`, { body: job.raw });
    }
    const downloaded = await downloadVideo(job.videoUrl, options.out, {
      signal: options.signal,
      clock: options.clock,
      onProgress: (received, total) => options.onEvent?.({ type: 'downloading', received, total }),
    });
    result.file = downloaded.path;
  }
  return result;
}

/**
 * Runs `task` after any earlier task for the same request hash in this process, so two identical videos
 * rendered concurrently share one job instead of both submitting (or the second seeing `submitting`).
 */
const queues = new Map<string, Promise<unknown>>();
async function exclusively<T>(hash: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(hash) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(task);
  queues.set(hash, current);
  try {
    return await current;
  } finally {
    if (queues.get(hash) === current) queues.delete(hash);
  }
}

