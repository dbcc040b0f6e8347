/**
 * The one function that talks HTTP: `request()` sends a JSON request with undici and owns retries,
 * per-attempt timeouts, abort and the translation of failures into typed errors.
 *
 * ## The retry rule (money first)
 *
 * Pictory has no idempotency key, so sending a job-creating request twice can create, and bill, two
 * jobs. Every request is therefore one of two kinds:
 *
 * - `safe`: reading (`GET /v1/jobs/{id}`) or the token exchange. Retried on 408, 429, 5xx, connection
 *   errors and attempt timeouts, with exponential backoff and jitter, or after `Retry-After`.
 * - `submit`: anything that creates a job (storyboard preview, render, render from preview). Retried
 *   **only** when the server certainly did not accept it:
 *     - 429: an explicit refusal, sent before any work was accepted; retried after `Retry-After`;
 *     - a connection that could not be opened (refused, DNS failure, connect timeout): no byte left;
 *     - 401 in token mode: the request was refused; retried once with a renewed token.
 *   A 5xx, 408, reset or dropped connection, or attempt timeout after the request may have been written
 *   is ambiguous: the job may exist. It is never re-sent; the error says so (`jobMayExist: true`).
 *   503 is deliberately *not* treated as a refusal: it may come from the application after it accepted
 *   the job as well as from a proxy in front of it, and Pictory documents neither.
 *
 * A `Retry-After` longer than `maxRetryAfterMs` is not waited out: the error is thrown with
 * `retryAfterMs` so that the caller (e.g. the poller, which has its own deadline) decides.
 */
import type { Dispatcher } from 'undici';
import { undici } from './undici.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { Auth } from './auth.js';
import { backoffDelay, parseRetryAfter, retryAfterDelay, type BackoffPolicy } from './backoff.js';
import { abortErrorFrom, type Clock } from './clock.js';
import {
  AbortError,
  APIError,
  AuthenticationError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  PictoryError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  type FieldError,
  type RequestInfo,
} from './errors.js';
import type { Redactor } from './redact.js';
import { firstLine } from './text.js';

/** Everything `request()` needs from the client; built once per client. */
export interface Transport {
  /** Base URL without a trailing slash, e.g. `https://api.pictory.ai/pictoryapis`. */
  baseUrl: string;
  dispatcher: Dispatcher;
  userAgent: string;
  /** Required for requests with `authenticate: true`. */
  auth?: Auth;
  /** Per-attempt timeout covering connect, headers and body. */
  timeoutMs: number;
  /** Retries after the first attempt (for requests that may be retried at all). */
  maxRetries: number;
  /** The longest `Retry-After` waited out inside `request()`. */
  maxRetryAfterMs: number;
  backoff: BackoffPolicy;
  clock: Clock;
  redactor: Redactor;
  /** Receives one line per retry (redacted). */
  log?: (line: string) => void;
}

/** One logical request. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the base URL, starting with `/`. Path parameters must already be encoded. */
  path: string;
  /** JSON body. */
  body?: unknown;
  /** `submit` for requests that create a job (see the retry rule above). */
  kind: 'safe' | 'submit';
  /** Send `Authorization`. */
  authenticate: boolean;
  signal?: AbortSignal;
  /** Overrides the transport's per-attempt timeout. */
  timeoutMs?: number;
  /**
   * Bound each silence (waiting for headers, between body chunks) instead of the whole attempt: for long
   * streamed bodies such as a video download.
   */
  idleTimeoutMs?: number;
  /** An absolute URL to request instead of `baseUrl + path` (`path` then only names it in messages). */
  url?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /**
   * Reads a 2xx body as a stream instead of parsing JSON (a download). It may throw a
   * {@link ConnectionError} for a body that proves incomplete (retried like a dropped connection), or any
   * other error, which ends the request as is.
   */
  consume?: (body: AsyncIterable<Buffer>, headers: IncomingHttpHeaders) => Promise<unknown>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** What `spec.consume` returned. */
  consumed?: unknown;
}

