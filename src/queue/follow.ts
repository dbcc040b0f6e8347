/**
 * Following a batch: the outcomes already recorded, then every new event from the batch's stream
 * (a blocking read on its own connection), until every video has an outcome.
 */
import type { Redis } from 'ioredis';
import { readEvents, readOutcomes, type BatchEvent } from './batch.js';
import { keys } from './keys.js';
import { better, type VideoOutcome } from './payload.js';

export interface FollowOptions {
  /** Called for each event, and once for each outcome already recorded. */
  onEvent?: (event: BatchEvent) => void;
  signal?: AbortSignal;
}

/** Resolves with every video's outcome once all `count` have one; stops early (partial map) on abort. */
export async function followBatch(redis: Redis, batchId: string, count: number, options: FollowOptions = {}): Promise<Map<number, VideoOutcome>> {
  const reader = redis.duplicate();
  try {
    // The stream position first, then the recorded outcomes: an event in between is read twice, never lost.
    const last = (await redis.xrevrange(keys.events(batchId), '+', '-', 'COUNT', 1))[0];
    let lastId = last?.[0] ?? '0-0';
    const outcomes = await readOutcomes(redis, batchId);
    for (const outcome of outcomes.values()) options.onEvent?.({ type: 'outcome', outcome });
    while (outcomes.size < count && !options.signal?.aborted) {
      const read = await readEvents(reader, batchId, lastId, 1_000);
      lastId = read.lastId;
      for (const event of read.events) {
        if (event.type === 'outcome') {
          const previous = outcomes.get(event.outcome.index);
          const kept = better(previous, event.outcome);
          // A second report of the same result (a stalled duplicate, an event read twice) changes nothing.
          if (previous && (kept === previous || previous.status === kept.status)) continue;
          outcomes.set(event.outcome.index, kept);
          options.onEvent?.({ type: 'outcome', outcome: kept });
        } else if (!outcomes.has(event.index)) {
          options.onEvent?.(event);
        }
      }
    }
    return outcomes;
  } finally {
    reader.disconnect();
  }
}
