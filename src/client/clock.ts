/**
 * Time, randomness and waiting, behind one interface so tests and the polling benchmark can run on a
 * clock they control. Production code always uses {@link systemClock}.
 */
import { AbortError } from './errors.js';

export interface Clock {
  /** Milliseconds since the epoch (used for deadlines and HTTP-date `Retry-After`). */
  now(): number;
  /** Resolves after `ms`; rejects with {@link AbortError} as soon as `signal` fires. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1) for jitter. */
  random(): number;
}

/** The real clock: `Date.now`, `setTimeout`, `Math.random`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortErrorFrom(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortErrorFrom(signal!));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** The {@link AbortError} for an aborted signal, keeping the signal's reason as `cause`. */
export function abortErrorFrom(signal: AbortSignal, jobId?: string): AbortError {
  return new AbortError(jobId ? `Aborted while waiting for job ${jobId}.` : 'Aborted.', {
    cause: signal.reason,
    jobId,
  });
}
