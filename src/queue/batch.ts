/**
 * Batches in Redis: a batch is the list of videos one `render --queue` run enqueued. Its id is derived
 * from the compiled requests, so running the producer again on the same file attaches to the same
 * batch (and the same BullMQ jobs) instead of queueing the videos twice.
 *
 * Workers record each video's outcome in the batch's outcome hash and append an event to the batch's
 * stream; the producer follows the stream, `status` reads the hash.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { canonicalJson } from '../runner/journal/index.js';
import { keys, RETENTION_SECONDS } from './keys.js';
import { better, type VideoOutcome } from './payload.js';

/** `b` + 16 hex digits of the sha256 of the batch's requests and mode. */
export function batchIdOf(requests: readonly unknown[], preview: boolean): string {
  return `b${createHash('sha256').update(canonicalJson({ preview, requests })).digest('hex').slice(0, 16)}`;
}

export interface BatchInfo {
  batchId: string;
  count: number;
  names: string[];
  preview: boolean;
  createdAt: string;
}

/** A batch event: a video was submitted (with its job id) or finished (with its outcome). */
export type BatchEvent =
  | { type: 'submitted'; index: number; jobId: string; attached: boolean }
  | { type: 'outcome'; outcome: VideoOutcome };

/** Records the batch's description (idempotent); returns true when the batch was new. */
export async function createBatch(redis: Redis, info: BatchInfo): Promise<boolean> {
  const key = keys.batch(info.batchId);
  const replies = await redis
    .multi()
    .hsetnx(key, 'createdAt', info.createdAt)
    .hset(key, 'count', String(info.count), 'names', JSON.stringify(info.names), 'preview', info.preview ? '1' : '0')
    .expire(key, RETENTION_SECONDS)
    .exec();
  return replies?.[0]?.[1] === 1;
}

export async function readBatch(redis: Redis, batchId: string): Promise<BatchInfo | undefined> {
  const fields = await redis.hgetall(keys.batch(batchId));
  if (!fields.count) return undefined;
  return {
    batchId,
    count: Number(fields.count),
    names: JSON.parse(fields.names ?? '[]') as string[],
    preview: fields.preview === '1',
    createdAt: fields.createdAt ?? '',
  };
}

/** Every outcome recorded so far, by video index. */
export async function readOutcomes(redis: Redis, batchId: string): Promise<Map<number, VideoOutcome>> {
  const fields = await redis.hgetall(keys.outcomes(batchId));
  const map = new Map<number, VideoOutcome>();
  for (const [index, json] of Object.entries(fields)) map.set(Number(index), JSON.parse(json) as VideoOutcome);
  return map;
}

/** Stores a video's outcome (keeping the better one if two attempts reported) and appends its event. */
export async function recordOutcome(redis: Redis, batchId: string, outcome: VideoOutcome): Promise<void> {
  const key = keys.outcomes(batchId);
  const previous = await redis.hget(key, String(outcome.index));
  const kept = better(previous ? (JSON.parse(previous) as VideoOutcome) : undefined, outcome);
  await redis
    .multi()
    .hset(key, String(outcome.index), JSON.stringify(kept))
    .expire(key, RETENTION_SECONDS)
    .xadd(keys.events(batchId), '*', 'e', JSON.stringify({ type: 'outcome', outcome: kept } satisfies BatchEvent))
    .expire(keys.events(batchId), RETENTION_SECONDS)
    .exec();
}

/** Appends a `submitted` event. */
export async function recordSubmitted(redis: Redis, batchId: string, event: Extract<BatchEvent, { type: 'submitted' }>): Promise<void> {
  await redis.xadd(keys.events(batchId), '*', 'e', JSON.stringify(event));
}

/** Forgets a video's outcome so that it can be queued again (a producer re-run retrying it). */
export async function forgetOutcome(redis: Redis, batchId: string, index: number): Promise<void> {
  await redis.hdel(keys.outcomes(batchId), String(index));
}

/**
 * Reads the batch's events after `lastId`, waiting up to `blockMs` for new ones. Uses its own
 * connection (a blocking read holds it).
 */
export async function readEvents(redis: Redis, batchId: string, lastId: string, blockMs: number): Promise<{ lastId: string; events: BatchEvent[] }> {
  const reply = (await redis.xread('COUNT', 1000, 'BLOCK', blockMs, 'STREAMS', keys.events(batchId), lastId)) as
    | Array<[string, Array<[string, string[]]>]>
    | null;
  if (!reply) return { lastId, events: [] };
  const events: BatchEvent[] = [];
  let last = lastId;
  for (const [, entries] of reply) {
    for (const [id, fields] of entries) {
      last = id;
      const json = fields[1];
      if (json) events.push(JSON.parse(json) as BatchEvent);
    }
  }
  return { lastId: last, events };
}
