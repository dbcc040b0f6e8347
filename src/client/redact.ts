/**
 * Redaction: the last line of defence that keeps secrets out of messages.
 *
 * The first line is construction: secrets live only in closures (never in properties), errors carry
 * method and path but never headers, and the journal stores request bodies only. This module covers
 * what construction cannot: text that came back from a server (an error body might echo a header)
 * or was assembled from user input.
 */

const MASK = '[redacted]';

/** Pictory API keys start with `pictai_`; mask any such token even if it was never registered. */
const API_KEY_PATTERN = /pictai_[A-Za-z0-9._~+/=-]+/g;

/** Secrets shorter than this are not masked by value: masking "a" everywhere would garble text. */
const MIN_SECRET_LENGTH = 6;

/** Masks registered secrets and anything shaped like a Pictory API key. */
export class Redactor {
  readonly #secrets = new Set<string>();

  /** Registers a secret (API key, client secret, access token) to mask from now on. */
  add(secret: string | undefined): void {
    if (secret && secret.length >= MIN_SECRET_LENGTH) this.#secrets.add(secret);
  }

  /** Returns `text` with every registered secret and every `pictai_…` token replaced by `[redacted]`. */
  redact(text: string): string {
    let out = text;
    for (const secret of this.#secrets) out = out.split(secret).join(MASK);
    return out.replace(API_KEY_PATTERN, MASK);
  }

  /** Deep-copies JSON-like data with every string redacted (for error bodies kept on errors). */
  redactValue(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.redactValue(v);
      return out;
    }
    return value;
  }
}

/**
 * `url` without the user name and password it may carry (`https://user:pass@host/…`), and those
 * credentials, to be registered as secrets. The public form is what the client shows and the journal
 * records; undici ignores URL credentials anyway.
 */
export function splitUrlCredentials(url: string): { url: string; secrets: string[] } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, secrets: [] };
  }
  if (!parsed.username && !parsed.password) return { url, secrets: [] };
  const secrets = [parsed.username, parsed.password, decodeURIComponent(parsed.username), decodeURIComponent(parsed.password)].filter(Boolean);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString().replace(/\/+$/, ''), secrets };
}

/** `url` with any user name and password removed (for messages). */
export function publicUrl(url: string): string {
  return splitUrlCredentials(url).url;
}