/** A failed attempt that produced no HTTP answer. */
class NetworkFailure {
  constructor(
    readonly timedOut: boolean,
    /** False only when the connection was never opened, so not a byte of the request left. */
    readonly mayHaveReachedServer: boolean,
    readonly cause: unknown,
  ) {}
}

/** Error codes meaning the connection was never established. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const AMBIGUOUS_SUBMIT =
  'Pictory may have created (and will bill) the job anyway. It was not re-sent, since Pictory has no ' +
  'idempotency key and a second submit could create a second job. Check GET /v1/jobs or the Pictory ' +
  'dashboard before submitting again.';

/**
 * Sends `spec` and returns the parsed JSON body of a 2xx answer (undefined for an empty body).
 * Throws a {@link PictoryError} subclass otherwise; see the retry rule in this module's header.
 */
export async function request(t: Transport, spec: RequestSpec): Promise<unknown> {
  const info: RequestInfo = { method: spec.method, path: spec.path };
  const payload = serialise(spec, info);
  let retries = 0;
  let renewed = false;
  for (;;) {
    if (spec.signal?.aborted) throw abortErrorFrom(spec.signal);
    const authorization = spec.authenticate ? await requireAuth(t).header(spec.signal) : undefined;

    let failure: PictoryError;
    let retryable: boolean;
    let retryAfterMs: number | undefined;
    try {
      const answer = await send(t, spec, authorization, payload);
      if (answer.status >= 200 && answer.status < 300) return spec.consume ? answer.consumed : parseSuccess(t, spec, info, answer);
      if (answer.status === 401 && authorization !== undefined && !renewed && requireAuth(t).renew(authorization)) {
        renewed = true;
        continue;
      }
      retryAfterMs = parseRetryAfter(headerValue(answer.headers, 'retry-after'), t.clock.now());
      retryable = answer.status === 429 || (spec.kind === 'safe' && isTransientStatus(answer.status));
      failure = errorFromAnswer(t, spec, info, answer, retryAfterMs);
    } catch (error) {
      if (PictoryError.is(error, 'connection') && spec.kind === 'safe' && spec.consume) {
        retryable = true; // a body that proved incomplete
        failure = error;
      } else {
        if (!(error instanceof NetworkFailure)) throw error;
        retryable = spec.kind === 'safe' || !error.mayHaveReachedServer;
        failure = errorFromNetwork(spec, info, error, spec.idleTimeoutMs ?? t.timeoutMs);
      }
    }

    if (!retryable || retries >= t.maxRetries) throw failure;
    if (retryAfterMs !== undefined && retryAfterMs > t.maxRetryAfterMs) throw failure;
    const delay =
      retryAfterMs !== undefined
        ? retryAfterDelay(retryAfterMs, t.clock.random)
        : backoffDelay(retries, t.backoff, t.clock.random);
    retries += 1;
    t.log?.(t.redactor.redact(`${failure.message} Retry ${retries}/${t.maxRetries} in ${(delay / 1000).toFixed(1)} s.`));
    await t.clock.sleep(delay, spec.signal);
  }
}

function requireAuth(t: Transport): Auth {
  if (!t.auth) throw new Error('request(): authenticate requested on a transport without credentials');
  return t.auth;
}

/**
 * The JSON text of the body, made once before anything is sent: a body that cannot be JSON (a cycle, a
 * BigInt) is refused here, provably unsent, rather than failing inside an attempt that looks ambiguous.
 */
function serialise(spec: RequestSpec, info: RequestInfo): string | undefined {
  if (spec.body === undefined) return undefined;
  try {
    return JSON.stringify(spec.body);
  } catch (error) {
    throw new ValidationError(
      `${spec.method} ${spec.path}: the request body cannot be sent as JSON (${error instanceof Error ? error.message : String(error)}); nothing was sent.`,
      { request: info },
    );
  }
}

/**
 * One attempt: send, then read the whole body (or hand it to `spec.consume`), all under the attempt
 * timeout (or the idle timeout) and the caller's signal.
 */
