/**
 * Every Redis name pictory-jsx uses for queued renders, in one place. BullMQ's own keys live under
 * `pictory-jsx:renders:*`; ours beside them. None of them, nor any value, ever holds a credential.
 */

/** BullMQ prefix and queue name: the queue's keys are `pictory-jsx:renders:*`. */
export const PREFIX = 'pictory-jsx';
export const QUEUE_NAME = 'renders';

export const keys = {
  /** Hash: the Redis journal entry of one request hash (state, jobId, videoName, …). */
  journal: (hash: string) => `${PREFIX}:journal:${hash}`,
  /** Hash: a batch's description (count, names, preview, createdAt). */
  batch: (batchId: string) => `${PREFIX}:batch:${batchId}`,
  /** Hash: a batch's outcomes, video index → JSON {@link VideoOutcome}. */
  outcomes: (batchId: string) => `${PREFIX}:batch:${batchId}:outcomes`,
  /** Stream: a batch's events in order (submitted, finished), read by the producer that follows it. */
  events: (batchId: string) => `${PREFIX}:batch:${batchId}:events`,
  /** Hash: one UTC day's shared budget, request hash → reserved hundredths of a credit, plus `#total`. */
  budget: (day: string) => `${PREFIX}:budget:${day}`,
  /** Hash: the global token bucket every worker draws from before a request to Pictory. */
  bucket: `${PREFIX}:rate:bucket`,
  /** String with a TTL: set while Pictory has asked everyone to wait (`Retry-After`). */
  pause: `${PREFIX}:rate:pause`,
  /** Pub/sub channel: job ids a webhook receiver heard about, for whichever worker is polling them. */
  webhooks: `${PREFIX}:webhooks`,
};

/** How long journal entries, batches and budgets are kept (30 days). */
export const RETENTION_SECONDS = 30 * 24 * 3600;

/** BullMQ attempts per video: retries of failures that certainly created nothing (each goes through the claim). */
export const ATTEMPTS = 8;
