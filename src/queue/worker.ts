/**
 * `startWorker()`: a BullMQ worker that renders queued videos through the same client and poll schedule
 * as a local render, with the Redis journal making every submit happen at most once across all workers.
 *
 * Per video: draw a token from the shared rate → claim the request hash in the Redis journal (or find
 * the job an earlier attempt submitted, and attach to it) → reserve the shared daily budget → POST →
 * record the job id → wait on this worker's single poller → record the outcome in the batch.
 *
 * BullMQ retries (a transient failure that certainly created nothing, a crashed or stopped worker whose
 * videos stall back into the queue) all go through the claim, so they never become a second POST.
 */
import { DelayedError, Worker, type Job as QueueJob } from 'bullmq';
import type { Redis } from 'ioredis';
import { ENDPOINTS, createClient, type PictoryClient } from '../client/client.js';
import { systemClock } from '../client/clock.js';
import { PictoryError, RateLimitError, TimeoutError } from '../client/errors.js';
import type { PictoryRequest } from '../compiler/pictory-request.js';
import { preflightOrThrow } from '../preflight/preflight.js';
import { requestHash } from '../runner/journal/index.js';
import type { PollSchedule } from '../runner/poll.js';
import { recordOutcome, recordSubmitted } from './batch.js';
import { DailyBudget, utcDay } from './budget.js';
import { QueueJournal } from './journal.js';
import { ATTEMPTS, PREFIX, QUEUE_NAME, keys } from './keys.js';
import type { VideoJobData, VideoOutcome } from './payload.js';
import { Poller } from './poller.js';
import { RateLimiter } from './rate.js';
import { connectRedis, displayUrl } from './redis.js';
import type { RunningWorker, WorkerOptions, WorkerStats } from './types.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook.js';

export type { RunningWorker, WorkerOptions, WorkerStats } from './types.js';

/** Polling when webhooks announce completions: rare, only a fallback. */
const WEBHOOK_SCHEDULE: Partial<PollSchedule> = {
  initialMs: 15_000,
  factor: 2,
  blindMaxMs: 120_000,
  maxMs: 120_000,
  minMs: 5_000,
  settleMs: 30_000,
};

