/**
 * `pictory-jsx worker --queue <redis-url> [--concurrency N] [--max-credits-per-day N] [--rate N]
 *  [--webhook-url URL [--webhook-port N]] [--lock-duration DUR] [--timeout DUR]`
 *
 * Renders queued videos until Ctrl-C/SIGTERM, one line per video on stderr. Needs Pictory credentials
 * (`PICTORY_API_KEY`, or `PICTORY_CLIENT_ID` + `PICTORY_CLIENT_SECRET`; `PICTORY_API_URL` for another
 * server): unlike `render`, a worker never falls back to an embedded emulator, whose jobs would die
 * with it. Exit 0 after a clean stop, 1 on bad options, missing credentials or an unreachable Redis.
 */
import { credentialsFromEnv } from '../../client/auth.js';
import { PictoryError } from '../../client/errors.js';
import { QueueError } from '../../queue/errors.js';
import { checkRedisUrl } from '../../queue/redis.js';
import { startWorker, type RunningWorker } from '../../queue/worker.js';
import { parseDuration } from '../../runner/duration.js';

export interface WorkerCommandOptions {
  queue?: string;
  concurrency?: number | string;
  maxCreditsPerDay?: number | string;
  rate?: number | string;
  webhookUrl?: string;
  webhookPort?: number | string;
  lockDuration?: string;
  timeout?: string;
  /** `--no-preflight` sets false. */
  preflight?: boolean;
}

export async function workerCommand(
  options: WorkerCommandOptions,
  io: { stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv; signal?: AbortSignal } = { stderr: process.stderr, env: process.env },
): Promise<number> {
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const problem = check(options, io.env);
  if (problem) {
    say(`pictory-jsx: ${problem}`);
    return 1;
  }
  let worker: RunningWorker;
  try {
    worker = await startWorker({
      queue: options.queue!,
      env: io.env,
      concurrency: options.concurrency === undefined ? undefined : Number(options.concurrency),
      maxCreditsPerDay: options.maxCreditsPerDay === undefined ? undefined : Number(options.maxCreditsPerDay),
      ratePerSecond: options.rate === undefined ? undefined : Number(options.rate),
      webhookUrl: options.webhookUrl,
      webhookPort: options.webhookPort === undefined ? undefined : Number(options.webhookPort),
      lockDurationMs: options.lockDuration === undefined ? undefined : parseDuration(options.lockDuration),
      timeoutMs: options.timeout === undefined ? undefined : parseDuration(options.timeout),
      preflight: options.preflight !== false,
      log: say,
    });
  } catch (error) {
    if (error instanceof QueueError || PictoryError.is(error)) {
      say(`pictory-jsx: ${error.message}`);
      return 1;
    }
    throw error;
  }

  await new Promise<void>((resolve) => {
    if (io.signal) {
      if (io.signal.aborted) resolve();
      io.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second signal while stopping exits at once; the videos stall back into the queue.
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  say('worker stopping: videos in flight go back to the queue, where another worker attaches to their jobs.');
  await worker.close();
  const s = worker.stats;
  say(`worker stopped: ${s.completed} done, ${s.failed} failed, ${s.mayExist} may exist, ${s.refused} refused · ${s.submits} submits, ${s.attached} attached, ${s.polls} polls.`);
  return 0;
}

function check(options: WorkerCommandOptions, env: NodeJS.ProcessEnv): string | undefined {
  if (!options.queue) return 'worker needs --queue <redis-url>';
  const url = checkRedisUrl(options.queue);
  if (url) return url;
  if (!credentialsFromEnv(env)) {
    return 'a worker submits to Pictory: set PICTORY_API_KEY (or PICTORY_CLIENT_ID and PICTORY_CLIENT_SECRET), and PICTORY_API_URL for another server such as the emulator.';
  }
  const whole = (name: string, value: unknown, min: number) =>
    value !== undefined && !(Number.isInteger(Number(value)) && Number(value) >= min) ? `${name} expects a whole number of at least ${min}, got ${String(value)}` : undefined;
  const positive = (name: string, value: unknown) =>
    value !== undefined && !(Number.isFinite(Number(value)) && Number(value) > 0) ? `${name} expects a positive number, got ${String(value)}` : undefined;
  const duration = (name: string, value: string | undefined) =>
    value !== undefined && parseDuration(value) === undefined ? `${name} expects a duration such as 90s, 20m or 1h, got ${value}` : undefined;
  let webhook: string | undefined;
  if (options.webhookUrl !== undefined) {
    try {
      const u = new URL(options.webhookUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') webhook = '--webhook-url expects an http(s) URL';
    } catch {
      webhook = `--webhook-url expects a URL, got ${options.webhookUrl}`;
    }
  }
  if (options.webhookPort !== undefined && options.webhookUrl === undefined) webhook = '--webhook-port needs --webhook-url (the public address of the receiver)';
  return (
    whole('--concurrency', options.concurrency, 1) ??
    (options.maxCreditsPerDay !== undefined && !(Number(options.maxCreditsPerDay) >= 0) ? `--max-credits-per-day expects a non-negative number, got ${String(options.maxCreditsPerDay)}` : undefined) ??
    positive('--rate', options.rate) ??
    whole('--webhook-port', options.webhookPort, 0) ??
    duration('--lock-duration', options.lockDuration) ??
    duration('--timeout', options.timeout) ??
    webhook
  );
}
