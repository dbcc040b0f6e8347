/**
 * Authentication: a raw API key, or OAuth client credentials exchanged for a cached access token.
 *
 * Secrets are held in closures only. Nothing here is a property that `util.inspect`, `JSON.stringify`
 * or an error's `cause` chain could reach.
 */
import { abortErrorFrom, type Clock } from './clock.js';
import type { Redactor } from './redact.js';

/** What to authenticate with. */
export type Credentials =
  | { apiKey: string }
  | { clientId: string; clientSecret: string };

/** An access token as the token endpoint issued it. */
export interface IssuedToken {
  token: string;
  expiresInSeconds: number;
}

/** Produces the `Authorization` value for each request and renews tokens when they are rejected. */
export interface Auth {
  readonly mode: 'apiKey' | 'clientCredentials';
  /** The value to send as `Authorization` (raw, no `Bearer`). */
  header(signal?: AbortSignal): Promise<string>;
  /**
   * Called after a 401 answered a request sent with `rejected`. Returns true when retrying with a fresh
   * token makes sense (token mode); false for an API key, which cannot be renewed.
   */
  renew(rejected: string): boolean;
}

/** Reads credentials from `PICTORY_API_KEY`, else `PICTORY_CLIENT_ID` + `PICTORY_CLIENT_SECRET`. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials | undefined {
  const apiKey = env.PICTORY_API_KEY?.trim();
  if (apiKey) return { apiKey };
  const clientId = env.PICTORY_CLIENT_ID?.trim();
  const clientSecret = env.PICTORY_CLIENT_SECRET?.trim();
  if (clientId && clientSecret) return { clientId, clientSecret };
  return undefined;
}

/**
 * Renew a token this long before it expires: a minute, or a tenth of its lifetime when that is shorter,
 * so that a request never leaves with a token that expires on the way.
 */
function renewalMarginMs(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 10);
}

/**
 * Builds the {@link Auth} for `credentials`. `issueToken` performs the token request (the client passes
 * one that goes through `request()` without authentication); concurrent callers share one in-flight
 * token request, which one caller's abort does not cancel for the others.
 */
export function createAuth(
  credentials: Credentials,
  issueToken: (clientId: string, clientSecret: string) => Promise<IssuedToken>,
  clock: Clock,
  redactor: Redactor,
): Auth {
  if ('apiKey' in credentials) {
    const { apiKey } = credentials;
    redactor.add(apiKey);
    return { mode: 'apiKey', header: async () => apiKey, renew: () => false };
  }

  const { clientId, clientSecret } = credentials;
  // The client id is not a password, but with the secret it is the account's identity: never echo it.
  redactor.add(clientId);
  redactor.add(clientSecret);
  let cached: { token: string; renewAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const issued = await issueToken(clientId, clientSecret);
    redactor.add(issued.token);
    const lifetimeMs = issued.expiresInSeconds * 1000;
    cached = { token: issued.token, renewAt: clock.now() + lifetimeMs - renewalMarginMs(lifetimeMs) };
    return issued.token;
  };

  return {
    mode: 'clientCredentials',
    header(signal) {
      if (cached && clock.now() < cached.renewAt) return Promise.resolve(cached.token);
      inFlight ??= fetchToken().finally(() => {
        inFlight = undefined;
      });
      return untilAborted(inFlight, signal);
    },
    renew(rejected) {
      if (cached?.token === rejected) cached = undefined;
      return true;
    },
  };
}

/** `promise`, or an {@link AbortError} as soon as `signal` fires, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortErrorFrom(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortErrorFrom(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