const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/** Longest a submit can be in flight (the client's 30 s attempt timeout, and margin). */
const SUBMIT_WINDOW_MS = 45_000;

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const ownClient = options.client ? undefined : createClient({ env: options.env, maxRetries: 0 });
  const client = options.client ?? ownClient!;
  const redis = await connectRedis(options.queue, 'pictory-jsx-worker');
  const bullConnection = redis.duplicate();
  let subscriber: Redis | undefined;
  let receiver: WebhookReceiver | undefined;
  const controller = new AbortController();
  const signal = controller.signal;
  const journal = new QueueJournal(redis);
  const rate = new RateLimiter(redis, options.ratePerSecond ?? 10, clock);
  const budget = options.maxCreditsPerDay === undefined ? undefined : new DailyBudget(redis, options.maxCreditsPerDay);
  const poller = new Poller({
    client,
    rate,
    clock,
    signal,
    schedule: { ...(options.webhookUrl ? WEBHOOK_SCHEDULE : {}), ...options.poll },
  });
  const stats: WorkerStats = { submits: 0, attached: 0, polls: 0, completed: 0, failed: 0, mayExist: 0, refused: 0 };

  if (options.webhookUrl) {
    subscriber = redis.duplicate();
    await subscriber.subscribe(keys.webhooks);
    subscriber.on('message', (_channel: string, jobId: string) => poller.nudge(jobId));
    if (options.webhookPort !== undefined) receiver = await startWebhookReceiver(redis, options.webhookPort);
  }

  const finish = async (data: VideoJobData, outcome: VideoOutcome): Promise<VideoOutcome> => {
    await recordOutcome(redis, data.batchId, outcome);
    const key = outcome.status === 'may-exist' ? 'mayExist' : outcome.status;
    stats[key] += 1;
    const detail =
      outcome.status === 'completed'
        ? `job ${outcome.jobId} · ${outcome.aiCreditsUsed ?? '?'} credits${outcome.attached ? ' · attached' : ''}`
        : outcome.reason;
    log(`${outcome.status} ${data.videoName} (batch ${data.batchId} #${data.index}): ${detail}`);
    return outcome;
  };

  const processVideo = async (job: QueueJob<VideoJobData>, token?: string): Promise<VideoOutcome> => {
    const data = job.data;
    const base = { index: data.index, videoName: data.videoName };
    const endpoint = data.preview ? ENDPOINTS.preview : ENDPOINTS.render;
    const hash = requestHash(client.baseUrl, endpoint, data.request);
    try {
      await rate.take(signal);
      let existing = await journal.claim(hash, { videoName: data.videoName, endpoint, api: client.baseUrl });
      // A claim still `submitting` may be a POST in flight right now (the same video twice in a batch, a
      // stalled duplicate): wait for its answer as long as a POST can take before calling it lost.
      while (existing?.state === 'submitting' && clock.now() - Date.parse(existing.at) < SUBMIT_WINDOW_MS) {
        await clock.sleep(250, signal);
        existing = await journal.claim(hash, { videoName: data.videoName, endpoint, api: client.baseUrl });
      }
      let jobId: string;
      let budgetDay: string | undefined;
      const attached = existing !== undefined;
      if (existing) {
        if (existing.state === 'submitting' || !existing.jobId) {
          return await finish(data, { status: 'may-exist', ...base, reason: mayExistReason(data.videoName, existing.api, existing.at, hash) });
        }
        jobId = existing.jobId;
        budgetDay = existing.budgetDay;
        stats.attached += 1;
        log(`attached ${data.videoName} to job ${jobId} (submitted earlier; no new submit)`);
      } else {
        // The account check a local render makes (speakers, brand, styles, layouts, templates, avatar),
        // against this worker's account: one request per catalog per worker, cached. Nothing is sent on a refusal.
        const refused = options.preflight === false ? undefined : await preflightRefusal(data, client);
        if (refused) {
          await journal.release(hash);
          return await finish(data, { status: 'refused', ...base, reason: refused });
        }
        if (budget) {
          budgetDay = utcDay(clock.now());
          const reservation = await budget.reserve(budgetDay, hash, data.estimatedCredits);
          if (!reservation.ok) {
            await journal.release(hash);
            return await finish(data, {
              status: 'refused',
              ...base,
              reason:
                `over the shared daily budget: ${reservation.usedBefore} of ${budget.limit} credits already reserved or ` +
                `spent today (UTC ${budgetDay}), this video needs ${data.estimatedCredits}; nothing was sent.`,
            });
          }
          await journal.budgetDay(hash, budgetDay);
        }
        const body = options.webhookUrl && data.request.webhook === undefined ? { ...data.request, webhook: options.webhookUrl } : data.request;
        try {
          stats.submits += 1;
          const submitted = data.preview ? await client.submitPreview(body, { signal }) : await client.submitRender(body, { signal });
          jobId = submitted.jobId;
        } catch (error) {
          if (PictoryError.is(error) && error.jobMayExist) {
            await journal.lost(hash);
            return await finish(data, { status: 'may-exist', ...base, reason: mayExistReason(data.videoName, client.baseUrl, new Date().toISOString(), hash, error.message) });
          }
          // Certainly no job: the request may be claimed and submitted again.
          await journal.release(hash);
          if (budget && budgetDay) await budget.release(budgetDay, hash);
          if (error instanceof RateLimitError && error.retryAfterMs !== undefined) await rate.pause(error.retryAfterMs);
          if (isTransient(error)) throw error;
          return await finish(data, { status: 'failed', ...base, reason: PictoryError.is(error) ? error.message : String(error) });
        }
        await journal.submitted(hash, jobId);
      }
      await recordSubmitted(redis, data.batchId, { type: 'submitted', index: data.index, jobId, attached });

      let finished;
      try {
        finished = await poller.wait(jobId, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, immediate: attached });
      } catch (error) {
        if (error instanceof TimeoutError) return await finish(data, { status: 'failed', ...base, jobId, reason: error.message });
        if (PictoryError.is(error) && error.type === 'api') {
          return await finish(data, { status: 'failed', ...base, jobId, reason: `${error.message} (job ${jobId})` });
        }
        throw error;
      }
      if (finished.status === 'completed') {
        await journal.finished(hash, 'completed');
        if (budget && budgetDay) await budget.settle(budgetDay, hash, finished.aiCreditsUsed ?? data.estimatedCredits);
        return await finish(data, {
          status: 'completed',
          ...base,
          jobId,
          videoUrl: finished.videoUrl,
          previewUrl: finished.previewUrl,
          aiCreditsUsed: finished.aiCreditsUsed,
          estimatedCredits: data.estimatedCredits,
          attached,
        });
      }
      if (finished.status === 'failed') {
        await journal.finished(hash, 'failed');
        // A failed job is not charged: its reservation goes back to the day's budget.
        if (budget && budgetDay) await budget.release(budgetDay, hash);
        return await finish(data, { status: 'failed', ...base, jobId, reason: `Job ${jobId} failed: ${finished.errorCode}: ${finished.errorMessage}` });
      }
      return await finish(data, { status: 'failed', ...base, jobId, reason: `Job ${jobId} was cleaned: its outputs were deleted.` });
    } catch (error) {
      if (signal.aborted) {
        // This worker is stopping: hand the video back at once; whoever takes it attaches to its job.
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      throw error;
    } finally {
      stats.polls = poller.polls;
    }
  };

  const worker = new Worker<VideoJobData, VideoOutcome>(QUEUE_NAME, processVideo, {
    connection: bullConnection,
    prefix: PREFIX,
    concurrency: options.concurrency ?? 10,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: Math.max(500, Math.round((options.lockDurationMs ?? 30_000) / 2)),
    maxStalledCount: ATTEMPTS,
  });
  worker.on('error', (error) => log(`queue error: ${error.message}`));
  worker.on('failed', (job, error) => {
    if (!job || error instanceof DelayedError || error.name === 'DelayedError') return;
    if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
      const reason = `gave up after ${job.attemptsMade} attempts: ${error.message}`;
      void finish(job.data, { status: 'failed', index: job.data.index, videoName: job.data.videoName, reason }).catch(() => undefined);
    } else {
      log(`retrying ${job.data.videoName} later (attempt ${job.attemptsMade} of ${job.opts.attempts}): ${error.message}`);
    }
  });
  await worker.waitUntilReady();
  log(
    `worker ready: queue ${displayUrl(options.queue)}, API ${client.baseUrl}, concurrency ${options.concurrency ?? 10}, ` +
      `${rate.perSecond} requests/s shared` +
      (budget ? `, daily budget ${budget.limit} credits` : '') +
      (options.webhookUrl ? `, webhooks to ${options.webhookUrl}` : ''),
  );

  let closing: Promise<void> | undefined;
  return {
    stats,
    webhookPort: receiver?.port,
    close() {
      closing ??= (async () => {
        controller.abort(new Error('worker stopping'));
        await worker.close();
        await receiver?.close();
        subscriber?.disconnect();
        bullConnection.disconnect();
        redis.disconnect();
        await ownClient?.close();
      })();
      return closing;
    },
  };
}

