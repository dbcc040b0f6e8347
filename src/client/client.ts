/**
 * `createClient()`: a small typed client for the Pictory endpoints the runner uses.
 *
 * Every call goes through `request()` (retries, timeouts, abort, typed errors). The client object
 * holds no secret in any property: `console.log(client)` and `JSON.stringify(client)` show the base
 * URL and the auth mode only.
 */
import { inspect } from 'node:util';
import type { Dispatcher } from 'undici';
import { undici } from './undici.js';
import { z } from 'zod';
import {
  CreateJobResponseSchema,
  JobResponseSchema,
  jobIdFromCreate,
  normaliseJob,
} from '../schema/jobs.js';
import type { Job } from '../schema/job.js';
import { createAuth, credentialsFromEnv, type Credentials, type IssuedToken } from './auth.js';
import { DEFAULT_BACKOFF } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import { APIError, AuthenticationError } from './errors.js';
import { parseJobPage, type JobPage } from './list-jobs.js';
import { Redactor, splitUrlCredentials } from './redact.js';
import { request, type RequestSpec, type Transport } from './request.js';
import { USER_AGENT } from './version.js';

/** Pictory's production API. */
export const DEFAULT_BASE_URL = 'https://api.pictory.ai/pictoryapis';

/** The job-creating endpoints, as `METHOD path` (the runner's journal keys on these). */
export const ENDPOINTS = {
  render: 'POST /v2/video/storyboard/render',
  preview: 'POST /v2/video/storyboard',
} as const;

export interface ClientOptions {
  /** Raw API key (`pictai_…`). Default: `PICTORY_API_KEY`. */
  apiKey?: string;
  /** OAuth client id, with `clientSecret`. Default: `PICTORY_CLIENT_ID`. */
  clientId?: string;
  /** OAuth client secret. Default: `PICTORY_CLIENT_SECRET`. */
  clientSecret?: string;
  /** Default: `PICTORY_API_URL`, else {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /** Where to read `PICTORY_*` variables (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Per-attempt timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Retries of a retryable request (default 4). */
  maxRetries?: number;
  /** Longest `Retry-After` waited out automatically (default 60 000 ms). */
  maxRetryAfterMs?: number;
  /**
   * An undici `Dispatcher` (e.g. a ProxyAgent). Default: a private Agent closed by `close()`. Typed loosely
   * so that the published declarations do not load undici's types for every user.
   */
  dispatcher?: object;
  /** Prepended to pictory-jsx's own User-Agent, e.g. `my-app/1.2`. */
  userAgent?: string;
  /** Receives one line per retry; never contains a secret. */
  log?: (line: string) => void;
  /** Time source for backoff, Retry-After and token expiry (tests). */
  clock?: Clock;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout for this call. */
  timeoutMs?: number;
}

/** A job Pictory accepted. */
export interface SubmittedJob {
  jobId: string;
}

export interface PictoryClient {
  readonly baseUrl: string;
  readonly authMode: 'apiKey' | 'clientCredentials';
  /** `POST /v2/video/storyboard/render`: render a video directly (bills AI credits). Never auto-repeated. */
  submitRender(body: object, options?: CallOptions): Promise<SubmittedJob>;
  /** `POST /v2/video/storyboard`: create a storyboard preview job. Never auto-repeated. */
  submitPreview(body: object, options?: CallOptions): Promise<SubmittedJob>;
  /** `PUT /v2/video/render/{previewJobId}`: render a completed preview as-is. Never auto-repeated. */
  renderFromPreview(previewJobId: string, options?: CallOptions & { webhook?: string }): Promise<SubmittedJob>;
  /** `GET /v1/jobs/{jobId}`: the job's state (retried on transient failures). */
  getJob(jobId: string, options?: CallOptions): Promise<Job>;
  /**
   * A read-only call (`GET`, or a search `POST` that creates nothing): retried like `getJob`, its answer
   * redacted. The discovery endpoints go through it (see `createDiscovery`).
   */
  read(path: string, options?: CallOptions & { method?: 'GET' | 'POST'; body?: unknown }): Promise<unknown>;
  /** `GET /v1/jobs`: one page of the account's jobs, newest first (`nextPageKey` from the previous page). */
  listJobs(options?: CallOptions & { nextPageKey?: string }): Promise<JobPage>;
  /** Releases connections (only those of the client's own Agent). */
  close(): Promise<void>;
}

const TokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

/**
 * Creates a client. Credentials come from the options, else the environment: `PICTORY_API_KEY`
 * (sent raw in `Authorization`) or `PICTORY_CLIENT_ID` + `PICTORY_CLIENT_SECRET` (token flow).
 * Throws {@link AuthenticationError} when there are none.
 */
export function createClient(options: ClientOptions = {}): PictoryClient {
  const env = options.env ?? process.env;
  const credentials = explicitCredentials(options) ?? credentialsFromEnv(env);
  if (!credentials) {
    throw new AuthenticationError(
      'No Pictory credentials: set PICTORY_API_KEY, or PICTORY_CLIENT_ID and PICTORY_CLIENT_SECRET.',
    );
  }
  const { transport, close } = createTransport(options, env);
  transport.auth = createAuth(credentials, (id, secret) => issueToken(transport, id, secret), transport.clock, transport.redactor);
  const client: PictoryClient = { ...jobEndpoints(transport), baseUrl: transport.baseUrl, authMode: transport.auth.mode, close };
  const summary = () => ({ baseUrl: client.baseUrl, authMode: client.authMode });
  Object.defineProperties(client, {
    toJSON: { value: summary },
    [inspect.custom]: { value: () => `PictoryClient ${inspect(summary())}` },
  });
  return client;
}

