/** Waiting for a job and journalling how it ended. */
import type { PictoryClient } from '../client/client.js';
import type { Clock } from '../client/clock.js';
import { NotFoundError, PictoryError } from '../client/errors.js';
import type { CompletedJob } from '../schema/job.js';
import { JobFailedError } from './errors.js';
import type { Journal, JournalRecord } from './journal/index.js';
import { pollJob, type FinishedJob, type PollSchedule } from './poll.js';
import type { Prior } from './prior.js';

export interface WaitOptions {
  timeoutMs: number;
  /** The job was attached to rather than just submitted: poll at once, and explain a 404. */
  resumed: boolean;
  poll?: Partial<PollSchedule>;
  clock?: Clock;
  signal?: AbortSignal;
  onEvent?: (event: { type: 'progress'; jobId: string; progress?: number; message?: string }) => void;
  /** When past jobs of this shape ended (see prior.ts); used only for a job just submitted. */
  prior?: Prior;
  /** Told the estimated length of a job just submitted, once it is seen completed. */
  onCompleted?: (estimatedMs: number) => void;
}

/** Polls the job until it finishes (see poll.ts); a resumed job that no longer exists says what to do. */
export async function waitForJob(client: PictoryClient, jobId: string, options: WaitOptions): Promise<FinishedJob> {
  try {
    return await pollJob(jobId, (id, signal) => client.getJob(id, { signal }), {
      timeoutMs: Math.max(0, options.timeoutMs),
      immediate: options.resumed,
      schedule: options.poll,
      clock: options.clock,
      signal: options.signal,
      prior: options.prior,
      onCompleted: options.onCompleted,
      onUpdate: (update) => {
        if (update.status === 'in-progress') {
          options.onEvent?.({ type: 'progress', jobId, progress: update.progress, message: update.progressMessage });
        }
      },
    });
  } catch (error) {
    if (options.resumed && PictoryError.is(error, 'not_found')) {
      throw new NotFoundError(
        `The journal's job ${jobId} was not found on ${client.baseUrl} (purged, or another account). ` +
          'Run again with --force to submit a new job (new charge).',
        { request: error.request, status: 404, code: (error as NotFoundError).code },
      );
    }
    throw error;
  }
}

export interface SettleOptions {
  journal?: Journal;
  record: Pick<JournalRecord, 'hash' | 'endpoint' | 'api' | 'videoName'>;
  /** The journal already says completed: write nothing. */
  alreadyCompleted: boolean;
  warn: (message: string) => void;
}

/**
 * Journals the job's final state and returns it when completed; throws {@link JobFailedError} when it
 * failed or its outputs were cleaned. A journal that cannot be written (a full disk) only warns: the
 * job is known, the render goes on, and a re-run still attaches to the job through its `submitted` record.
 */
export async function settleJob(job: FinishedJob, options: SettleOptions): Promise<CompletedJob> {
  const note = async (state: JournalRecord['state']) => {
    if (!options.journal) return;
    const last = await options.journal.latest(options.record.hash).catch(() => undefined);
    try {
      await options.journal.append({ ...options.record, state, jobId: job.jobId, attempt: last?.attempt ?? 1 });
    } catch (error) {
      options.warn(`The journal could not record job ${job.jobId} as ${state}: ${(error as Error).message}`);
    }
  };
  if (job.status === 'failed') {
    await note('failed');
    throw new JobFailedError(job.jobId, job.errorCode, job.errorMessage);
  }
  if (job.status === 'cleaned') {
    throw new JobFailedError(job.jobId, 'JOB_CLEANED', 'its outputs were deleted; run again with --force to render anew');
  }
  if (!options.alreadyCompleted) await note('completed');
  return job;
}