/** What a "may exist" outcome tells the user to check. */
function mayExistReason(videoName: string, api: string, at: string, hash: string, cause?: string): string {
  return (
    `a submit of "${videoName}" to ${api} at ${at} got no answer${cause ? ` (${cause})` : ''}: a job may exist and be billed. ` +
    `It is not re-sent. Check GET /v1/jobs (or the Pictory dashboard) for "${videoName}"; to submit it again anyway, ` +
    `delete the Redis key ${keys.journal(hash)} and re-run the producer.`
  );
}

/** Failures that certainly created nothing and may pass: BullMQ retries them (through the claim). */
function isTransient(error: unknown): boolean {
  if (!PictoryError.is(error)) return true;
  return ['rate_limit', 'server', 'connection', 'timeout', 'abort'].includes(error.type);
}

/** Why the account refuses this video's references (the pre-flight's message), or undefined when it accepts them. */
async function preflightRefusal(data: VideoJobData, client: PictoryClient): Promise<string | undefined> {
  const video = {
    ok: true as const,
    videoName: data.videoName,
    request: data.request as unknown as PictoryRequest,
    credits: { total: data.estimatedCredits, exact: true, items: [] },
    diagnostics: [],
    locations: new Map(),
  };
  try {
    // The shared daily budget guards credits across workers; the account balance is not asked per video.
    await preflightOrThrow([video], client, { credits: false });
    return undefined;
  } catch (error) {
    if (PictoryError.is(error, 'validation')) return error.message;
    throw error;
  }
}
