/**
 * How long to wait before a retry: the server's `Retry-After` when it sent one, otherwise exponential
 * backoff with jitter.
 */

/** Exponential backoff parameters for retries of one request. */
export interface BackoffPolicy {
  /** Delay before the first retry, before jitter (default 500 ms). */
  initialMs: number;
  /** Upper bound of any computed delay (default 8 s). */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 8_000 };

/**
 * Delay before retry number `retry` (0-based): `min(initialMs · 2^retry, maxMs)`, jittered down into
 * [50 %, 100 %] of that so that clients that failed together do not retry together.
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.initialMs * 2 ** retry, policy.maxMs);
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/**
 * Delay asked for by a `Retry-After` header: either delta-seconds (`"2"`, `"1.5"`) or an HTTP date.
 * Returns undefined when the header is absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Delay to honour a `Retry-After` of `ms`: at least that long, plus up to 10 % (at most 1 s) of upward
 * jitter so that several clients told "retry in 1 s" do not all come back in the same millisecond.
 */
export function retryAfterDelay(ms: number, random: () => number): number {
  return Math.round(ms + random() * Math.min(ms * 0.1, 1_000));
}
