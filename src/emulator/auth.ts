/**
 * Who may call the API: a raw API key in `Authorization` (`pictai_…` by default), or an access token from
 * the legacy `POST /v1/oauth2/token` flow, also sent raw. Tokens are kept only as SHA-256 digests: the
 * emulator never stores or logs an Authorization value.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ResolvedOptions } from './config.js';

/** The token endpoint's answer (not wrapped in `success/data`). */
export interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

export class Auth {
  /** digest of an issued token → expiry (ms since epoch) */
  private readonly tokens = new Map<string, number>();

  constructor(private readonly options: ResolvedOptions) {}

  /** Issue a token for these client credentials, or undefined when they are wrong. */
  issueToken(clientId: unknown, clientSecret: unknown): TokenResponse | undefined {
    if (!matches(clientId, this.options.clientId) || !matches(clientSecret, this.options.clientSecret)) return undefined;
    const token = `emu_${randomBytes(24).toString('base64url')}`;
    const ttl = this.options.tokenTtlSeconds;
    this.tokens.set(digest(token), Date.now() + ttl * 1000);
    return { access_token: token, expires_in: ttl, token_type: 'Bearer' };
  }

  /** Whether an `Authorization` header value grants access. */
  allows(header: string | undefined): boolean {
    if (header === undefined || header === '') return false;
    let credential = header;
    if (/^bearer /i.test(header)) {
      if (this.options.rejectBearer) return false;
      credential = header.slice('bearer '.length).trim();
    }
    if (this.isApiKey(credential)) return true;
    const expiry = this.tokens.get(digest(credential));
    return expiry !== undefined && Date.now() < expiry;
  }

  private isApiKey(credential: string): boolean {
    const keys = this.options.apiKeys;
    return keys === undefined ? credential.startsWith('pictai_') && credential.length > 'pictai_'.length : keys.includes(credential);
  }
}

/** A credential matches the configured one, or, when none is configured, is any non-empty string. */
function matches(given: unknown, expected: string | undefined): boolean {
  if (typeof given !== 'string' || given === '') return false;
  return expected === undefined || given === expected;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
