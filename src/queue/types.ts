/**
 * The public types of `startWorker()`, apart from its implementation so that the package's type
 * declarations do not pull in BullMQ's and ioredis's.
 */
import type { PictoryClient } from '../client/client.js';
import type { Clock } from '../client/clock.js';
import type { PollSchedule } from '../runner/poll.js';

export interface WorkerOptions {
  /** Redis URL of the queue, e.g. `redis://127.0.0.1:6379`. */
  queue: string;
  /** Videos in flight at once in this worker (default 10). */
  concurrency?: number;
  /** The Pictory client. Default: one from `env` (`PICTORY_API_KEY` or client credentials, `PICTORY_API_URL`). */
  client?: PictoryClient;
  env?: NodeJS.ProcessEnv;
  /** Shared limit of credits per UTC day across all workers using this Redis (reserved before each submit). */
  maxCreditsPerDay?: number;
  /** Requests per second to Pictory across all workers (default 10). */
  ratePerSecond?: number;
  /** Public URL of a webhook receiver: Pictory POSTs finished jobs there, polling becomes the fallback. */
  webhookUrl?: string;
  /** Port on which this worker runs the receiver (default: none; another worker or process may run it). */
  webhookPort?: number;
  /** How soon a crashed worker's videos are picked up by another (default 30 000 ms). */
  lockDurationMs?: number;
  /** Longest wait per video (default 30 minutes); the job keeps running on Pictory after it. */
  timeoutMs?: number;
  /** Overrides of the poll schedule. */
  poll?: Partial<PollSchedule>;
  clock?: Clock;
  /** One line per notable event (video done, failed, attached, …). */
  log?: (line: string) => void;
  /**
   * Check each video's account references (speakers, brand, styles, layouts, templates, avatar) before its
   * submit (default true): a wrong one is refused unsent, as a local render refuses it.
   */
  preflight?: boolean;
}

export interface WorkerStats {
  submits: number;
  attached: number;
  polls: number;
  completed: number;
  failed: number;
  mayExist: number;
  refused: number;
}

export interface RunningWorker {
  readonly stats: WorkerStats;
  /** Port of the webhook receiver, when one runs. */
  readonly webhookPort?: number;
  /**
   * Stops taking videos, hands the ones in flight back to the queue (another worker attaches to their
   * jobs: no new submit) and disconnects.
   */
  close(): Promise<void>;
}