async function send(t: Transport, spec: RequestSpec, authorization: string | undefined, payload: string | undefined): Promise<Answer> {
  const timeoutMs = spec.timeoutMs ?? t.timeoutMs;
  const timeout = new AbortController();
  const timer = spec.idleTimeoutMs === undefined ? setTimeout(() => timeout.abort(), timeoutMs) : undefined;
  const signal = spec.signal ? AbortSignal.any([spec.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': t.userAgent, ...spec.headers };
  if (authorization !== undefined) headers.authorization = authorization;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await undici().request(spec.url ?? t.baseUrl + spec.path, {
      method: spec.method,
      headers,
      body: payload,
      dispatcher: t.dispatcher,
      signal,
      ...(spec.idleTimeoutMs === undefined ? {} : { headersTimeout: spec.idleTimeoutMs, bodyTimeout: spec.idleTimeoutMs }),
    });
    if (spec.consume && res.statusCode >= 200 && res.statusCode < 300) {
      return { status: res.statusCode, headers: res.headers, text: '', consumed: await spec.consume(res.body, res.headers) };
    }
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, text };
  } catch (cause) {
    if (spec.signal?.aborted) {
      // Aborting a submit in flight leaves its outcome unknown, like a dropped connection.
      const submit = spec.kind === 'submit';
      throw new AbortError(submit ? `Aborted during ${spec.method} ${spec.path}. ${AMBIGUOUS_SUBMIT}` : 'Aborted.', {
        request: { method: spec.method, path: spec.path },
        cause: spec.signal.reason,
        jobMayExist: submit,
      });
    }
    if (PictoryError.is(cause) || (spec.consume && !isNetworkError(cause))) throw cause;
    const timedOut = timeout.signal.aborted || ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'].includes(errorCode(cause) ?? '');
    throw new NetworkFailure(timedOut, !NOT_CONNECTED.has(errorCode(cause) ?? ''), cause);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An error of the connection (undici's, a socket's, an abort by the attempt timeout) rather than of our
 * own code (`spec.consume` writing a file, say), which must not be mistaken for one.
 */
function isNetworkError(error: unknown): boolean {
  const e = error as { name?: string; code?: string; syscall?: string } | undefined;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return true;
  const code = errorCode(error) ?? '';
  if (code.startsWith('UND_ERR')) return true;
  // A system error from the socket (ECONNRESET, EPIPE, …), not from the file system.
  return code !== '' && e?.syscall !== 'open' && e?.syscall !== 'write' && e?.syscall !== 'rename' && !/^(ENOSPC|EDQUOT|EACCES|EPERM|EROFS|ENAMETOOLONG|EISDIR|ENOTDIR|EEXIST|EFBIG|EMFILE|ENFILE)$/.test(code);
}

function parseSuccess(t: Transport, spec: RequestSpec, info: RequestInfo, answer: Answer): unknown {
  if (answer.text.trim() === '') return undefined;
  try {
    return JSON.parse(answer.text);
  } catch {
    const submit = spec.kind === 'submit';
    throw new APIError(
      `${spec.method} ${spec.path} answered ${answer.status} with a body that is not JSON.` +
        (submit ? ` ${AMBIGUOUS_SUBMIT}` : ''),
      { request: info, status: answer.status, body: t.redactor.redact(answer.text).slice(0, 500), jobMayExist: submit },
    );
  }
}

/** 408 and 5xx: worth retrying for a safe request, ambiguous for a submit. */
function isTransientStatus(status: number): boolean {
  return status === 408 || status >= 500;
}

function errorFromAnswer(
  t: Transport,
  spec: RequestSpec,
  info: RequestInfo,
  answer: Answer,
  retryAfterMs: number | undefined,
): PictoryError {
  const body = parseBody(answer.text, t.redactor);
  const code = pick(body, ['code', 'error_code']);
  const detail = pick(body, ['message', 'error_message']) ?? (typeof body === 'string' ? body : undefined);
  const head = `${spec.method} ${spec.path} answered ${answer.status}${code ? ` ${code}` : ''}${detail ? `: ${firstLine(detail, 300)}` : '.'}`;
  const status = answer.status;
  const common = { request: info, status };

  if (status === 401 || status === 403) {
    const hint =
      t.auth?.mode === 'clientCredentials'
        ? 'Check PICTORY_CLIENT_ID and PICTORY_CLIENT_SECRET.'
        : 'Check PICTORY_API_KEY (sent raw in Authorization, without "Bearer").';
    if (status === 403) return new PermissionDeniedError(`${head} Refused for these credentials. ${hint}`, { ...common, code, body });
    return new AuthenticationError(`${head} ${hint}`, common);
  }
  if (status === 404) return new NotFoundError(head, { ...common, code, body });
  if (status === 400 || status === 422) {
    const fields = fieldErrors(body);
    const list = fields.map((f) => `\n  - ${f.name}: ${f.errors}`).join('');
    return new ValidationError(`${head}${list}`, { ...common, code, fields });
  }
  if (status === 429) {
    const wait = retryAfterMs === undefined ? '' : ` Retry-After: ${(retryAfterMs / 1000).toFixed(1)} s.`;
    return new RateLimitError(`${head}${wait}`, { ...common, retryAfterMs });
  }
  if (isTransientStatus(status)) {
    const submit = spec.kind === 'submit';
    return new ServerError(submit ? `${head} ${AMBIGUOUS_SUBMIT}` : head, { ...common, jobMayExist: submit });
  }
  return new APIError(head, { ...common, code, body });
}

function errorFromNetwork(spec: RequestSpec, info: RequestInfo, failure: NetworkFailure, timeoutMs: number): PictoryError {
  const ambiguous = spec.kind === 'submit' && failure.mayHaveReachedServer;
  const suffix = ambiguous ? ` ${AMBIGUOUS_SUBMIT}` : '';
  // Keep only the name, code and message of the cause: library error objects may hold request options.
  const cause = summariseCause(failure.cause);
  if (failure.timedOut) {
    return new TimeoutError(`${spec.method} ${spec.path} got no complete answer within ${timeoutMs} ms.${suffix}`, {
      request: info,
      phase: 'request',
      timeoutMs: spec.timeoutMs ?? timeoutMs,
      jobMayExist: ambiguous,
      cause,
    });
  }
  const reason = cause.code ?? cause.message;
  return new ConnectionError(`${spec.method} ${spec.path} failed: ${reason}.${suffix}`, {
    request: info,
    jobMayExist: ambiguous,
    cause,
  });
}

interface CauseSummary {
  name: string;
  code?: string;
  message: string;
}

function summariseCause(error: unknown): CauseSummary {
  const e = error as { name?: unknown; message?: unknown } | undefined;
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    code: errorCode(error),
    message: typeof e?.message === 'string' && e.message !== '' ? e.message : String(error),
  };
}

/** The system or undici error code of `error`, looking through `cause` and AggregateError members. */
function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
  if (typeof e?.code === 'string') return e.code;
  if (e?.cause !== undefined) return errorCode(e.cause);
  if (Array.isArray(e?.errors) && e.errors.length > 0) return errorCode(e.errors[0]);
  return undefined;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The body of an error answer: parsed JSON, else its first 500 characters; redacted either way, and
 * always before cutting, so that a secret straddling the cut cannot survive in part.
 */
function parseBody(text: string, redactor: Redactor): unknown {
  try {
    return redactor.redactValue(JSON.parse(text));
  } catch {
    return redactor.redact(text).slice(0, 500);
  }
}

/** First string found under one of `keys`, at the top level or inside `error` / `data`. */
function pick(body: unknown, keys: string[]): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  for (const scope of [record, record.error, record.data]) {
    if (!scope || typeof scope !== 'object') continue;
    for (const key of keys) {
      const value = (scope as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return undefined;
}

/** Pictory's `fields: [{ name, errors }]`; `errors` may be a string or a list of strings. */
function fieldErrors(body: unknown): FieldError[] {
  const fields = (body as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.map((f: { name?: unknown; errors?: unknown }) => ({
    name: String(f?.name ?? '?'),
    errors: Array.isArray(f?.errors) ? f.errors.map(String).join('; ') : String(f?.errors ?? ''),
  }));
}
