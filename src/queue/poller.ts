/**
 * One poller per worker: every job the worker is waiting for is polled from a single loop, on the
 * runner's schedule (backoff between bounds, aimed at the completion `renderProgress` predicts), each
 * poll drawing a token from the global rate. A webhook (or anything else) can `nudge` a job to be
 * polled at once; with webhooks on, blind waits grow long and polling is only the fallback.
 *
 * The poll count therefore grows with the jobs in flight at the schedule's pace, never with a fixed
 * per-job timer storm, and the whole fleet never exceeds the shared rate.
 */
import type { PictoryClient } from '../client/client.js';
import type { Clock } from '../client/clock.js';
import { PictoryError, RateLimitError, TimeoutError } from '../client/errors.js';
import { DEFAULT_SCHEDULE, nextDelay, predictedCompletion, type FinishedJob, type PollSchedule, type ProgressSample } from '../runner/poll.js';
import { formatDuration } from '../runner/duration.js';
import type { Job } from '../schema/job.js';
import type { RateLimiter } from './rate.js';

interface Waiter {
  jobId: string;
  polls: number;
  /** Polls made after the predicted completion had passed. */
  overdue: number;
  samples: ProgressSample[];
  due: number;
  deadline: number;
  timeoutMs: number;
  inFlight: boolean;
  onUpdate?: (job: Job) => void;
  resolve(job: FinishedJob): void;
  reject(error: unknown): void;
}

export interface PollerOptions {
  client: PictoryClient;
  rate: RateLimiter;
  clock: Clock;
  schedule?: Partial<PollSchedule>;
  signal?: AbortSignal;
}

export class Poller {
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly schedule: PollSchedule;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  /** Polls sent (for the worker's statistics). */
  polls = 0;

  constructor(private readonly options: PollerOptions) {
    this.schedule = { ...DEFAULT_SCHEDULE, ...options.schedule };
    options.signal?.addEventListener('abort', () => this.stop(options.signal!.reason), { once: true });
  }

  /** Resolves when `jobId` is completed, failed or cleaned; rejects at `timeoutMs` with a {@link TimeoutError}. */
  wait(jobId: string, options: { timeoutMs: number; immediate?: boolean; onUpdate?: (job: Job) => void }): Promise<FinishedJob> {
    const now = this.options.clock.now();
    return new Promise<FinishedJob>((resolve, reject) => {
      const waiter: Waiter = {
        jobId,
        polls: 0,
        overdue: 0,
        samples: [],
        due: now + (options.immediate ? 0 : nextDelay(0, [], now, this.schedule)),
        deadline: now + options.timeoutMs,
        timeoutMs: options.timeoutMs,
        inFlight: false,
        onUpdate: options.onUpdate,
        resolve,
        reject,
      };
      const list = this.waiting.get(jobId) ?? [];
      list.push(waiter);
      this.waiting.set(jobId, list);
      this.arm();
    });
  }

  /** Poll `jobId` as soon as possible (a webhook said it finished). */
  nudge(jobId: string): void {
    const list = this.waiting.get(jobId);
    if (!list) return;
    const now = this.options.clock.now();
    for (const w of list) w.due = Math.min(w.due, now);
    this.arm();
  }

  /** Jobs being waited for. */
  get size(): number {
    return this.waiting.size;
  }

  stop(reason: unknown): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const list of this.waiting.values()) for (const w of list) w.reject(reason);
    this.waiting.clear();
  }

  /**
   * The runner's schedule, except while progress stands still (a render that sits at 99 % keeps
   * predicting its completion a moment ahead): then waits grow again from `minMs` up to `blindMaxMs`
   * instead of polling every `minMs`.
   */
  private delay(w: Waiter, now: number): number {
    const n = w.samples.length;
    const stalled = n >= 2 && w.samples[n - 1]!.progress <= w.samples[n - 2]!.progress;
    const eta = predictedCompletion(w.samples);
    if (!stalled && (eta === undefined || now < eta + this.schedule.settleMs)) {
      w.overdue = 0;
      return nextDelay(w.polls, w.samples, now, this.schedule);
    }
    w.overdue += 1;
    return Math.min(this.schedule.blindMaxMs, this.schedule.minMs * this.schedule.factor ** w.overdue);
  }

  /** Sets the single timer to the earliest due poll. */
  private arm(): void {
    let earliest = Infinity;
    for (const list of this.waiting.values()) for (const w of list) if (!w.inFlight) earliest = Math.min(earliest, w.due);
    if (earliest === Infinity || earliest >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = earliest;
    this.timer = setTimeout(() => this.tick(), Math.max(0, earliest - this.options.clock.now()));
    this.timer.unref?.();
  }

  private tick(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.options.clock.now();
    for (const [jobId, list] of this.waiting) {
      const w = list[0]!;
      if (!w.inFlight && list.some((x) => x.due <= now)) void this.poll(jobId);
    }
    this.arm();
  }

  private async poll(jobId: string): Promise<void> {
    const list = this.waiting.get(jobId)!;
    for (const w of list) w.inFlight = true;
    let job: Job | undefined;
    let retryAfterMs: number | undefined;
    let fatal: unknown;
    try {
      await this.options.rate.take(this.options.signal);
      this.polls += 1;
      job = await this.options.client.getJob(jobId, { signal: this.options.signal });
    } catch (error) {
      if (error instanceof RateLimitError && error.retryAfterMs !== undefined) {
        retryAfterMs = error.retryAfterMs;
        await this.options.rate.pause(error.retryAfterMs).catch(() => undefined);
      } else if (!isMissedPoll(error)) fatal = error;
    }
    const current = this.waiting.get(jobId);
    if (!current) return; // stopped meanwhile
    const now = this.options.clock.now();
    const remaining: Waiter[] = [];
    for (const w of current) {
      w.inFlight = false;
      if (fatal) {
        w.reject(fatal);
        continue;
      }
      if (job) w.onUpdate?.(job);
      if (job && job.status !== 'in-progress') {
        w.resolve(job);
        continue;
      }
      if (job?.status === 'in-progress' && job.progress !== undefined) w.samples.push({ at: now, progress: job.progress });
      w.polls += 1;
      if (now >= w.deadline) {
        w.reject(
          new TimeoutError(
            `Job ${jobId} was still in progress after ${formatDuration(w.timeoutMs)}. It keeps running on Pictory; ` +
              're-running the producer attaches to it (no new submit, no new charge).',
            { phase: 'render', timeoutMs: w.timeoutMs, jobId },
          ),
        );
        continue;
      }
      w.due = Math.min(w.deadline, now + (retryAfterMs ?? this.delay(w, now)));
      remaining.push(w);
    }
    if (remaining.length) this.waiting.set(jobId, remaining);
    else this.waiting.delete(jobId);
    this.arm();
  }
}

/** Failures that say nothing about the job: poll again later. */
function isMissedPoll(error: unknown): boolean {
  if (!PictoryError.is(error)) return false;
  return (
    error.type === 'rate_limit' ||
    error.type === 'server' ||
    error.type === 'connection' ||
    (error.type === 'timeout' && (error as TimeoutError).phase === 'request')
  );
}
