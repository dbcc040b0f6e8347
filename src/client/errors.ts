/**
 * The typed errors of pictory-jsx. One flat family under {@link PictoryError}, each with a stable
 * `type` string so code can branch without `instanceof` (which fails across duplicate package copies).
 *
 * Errors name the request (method and path) but never hold headers, options or the raw HTTP objects,
 * so `util.inspect(err, { depth: Infinity })` cannot reveal a key or token. Server text is redacted
 * before it is stored (see redact.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const BRAND = Symbol.for('pictory-jsx.error');

/** The method and path (relative to the API base URL) of the request an error concerns. */
export interface RequestInfo {
  method: string;
  path: string;
}

/** One entry of Pictory's 400 `fields[]`: the offending field and what is wrong with it. */
export interface FieldError {
  name: string;
  errors: string;
}

export type PictoryErrorType =
  | 'authentication'
  | 'validation'
  | 'rate_limit'
  | 'server'
  | 'api'
  | 'connection'
  | 'timeout'
  | 'abort'
  | 'job_failed'
  | 'budget_exceeded'
  | 'uncertain_submit';

interface BaseOptions {
  request?: RequestInfo;
  status?: number;
  /** True when a submit may have created (and billed) a job whose id we never learned. */
  jobMayExist?: boolean;
  cause?: unknown;
}

/** Base of every error pictory-jsx throws on purpose. */
export abstract class PictoryError extends Error {
  /** Stable discriminator, e.g. `'rate_limit'`. */
  abstract readonly type: PictoryErrorType;
  /** The request concerned (method and path only). */
  readonly request?: RequestInfo;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /**
   * True when a submit request may have reached Pictory and created a job we have no id for.
   * Such a request is never repeated automatically: check `GET /v1/jobs` before submitting again.
   */
  readonly jobMayExist: boolean;

  constructor(message: string, options: BaseOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.request = options.request;
    this.status = options.status;
    this.jobMayExist = options.jobMayExist ?? false;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for any pictory-jsx error, even one thrown by another copy of the package. */
  static is(value: unknown): value is PictoryError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** The key, token or client credentials were missing or rejected (401/403 from the API). */
export class AuthenticationError extends PictoryError {
  readonly type = 'authentication';
}

/**
 * The video is invalid: either our compiler found errors (`diagnostics`, nothing was sent) or Pictory
 * answered 400 (`fields`, Pictory's own list, and `code`, e.g. `INVALID_REQUEST_BODY`).
 */
export class ValidationError extends PictoryError {
  readonly type = 'validation';
  readonly code?: string;
  readonly fields: FieldError[];
  readonly diagnostics: Diagnostic[];

  constructor(
    message: string,
    options: BaseOptions & { code?: string; fields?: FieldError[]; diagnostics?: Diagnostic[] } = {},
  ) {
    super(message, options);
    this.code = options.code;
    this.fields = options.fields ?? [];
    this.diagnostics = options.diagnostics ?? [];
  }
}

/** 429: Pictory refused the request for now; `retryAfterMs` is its `Retry-After`, when sent. */
export class RateLimitError extends PictoryError {
  readonly type = 'rate_limit';
  readonly retryAfterMs?: number;

  constructor(message: string, options: BaseOptions & { retryAfterMs?: number } = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 5xx (or 408) from the API, after any retries that were safe to make. */
export class ServerError extends PictoryError {
  readonly type = 'server';
}

/** Any other unexpected answer: a 404, a 403 from a proxy, or a body that does not match the contract. */
export class APIError extends PictoryError {
  readonly type = 'api';
  /** Pictory's error code from the body (`code` or `error_code`), when there is one. */
  readonly code?: string;
  /** The parsed (or truncated text) response body, redacted. */
  readonly body?: unknown;

  constructor(message: string, options: BaseOptions & { code?: string; body?: unknown } = {}) {
    super(message, options);
    this.code = options.code;
    this.body = options.body;
  }
}

/** The connection failed or broke (refused, reset, DNS), after any retries that were safe to make. */
export class ConnectionError extends PictoryError {
  readonly type = 'connection';
}

/**
 * Something took too long: one HTTP attempt (`phase: 'request'`), or the whole wait for a job
 * (`phase: 'render'`, with `jobId`: the job still runs on Pictory and a re-run resumes it).
 */
export class TimeoutError extends PictoryError {
  readonly type = 'timeout';
  readonly phase: 'request' | 'render';
  readonly timeoutMs: number;
  readonly jobId?: string;

  constructor(
    message: string,
    options: BaseOptions & { phase: 'request' | 'render'; timeoutMs: number; jobId?: string },
  ) {
    super(message, options);
    this.phase = options.phase;
    this.timeoutMs = options.timeoutMs;
    this.jobId = options.jobId;
  }
}

/** The caller's AbortSignal fired. `cause` is the signal's reason; `jobId` is set if a job was running. */
export class AbortError extends PictoryError {
  readonly type = 'abort';
  readonly jobId?: string;

  constructor(message: string, options: BaseOptions & { jobId?: string } = {}) {
    super(message, options);
    this.jobId = options.jobId;
  }
}

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
 * dropped answer after the request left). A job may exist and be billed, so nothing was sent. Check
 * `GET /v1/jobs` or the Pictory dashboard; submit anyway with `force` (`--force`).
 */
export class UncertainSubmitError extends PictoryError {
  readonly type = 'uncertain_submit';
  /** When the earlier submit was made (ISO time). */
  readonly since: string;

  constructor(videoName: string, since: string) {
    super(
      `An earlier submit of "${videoName}" (${since}) may have created a job whose id never came back. ` +
        'Nothing was sent, to avoid paying twice. Check GET /v1/jobs or the Pictory dashboard, then run ' +
        'again with --force to submit anyway.',
      { jobMayExist: true },
    );
    this.since = since;
  }
}
