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

/** The `type` of the client's errors (the runner adds its own: see the runner's errors module). */
export type ClientErrorType =
  | 'authentication'
  | 'permission_denied'
  | 'not_found'
  | 'validation'
  | 'rate_limit'
  | 'server'
  | 'api'
  | 'connection'
  | 'timeout'
  | 'abort';

interface BaseOptions {
  request?: RequestInfo;
  status?: number;
  /** True when a submit may have created (and billed) a job whose id we never learned. */
  jobMayExist?: boolean;
  cause?: unknown;
}

/** Base of every error pictory-jsx throws on purpose. */
export abstract class PictoryError extends Error {
  /** Stable discriminator, e.g. `'rate_limit'` (see `PictoryErrorType` for all of them). */
  abstract readonly type: string;
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

  /**
   * True for any pictory-jsx error (of the given `type`, when one is given), even one thrown by another
   * copy of the package, where `instanceof` fails.
   */
  static is(value: unknown, type?: string): value is PictoryError {
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
    return type === undefined || (value as PictoryError).type === type;
  }
}

/** The factory of the family's plain members: a class whose only addition is its `type`. */
function errorOfType<T extends string>(type: T) {
  return class extends PictoryError {
    readonly type: T = type;
  };
}

/** Members that carry what the server answered: Pictory's error `code` and the (redacted) body. */
function answeredErrorOfType<T extends string>(type: T) {
  return class extends errorOfType(type) {
    /** Pictory's error code from the body (`code` or `error_code`), when there is one. */
    readonly code?: string;
    /** The parsed (or truncated text) response body, redacted. */
    readonly body?: unknown;

    constructor(message: string, options: BaseOptions & { code?: string; body?: unknown } = {}) {
      super(message, options);
      this.code = options.code;
      this.body = options.body;
    }
  };
}

/** The key, token or client credentials were missing or rejected (401 from the API). */
export class AuthenticationError extends errorOfType('authentication') {}

/** 403: the credentials are valid but may not do this (another account's job, a plan limit, a proxy). */
export class PermissionDeniedError extends answeredErrorOfType('permission_denied') {}

/** 404: no such job or resource on this API (purged, another account, or a wrong `PICTORY_API_URL`). */
export class NotFoundError extends answeredErrorOfType('not_found') {}

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
export class ServerError extends errorOfType('server') {}

/** Any other unexpected answer: a status not listed above, or a body that does not match the contract. */
export class APIError extends answeredErrorOfType('api') {}

/** The connection failed or broke (refused, reset, DNS), after any retries that were safe to make. */
export class ConnectionError extends errorOfType('connection') {}

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
