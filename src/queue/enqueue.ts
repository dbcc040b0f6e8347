/**
 * Enqueueing a batch: the compiled videos become BullMQ jobs whose ids derive from the batch id, so a
 * second run of the same producer adds nothing new — it attaches to the batch already queued. Videos
 * of that batch that ended without a result (failed, timed out, refused, may exist) are queued again:
 * a worker then attaches to their job when one exists (never a second submit).
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CompiledVideo } from '../compiler/types.js';
import { batchIdOf, createBatch, forgetOutcome, readOutcomes } from './batch.js';
import { ATTEMPTS, PREFIX, QUEUE_NAME, RETENTION_SECONDS } from './keys.js';
import type { VideoJobData } from './payload.js';

export interface EnqueueResult {
  batchId: string;
  /** False when the batch was already in Redis (a re-run attaches to it). */
  created: boolean;
  /** Videos queued again because their earlier outcome was not a finished video. */
  requeued: number;
}

/** Jobs added per round trip. */
const CHUNK = 500;

export async function enqueueBatch(redis: Redis, videos: readonly CompiledVideo[], options: { preview?: boolean } = {}): Promise<EnqueueResult> {
  const preview = options.preview === true;
  const requests = videos.map((v) => v.request);
  const batchId = batchIdOf(requests, preview);
  const created = await createBatch(redis, {
    batchId,
    count: videos.length,
    names: requests.map((r) => r.videoName),
    preview,
    createdAt: new Date().toISOString(),
  });
  const queue = new Queue<VideoJobData>(QUEUE_NAME, { connection: redis, prefix: PREFIX });
  try {
    let requeued = 0;
    if (!created) {
      for (const [index, outcome] of await readOutcomes(redis, batchId)) {
        if (outcome.status === 'completed') continue;
        const job = await queue.getJob(jobIdOf(batchId, index));
        const state = job ? await job.getState() : 'unknown';
        if (job && (state === 'completed' || state === 'failed')) await job.remove();
        await forgetOutcome(redis, batchId, index);
        requeued += 1;
      }
    }
    const keep = { age: RETENTION_SECONDS };
    for (let start = 0; start < videos.length; start += CHUNK) {
      await queue.addBulk(
        videos.slice(start, start + CHUNK).map((video, offset) => {
          const index = start + offset;
          return {
            name: 'video',
            data: {
              batchId,
              index,
              videoName: video.request.videoName,
              request: video.request as unknown as VideoJobData['request'],
              preview,
              estimatedCredits: video.credits.total,
              estimateExact: video.credits.exact,
            },
            opts: {
              jobId: jobIdOf(batchId, index),
              attempts: ATTEMPTS,
              backoff: { type: 'exponential', delay: 1_000 },
              removeOnComplete: keep,
              removeOnFail: keep,
            },
          };
        }),
      );
    }
    return { batchId, created, requeued };
  } finally {
    await queue.close();
  }
}

/** How many workers are connected to the queue right now. */
export async function connectedWorkers(redis: Redis): Promise<number> {
  const queue = new Queue(QUEUE_NAME, { connection: redis, prefix: PREFIX });
  try {
    return await queue.getWorkersCount();
  } finally {
    await queue.close();
  }
}

/** The BullMQ job id of a batch's video (BullMQ ids cannot contain `:`). */
export function jobIdOf(batchId: string, index: number): string {
  return `${batchId}-${index}`;
}
