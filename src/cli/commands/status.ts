/**
 * `pictory-jsx status <batch-id> --queue <redis-url> [--json]`: a queued batch's progress and results,
 * one line per video (name, state, URL or reason) and a summary. Needs no Pictory credentials.
 *
 * Exit codes: 0 nothing failed (done, or still running); 1 unknown batch or unreachable Redis;
 * 2 a video failed, may exist, or was refused.
 */
import { readBatch, readOutcomes } from '../../queue/batch.js';
import { QueueError } from '../../queue/errors.js';
import { summary } from '../../queue/producer.js';
import { connectRedis, displayUrl } from '../../queue/redis.js';

export async function statusCommand(
  batchId: string,
  options: { queue: string; json?: boolean },
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let redis;
  try {
    redis = await connectRedis(options.queue, 'pictory-jsx-status');
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    io.stderr.write(`pictory-jsx: ${error.message}\n`);
    return 1;
  }
  try {
    const batch = await readBatch(redis, batchId);
    if (!batch) {
      io.stderr.write(`pictory-jsx: no batch ${batchId} on ${displayUrl(options.queue)} (batches are kept 30 days)\n`);
      return 1;
    }
    const outcomes = await readOutcomes(redis, batchId);
    const all = [...outcomes.values()];
    const pending = batch.count - outcomes.size;
    if (options.json) {
      const videos = batch.names.map((videoName, index) => outcomes.get(index) ?? { status: 'pending', index, videoName });
      io.stdout.write(`${JSON.stringify({ batchId, count: batch.count, pending, createdAt: batch.createdAt, videos }, null, 2)}\n`);
    } else {
      batch.names.forEach((name, index) => {
        const o = outcomes.get(index);
        const detail = !o ? 'queued or rendering' : o.status === 'completed' ? `${o.videoUrl ?? o.previewUrl ?? o.jobId}\t${o.aiCreditsUsed ?? '?'} credits` : o.reason;
        io.stdout.write(`${name}\t${o?.status ?? 'pending'}\t${detail}\n`);
      });
      io.stderr.write(`${summary(batchId, all)}${pending ? ` ${pending} still queued or rendering.` : ''}\n`);
    }
    return all.some((o) => o.status !== 'completed') ? 2 : 0;
  } finally {
    redis.disconnect();
  }
}
