/**
 * Waiting for a job: poll `GET /v1/jobs/{id}` on a schedule that backs off between bounds, aims at the
 * completion time predicted from `renderProgress`, survives transient failures, and stops at a deadline.
 *
 * ## The schedule
 *
 * - Backoff: the n-th wait is `initialMs · factor^n` (2 s, 3 s, 4.5 s, …), so quick jobs are noticed
 *   quickly. Without progress to go by it is capped at `blindMaxMs` (10 s, the low end of Pictory's
 *   advice: blind polling can only trade requests for lag).
 * - Prediction: once two polls have shown `renderProgress` rising, the rate gives an estimated time of
 *   completion. Waits may then grow to `maxMs` (30 s), and the next poll goes just after the predicted
 *   completion when that is sooner (never sooner than `minMs`), so detection lags completion by a
 *   fraction of a second instead of half an interval, with fewer requests.
 * - Prior: a job that reports no progress (a storyboard preview, an AI generation phase) gives nothing
 *   to aim at, but the journal knows how long past jobs of a similar shape took (prior.ts). With that
 *   window, the schedule polls once early (a job that fails at once is seen at once), then not again
 *   until the window opens (waits up to `maxMs`), then densely inside it: as densely as the requests a
 *   fixed `blindMaxMs` loop would spend on the expected length allow, never wider than half of
 *   `blindMaxMs`. Past the window it backs off again, up to `blindMaxMs`. Progress, once seen, wins.
 * - Failures: a 429, 5xx, connection error or attempt timeout that outlived `request()`'s own retries
 *   counts as a missed poll: wait (`Retry-After` if given, else the backoff wait) and poll again.
 * - Deadline: the whole wait is bounded by `timeoutMs`; the last poll happens at the deadline.
 */
import { systemClock, type Clock } from '../client/clock.js';
import { AbortError, PictoryError, TimeoutError } from '../client/errors.js';
import type { CleanedJob, CompletedJob, FailedJob, Job } from '../schema/job.js';
import { formatDuration } from './duration.js';
import type { Prior } from './prior.js';

/** Bounds of the poll schedule, in milliseconds. */
export interface PollSchedule {
  /** First wait (default 2 000). */
  initialMs: number;
  /** Growth of each following wait (default 1.5). */
  factor: number;
  /** Longest wait while progress predicts the completion (default 30 000; Pictory's docs suggest 10–30 s). */
  maxMs: number;
  /** Longest wait without a prediction (default 10 000): blind polling cannot aim, so it stays closer. */
  blindMaxMs: number;
  /** Shortest wait, also after a predicted completion (default 1 000). */
  minMs: number;
  /** How long after the predicted completion to poll (default 300). */
  settleMs: number;
}

export const DEFAULT_SCHEDULE: PollSchedule = {
  initialMs: 2_000,
  factor: 1.5,
  maxMs: 30_000,
  blindMaxMs: 10_000,
  minMs: 1_000,
  settleMs: 300,
};

/** One poll that reported progress: when (clock ms) and how far (0–100). */
export interface ProgressSample {
  at: number;
  progress: number;
}

/**
 * The wait before the next poll, after `polls` polls, at time `now`, given the progress samples seen.
 * Pure: the benchmark and the tests call it directly.
 */
export function nextDelay(polls: number, samples: readonly ProgressSample[], now: number, s: PollSchedule): number {
  const grown = s.initialMs * s.factor ** polls;
  const eta = predictedCompletion(samples);
  if (eta === undefined) return Math.max(s.minMs, Math.min(s.blindMaxMs, grown));
  return Math.max(s.minMs, Math.min(s.maxMs, grown, eta - now + s.settleMs));
}

/**
 * The wait before the next poll of a job without a progress-based prediction, `elapsedMs` after its
 * submit, when past jobs of its shape give `prior`. Pure, like {@link nextDelay}.
 */
export function priorDelay(polls: number, elapsedMs: number, prior: Prior, s: PollSchedule): number {
  const clamp = (ms: number, max: number) => Math.max(s.minMs, Math.min(max, ms));
  const dense = denseDelay(prior, s);
  // Before the window, halve the distance to it (a job a little early is still seen soon).
  if (elapsedMs < prior.earliestMs) return approachWait(polls, prior.earliestMs - elapsedMs, dense, s);
  if (elapsedMs < prior.latestMs) return dense;
  // Overdue: the prior was wrong for this job; back off from the dense pace as time passes.
  return clamp(Math.max(dense, (elapsedMs - prior.latestMs) / 4), s.blindMaxMs);
}

/**
 * The pace inside the prior's window. A blind loop every `blindMaxMs` would spend about
 * `expected / blindMaxMs` requests; the polls before the window (one early, then the approach) come off
 * that budget, and the rest are spread so that a job ending anywhere in the window costs about half of
 * them on average. The approach depends on the pace, so the two are settled together.
 */
export function denseDelay(prior: Prior, s: PollSchedule): number {
  const width = prior.latestMs - prior.earliestMs;
  let dense = s.blindMaxMs / 2;
  for (let round = 0; round < 4; round++) {
    const budget = Math.max(1, prior.expectedMs / s.blindMaxMs - approachPolls(prior, dense, s));
    dense = Math.max(s.minMs, Math.min(s.blindMaxMs / 2, width / (2 * budget)));
  }
  return dense;
}

