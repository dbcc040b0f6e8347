/**
 * `render()`: from a video element to a finished video, safely with money.
 *
 *   compile → refuse on errors → budget gate → check `out` → connect → obtain the job (journal claim,
 *   submit, or attach) → poll → journal the outcome → save the video
 *
 * Nothing touches the network before the compiler, the budget gate and the `out` check have passed.
 * Each step is its own function (budget.ts, output.ts, submit.ts, wait.ts, save.ts) so that other
 * front ends (a queue worker, an account pre-flight) can compose them differently.
 */
import type { ReactNode } from 'react';
import { ENDPOINTS, type PictoryClient } from '../client/client.js';
import type { Clock } from '../client/clock.js';
import { ValidationError } from '../client/errors.js';
import { compileAsync } from '../compiler/compile.js';
import type { CompiledVideo, CompileResult, CreditReport } from '../compiler/types.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { preflightOrThrow } from '../preflight/preflight.js';
import type { CompletedJob } from '../schema/job.js';
import { checkBudget } from './budget.js';
import { connect } from './connect.js';
import { defaultJournalPath, Journal, requestHash, type JournalRecord } from './journal/index.js';
import { prepareOutput } from './output.js';
import type { PollSchedule } from './poll.js';
import { jobShape, readPrior, recordDuration } from './prior.js';
import { saveVideo } from './save.js';
import { obtainJob } from './submit.js';
import { settleJob, waitForJob } from './wait.js';

export interface RenderOptions {
  /** The client to use. Default: one from the environment's credentials (see `emulator`). */
  client?: PictoryClient;
  /** Where to read `PICTORY_*` when no client is given (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /**
   * Without credentials, start the embedded local emulator (no credits, drafts only) instead of failing.
   * Default false: a library caller gets an AuthenticationError; the CLI asks for the emulator.
   */
  emulator?: boolean;
  /** Create a storyboard preview (`POST /v2/video/storyboard`) instead of rendering. */
  preview?: boolean;
  /** Refuse, before any network call, when the estimated AI credits exceed this. */
  maxCredits?: number;
  /** Longest wait for the job and its download, in ms (default 30 minutes). The job keeps running after a timeout. */
  timeoutMs?: number;
  /** Download the finished video to this file (an existing folder: `<folder>/<videoName>.mp4`). */
  out?: string;
  /** Submit even when the journal holds a job (or an uncertain submit) for this exact request. */
  force?: boolean;
  /** Journal folder, or false for none (no resume). Default `<cwd>/.pictory/journal`. */
  journal?: string | false;
  /** Base for the default journal and for diagnostics' file names (default `process.cwd()`). */
  cwd?: string;
  signal?: AbortSignal;
  /** Progress events. Without a listener, starting the emulator is announced on stderr. */
  onEvent?: (event: RenderEvent) => void;
  /** Overrides of the poll schedule's bounds. */
  poll?: Partial<PollSchedule>;
  /**
   * Check every account reference (speakers, brand, styles, layouts, templates, avatar) and the AI-credit
   * balance before submitting (default true). False: a wrong name fails only after submission.
   */
  preflight?: boolean;
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
  /**
   * No submit: the journal held this request's job (`state`), another process had just submitted it, or
   * (`recovered`) the job listing identified the job of an earlier uncertain submit.
   */
  | { type: 'resumed'; jobId: string; state: JournalRecord['state']; recovered?: boolean }
  /** A poll found the job still running (`progress` 0–100 once rendering has started). */
  | { type: 'progress'; jobId: string; progress?: number; message?: string }
  | { type: 'downloading'; received: number; total?: number }
  /** A request is being retried (only for the client render() creates; a given client logs to its own `log`). */
  | { type: 'retry'; message: string }
  /** Something went wrong that does not stop the render (e.g. the journal could not record a completion). */
  | { type: 'warning'; message: string };

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
  /** True when the job came from the journal or the job listing rather than a new submit. */
  resumed: boolean;
  /** The completed job as Pictory reported it. */
  job: CompletedJob;
}

const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/** A compiled video without errors: its request body and credit report. */
export interface RenderableVideo {
  body: { videoName: string } & Record<string, unknown>;
  credits: CreditReport;
}

/**
 * Compiles `element` and renders it. Throws ValidationError (compile errors or an unusable `out`, nothing
 * sent), BudgetExceededError (nothing sent), JobFailedError, TimeoutError, SaveError (the video is paid
 * for but could not be saved), UncertainSubmitError, or a client error.
 */
export async function render(element: ReactNode, options: RenderOptions = {}): Promise<RenderResult> {
  return renderCompiled(await compileAsync(element), options);
}

