/** Saving a completed job's video to the file the user asked for; a failure is a {@link SaveError}. */
import type { Clock } from '../client/clock.js';
import { APIError, PictoryError } from '../client/errors.js';
import type { CompletedJob } from '../schema/job.js';
import { downloadVideo } from './download.js';
import { SaveError } from './errors.js';

export interface SaveOptions {
  /** Clock time (ms since the epoch, as `Date.now()`) by which the download must be done. */
  deadline?: number;
  signal?: AbortSignal;
  clock?: Clock;
  onEvent?: (event: { type: 'downloading'; received: number; total?: number }) => void;
}

/**
 * Downloads the job's video to `dest` (resolved and checked before the submit). An abort stays an
 * abort; every other failure becomes a {@link SaveError} that carries the video URL, since the render
 * is paid for and the video is still there.
 */
export async function saveVideo(job: CompletedJob, dest: string, options: SaveOptions = {}): Promise<string> {
  if (!job.videoUrl) {
    throw new APIError(`Job ${job.jobId} completed without a videoURL; nothing to download.`, { body: job.raw });
  }
  try {
    const downloaded = await downloadVideo(job.videoUrl, dest, {
      signal: options.signal,
      clock: options.clock,
      deadline: options.deadline,
      onProgress: (received, total) => options.onEvent?.({ type: 'downloading', received, total }),
    });
    return downloaded.path;
  } catch (error) {
    if (PictoryError.is(error, 'abort')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new SaveError(
      `Job ${job.jobId} completed (its credits are spent) but its video could not be saved to ${dest}: ${reason} ` +
        `The video is at ${job.videoUrl} ; the journal holds the job as completed, so running the same command ` +
        'again downloads it without a new charge.',
      { jobId: job.jobId, videoUrl: job.videoUrl, file: dest, cause: error },
    );
  }
}