/** The transport of a client (see request.ts), and how to release its own connections. */
function createTransport(options: ClientOptions, env: NodeJS.ProcessEnv): { transport: Transport; close: () => Promise<void> } {
  // Credentials in the URL are secrets: kept out of baseUrl (shown, journalled) and masked everywhere.
  const split = splitUrlCredentials((options.baseUrl ?? env.PICTORY_API_URL ?? DEFAULT_BASE_URL).trim());
  const ownDispatcher = options.dispatcher ? undefined : new (undici().Agent)();
  const redactor = new Redactor();
  for (const secret of split.secrets) redactor.add(secret);
  const transport: Transport = {
    baseUrl: split.url.replace(/\/+$/, ''),
    dispatcher: (options.dispatcher as Dispatcher | undefined) ?? ownDispatcher!,
    userAgent: options.userAgent ? `${options.userAgent} ${USER_AGENT}` : USER_AGENT,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 4,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    backoff: DEFAULT_BACKOFF,
    clock: options.clock ?? systemClock,
    redactor,
    log: options.log,
  };
  return { transport, close: async () => void (await ownDispatcher?.close()) };
}

/** `POST /v1/oauth2/token`: exchanges client credentials for an access token. */
async function issueToken(transport: Transport, clientId: string, clientSecret: string): Promise<IssuedToken> {
  const spec: RequestSpec = {
    method: 'POST',
    path: '/v1/oauth2/token',
    body: { client_id: clientId, client_secret: clientSecret },
    kind: 'safe',
    authenticate: false,
  };
  const parsed = TokenResponseSchema.safeParse(await request(transport, spec));
  if (!parsed.success) {
    throw new APIError('POST /v1/oauth2/token answered without an access_token.', { request: { method: spec.method, path: spec.path } });
  }
  return { token: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in ?? 3600 };
}

/** The job endpoints, all through `request()`; server texts are redacted before they are kept. */
function jobEndpoints(transport: Transport): Omit<PictoryClient, 'baseUrl' | 'authMode' | 'close'> {
  const { redactor } = transport;
  const submit = async (method: 'POST' | 'PUT', path: string, body: object, call: CallOptions = {}) => {
    const answer = await request(transport, { method, path, body, kind: 'submit', authenticate: true, ...call });
    const parsed = CreateJobResponseSchema.safeParse(answer);
    const jobId = parsed.success ? jobIdFromCreate(parsed.data) : undefined;
    if (!jobId) {
      throw new APIError(
        `${method} ${path} succeeded but its answer has no data.jobId; the job may exist. Check GET /v1/jobs.`,
        { request: { method, path }, body: redactor.redactValue(answer), jobMayExist: true },
      );
    }
    return { jobId };
  };
  return {
    submitRender: (body, call) => submit('POST', '/v2/video/storyboard/render', body, call),
    submitPreview: (body, call) => submit('POST', '/v2/video/storyboard', body, call),
    renderFromPreview: (previewJobId, { webhook, ...call } = {}) =>
      submit('PUT', `/v2/video/render/${encodeURIComponent(previewJobId)}`, webhook ? { webhook } : {}, call),
    async getJob(jobId, call = {}) {
      const path = `/v1/jobs/${encodeURIComponent(jobId)}`;
      const answer = await request(transport, { method: 'GET', path, kind: 'safe', authenticate: true, ...call });
      // Job texts (error_message, …) come from the server and could echo anything: redact them too.
      const parsed = JobResponseSchema.safeParse(redactor.redactValue(answer));
      if (!parsed.success) {
        throw new APIError(`GET ${path} answered with an unexpected shape: ${z.prettifyError(parsed.error)}`, {
          request: { method: 'GET', path },
          body: redactor.redactValue(answer),
        });
      }
      return normaliseJob(jobId, parsed.data);
    },
    async read(path, { method = 'GET', body, ...call } = {}) {
      const answer = await request(transport, { method, path, body, kind: 'safe', authenticate: true, ...call });
      return redactor.redactValue(answer);
    },
    async listJobs({ nextPageKey, ...call } = {}) {
      const path = `/v1/jobs${nextPageKey ? `?nextPageKey=${encodeURIComponent(nextPageKey)}` : ''}`;
      const answer = await request(transport, { method: 'GET', path, kind: 'safe', authenticate: true, ...call });
      const page = parseJobPage(redactor.redactValue(answer));
      if (!page) throw new APIError('GET /v1/jobs answered without an items list.', { request: { method: 'GET', path: '/v1/jobs' } });
      return page;
    },
  };
}

function explicitCredentials(options: ClientOptions): Credentials | undefined {
  if (options.apiKey) return { apiKey: options.apiKey };
  if (options.clientId && options.clientSecret) {
    return { clientId: options.clientId, clientSecret: options.clientSecret };
  }
  return undefined;
}