/** {@link render} for a video that is already compiled (the CLI compiles a whole file first). */
export async function renderCompiled(compiled: CompileResult, options: RenderOptions = {}): Promise<RenderResult> {
  const cwd = options.cwd ?? process.cwd();
  const video = renderable(compiled, cwd);
  if (options.preview && options.out) {
    throw new ValidationError('A storyboard preview has no video to download: drop `out` or `preview`.');
  }
  options.onEvent?.({ type: 'estimate', videoName: video.body.videoName, credits: video.credits });
  checkBudget(video.credits, options.maxCredits);
  const out = options.out === undefined ? undefined : await prepareOutput(options.out, video.body.videoName);

  const checked = compiled as CompiledVideo; // renderable() refused anything else
  const preflight = (client: PictoryClient, env: NodeJS.ProcessEnv) =>
    options.preflight === false ? undefined : preflightOrThrow([checked], client, { cwd, env });
  if (options.client) {
    await preflight(options.client, {});
    return renderVideo(options.client, video, { ...options, out });
  }
  const connection = await connect({
    env: options.env,
    clock: options.clock,
    emulator: options.emulator === true,
    log: (message) => options.onEvent?.({ type: 'retry', message }),
  });
  try {
    await preflight(connection.client, options.env ?? process.env);
    if (!connection.emulatorUrl) return await renderVideo(connection.client, video, { ...options, out });
    const event: RenderEvent = { type: 'emulator', url: connection.emulatorUrl };
    if (options.onEvent) options.onEvent(event);
    else process.stderr.write(`${emulatorNotice(connection.emulatorUrl)}\n`);
    // The embedded emulator's jobs die with this process: there is nothing to resume, so no journal.
    const poll = { ...connection.poll, ...options.poll };
    return await renderVideo(connection.client, video, { ...options, out, poll, journal: false });
  } finally {
    await connection.close();
  }
}

/** The request and credits of `compiled`, or a ValidationError listing its errors (nothing is sent). */
export function renderable(compiled: CompileResult, cwd: string): RenderableVideo {
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !compiled.ok) {
    const name = compiled.videoName ? `"${compiled.videoName}"` : 'The video';
    throw new ValidationError(
      `${name} has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was sent.\n` + formatDiagnostics(errors, { cwd }),
      { diagnostics: compiled.diagnostics },
    );
  }
  return { body: compiled.request as unknown as RenderableVideo['body'], credits: compiled.credits };
}

/** The one line saying that renders go to the local emulator. */
export function emulatorNotice(url: string): string {
  return `No PICTORY_API_KEY: rendering against the local emulator at ${url} (no credits spent).`;
}

/**
 * Renders a checked video with `client`: obtain the job exactly once, wait for it, journal its outcome,
 * save the video to `options.out` (already resolved by {@link prepareOutput}).
 */
export async function renderVideo(client: PictoryClient, video: RenderableVideo, options: RenderOptions): Promise<RenderResult> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = started + timeoutMs;
  const { body } = video;
  const endpoint = options.preview ? ENDPOINTS.preview : ENDPOINTS.render;
  const hash = hashOf(client.baseUrl, endpoint, body);
  const journal =
    options.journal === false ? undefined : new Journal(options.journal ?? defaultJournalPath(options.cwd ?? process.cwd()));
  const obtained = await obtainJob({
    client,
    journal,
    hash,
    endpoint,
    body,
    preview: options.preview === true,
    force: options.force === true,
    since: started,
    signal: options.signal,
    clock: options.clock,
    warn: (message) => options.onEvent?.({ type: 'warning', message }),
  });
  const { jobId } = obtained;
  if (obtained.source === 'submitted') options.onEvent?.({ type: 'submitted', jobId });
  else options.onEvent?.({ type: 'resumed', jobId, state: obtained.state ?? 'submitted', recovered: obtained.source === 'recovered' });

  // Past jobs of this shape aim the polls; this one's length joins them (advisory: a failure only warns).
  const shape = jobShape(body, options.preview ? 'preview' : 'render');
  const fresh = obtained.source === 'submitted';
  const prior = journal && fresh ? await readPrior(journal, shape).catch(() => undefined) : undefined;
  let lengthMs: number | undefined;
  const job = await waitForJob(client, jobId, {
    ...options,
    timeoutMs,
    resumed: !fresh,
    prior,
    onCompleted: (ms) => (lengthMs = ms),
  });
  if (journal && lengthMs !== undefined) {
    await recordDuration(journal, shape, lengthMs).catch((error: Error) =>
      options.onEvent?.({ type: 'warning', message: `The journal could not record how long job ${jobId} took: ${error.message}` }),
    );
  }
  const completed = await settleJob(job, {
    journal,
    record: { hash, endpoint, api: client.baseUrl, videoName: body.videoName },
    alreadyCompleted: obtained.state === 'completed',
    warn: (message) => options.onEvent?.({ type: 'warning', message }),
  });
  const result: RenderResult = {
    jobId,
    videoName: body.videoName,
    preview: options.preview === true,
    videoUrl: completed.videoUrl,
    previewUrl: completed.previewUrl,
    shareUrl: completed.shareUrl,
    thumbnail: completed.thumbnail,
    duration: completed.duration,
    aiCreditsUsed: completed.aiCreditsUsed,
    estimatedCredits: video.credits.total,
    estimateExact: video.credits.exact,
    resumed: obtained.source !== 'submitted',
    job: completed,
  };
  if (options.out) result.file = await saveVideo(completed, options.out, { ...options, deadline });
  return result;
}

/** The request's hash; a body that is not JSON (a cycle, a BigInt) is refused before anything is sent. */
function hashOf(api: string, endpoint: string, body: RenderableVideo['body']): string {
  try {
    return requestHash(api, endpoint, body);
  } catch (error) {
    throw new ValidationError(
      `"${body.videoName}": the request cannot be sent as JSON (${error instanceof Error ? error.message : String(error)}); nothing was sent.`,
    );
  }
}
