/**
 * The runner's errors: what can go wrong around a render, beyond one HTTP request (those are the
 * client's errors). Same family ({@link PictoryError}: `type` to branch on, `PictoryError.is()` across
 * package copies).
 */
import { PictoryError, type ClientErrorType } from '../client/errors.js';

export type RunnerErrorType = 'job_failed' | 'budget_exceeded' | 'uncertain_submit' | 'save_failed';
/** Every `type` a pictory-jsx error can have. */
export type PictoryErrorType = ClientErrorType | RunnerErrorType;

/** The job ended `failed` on Pictory: its `error_code` and `error_message`, verbatim. */
export class JobFailedError extends PictoryError {
  readonly type = 'job_failed';
  readonly jobId: string;
  readonly errorCode: string;
  readonly errorMessage: string;

  constructor(jobId: string, errorCode: string, errorMessage: string) {
    super(`Job ${jobId} failed: ${errorCode}: ${errorMessage}`);
    this.jobId = jobId;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }
}

/** The estimate exceeds `maxCredits`: nothing was sent. */
export class BudgetExceededError extends PictoryError {
  readonly type = 'budget_exceeded';
  readonly estimatedCredits: number;
  readonly maxCredits: number;
  /** False when the estimate rests on sentence/line splitting (see the compiler's credit report). */
  readonly exact: boolean;

  constructor(estimatedCredits: number, maxCredits: number, exact: boolean) {
    super(
      `Estimated ${exact ? '' : 'up to '}${estimatedCredits} AI credits, over the limit of ${maxCredits}; nothing was sent.`,
    );
    this.estimatedCredits = estimatedCredits;
    this.maxCredits = maxCredits;
    this.exact = exact;
  }
}

/**
 * The journal shows an earlier submit of this exact request whose outcome is unknown (a crash, abort or
 * dropped answer after the request left), and the job listing did not identify its job. A job may exist
 * and be billed, so nothing was sent. Submit this video anyway with `--force <videoName>`.
 */
export class UncertainSubmitError extends PictoryError {
  readonly type = 'uncertain_submit';
  /** When the earlier submit was made (ISO time). */
  readonly since: string;
  readonly videoName: string;

  constructor(videoName: string, since: string, finding = '') {
    super(
      `An earlier submit of "${videoName}" (${since}) may have created a job whose id never came back. ` +
        `${finding ? `${finding} ` : ''}Nothing was sent, to avoid paying twice. Check the Pictory dashboard; ` +
        `to submit this video anyway (a new charge), run again with --force ${JSON.stringify(videoName)}.`,
      { jobMayExist: true },
    );
    this.since = since;
    this.videoName = videoName;
  }
}

/**
 * The job completed (and was paid for) but its video could not be saved to `out`. The video stays
 * available at `videoUrl`, and the journal holds the job as completed: a re-run downloads it again
 * without a new charge.
 */
export class SaveError extends PictoryError {
  readonly type = 'save_failed';
  readonly jobId: string;
  readonly videoUrl: string;
  readonly file: string;

  constructor(message: string, options: { jobId: string; videoUrl: string; file: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.jobId = options.jobId;
    this.videoUrl = options.videoUrl;
    this.file = options.file;
  }
}