/** Polls before the window opens, with pace `dense` inside it. */
function approachPolls(prior: Prior, dense: number, s: PollSchedule): number {
  let polls = 0;
  for (let t = 0; t < prior.earliestMs && polls < 1_000; polls++) t += approachWait(polls, prior.earliestMs - t, dense, s);
  return polls;
}

/** The wait before the window: first `initialMs`, then halving the distance to it (between `dense` and `maxMs`). */
function approachWait(polls: number, untilWindow: number, dense: number, s: PollSchedule): number {
  const wait = polls === 0 ? Math.min(s.initialMs, untilWindow) : untilWindow <= 2 * dense ? untilWindow : Math.max(dense, untilWindow / 2);
  return Math.max(s.minMs, Math.min(s.maxMs, wait));
}

/** Clock time at which progress reaches 100, from the rate between the two latest distinct samples. */
export function predictedCompletion(samples: readonly ProgressSample[]): number | undefined {
  const last = samples[samples.length - 1];
  if (!last) return undefined;
  for (let i = samples.length - 2; i >= 0; i--) {
    const earlier = samples[i]!;
    if (earlier.progress < last.progress && earlier.at < last.at) {
      const rate = (last.progress - earlier.progress) / (last.at - earlier.at);
      return last.at + (100 - last.progress) / rate;
    }
  }
  return undefined;
}

/** A job in a final state. */
export type FinishedJob = CompletedJob | FailedJob | CleanedJob;

export interface PollOptions {
  /** Overall deadline for the wait, in ms. */
  timeoutMs: number;
  schedule?: Partial<PollSchedule>;
  /** Poll at once instead of after the first wait (when re-attaching to a job that may be done). */
  immediate?: boolean;
  clock?: Clock;
  signal?: AbortSignal;
  /** Called with every job state received. */
  onUpdate?: (job: Job) => void;
  /**
   * When past jobs of this shape ended (ms after the submit, which is taken to be the start of this
   * wait): aims the polls of a job that reports no progress. Ignored with `immediate`.
   */
  prior?: Prior;
  /**
   * Called once the job is seen completed, with its estimated length: ms from the start of this wait to
   * the middle between the last poll that found it running and the one that found it done (to the latter
   * when no poll found it running). Not called
   * with `immediate` (the start of the job is unknown then).
   */
  onCompleted?: (estimatedMs: number) => void;
}

/** Polls `getJob` until the job is completed, failed or cleaned; throws {@link TimeoutError} at the deadline. */
export async function pollJob(
  jobId: string,
  getJob: (jobId: string, signal?: AbortSignal) => Promise<Job>,
  options: PollOptions,
): Promise<FinishedJob> {
  try {
    return await pollLoop(jobId, getJob, options);
  } catch (error) {
    if (options.signal?.aborted && PictoryError.is(error) && error.type === 'abort') {
      throw new AbortError(
        `Stopped waiting for job ${jobId}. It keeps running on Pictory; run the same command again to resume ` +
          'waiting for it (no new submit, no new charge).',
        { jobId, cause: options.signal.reason },
      );
    }
    throw error;
  }
}

async function pollLoop(
  jobId: string,
  getJob: (jobId: string, signal?: AbortSignal) => Promise<Job>,
  options: PollOptions,
): Promise<FinishedJob> {
  const schedule = { ...DEFAULT_SCHEDULE, ...options.schedule };
  const clock = options.clock ?? systemClock;
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  const prior = options.immediate ? undefined : options.prior;
  const samples: ProgressSample[] = [];
  const delay = (polls: number, now: number) =>
    prior && predictedCompletion(samples) === undefined
      ? priorDelay(polls, now - start, prior, schedule)
      : nextDelay(polls, samples, now, schedule);
  let polls = 0;
  let lastRunningAt: number | undefined;
  let wait = options.immediate ? 0 : delay(0, start);

  for (;;) {
    await clock.sleep(Math.min(wait, Math.max(0, deadline - clock.now())), options.signal);
    let retryAfterMs: number | undefined;
    try {
      const askedAt = clock.now();
      const job = await getJob(jobId, options.signal);
      options.onUpdate?.(job);
      if (job.status === 'completed' && !options.immediate) {
        // Ended between the last poll that found it running and this one; never seen running: by now.
        options.onCompleted?.((lastRunningAt === undefined ? askedAt : (lastRunningAt + askedAt) / 2) - start);
      }
      if (job.status !== 'in-progress') return job;
      lastRunningAt = askedAt;
      if (job.progress !== undefined) samples.push({ at: clock.now(), progress: job.progress });
    } catch (error) {
      if (!isMissedPoll(error)) throw error;
      retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs;
    }
    polls += 1;
    if (clock.now() >= deadline) {
      throw new TimeoutError(
        `Job ${jobId} was still in progress after ${formatDuration(options.timeoutMs)}. It keeps running on ` +
          'Pictory; run the same command again to resume waiting for it (no new submit, no new charge).',
        { phase: 'render', timeoutMs: options.timeoutMs, jobId },
      );
    }
    wait = retryAfterMs ?? delay(polls, clock.now());
  }
}

/** Failures that outlived request()'s retries but say nothing about the job: try again at the next poll. */
function isMissedPoll(error: unknown): boolean {
  if (!PictoryError.is(error)) return false;
  return (
    error.type === 'rate_limit' ||
    error.type === 'server' ||
    error.type === 'connection' ||
    (error.type === 'timeout' && (error as TimeoutError).phase === 'request')
  );
}
