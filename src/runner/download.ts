/**
 * Downloading the finished video: streamed to a temporary file beside the destination, flushed, then
 * renamed into place, so the destination is either the whole video or untouched, never half a file.
 *
 * The video lives on Pictory's CDN, so no `Authorization` header is sent. Error messages name the URL
 * without its query string, which may carry a CDN signature.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import { undici } from '../client/undici.js';
import { backoffDelay, DEFAULT_BACKOFF } from '../client/backoff.js';
import { abortErrorFrom, systemClock, type Clock } from '../client/clock.js';
import { APIError, ConnectionError, PictoryError, ServerError, TimeoutError } from '../client/errors.js';
import { USER_AGENT } from '../client/version.js';

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive; `total` from Content-Length when sent. */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Longest silence while waiting for headers or between body chunks (default 30 000 ms). */
  idleTimeoutMs?: number;
  /** Attempts in all, for connection errors and 5xx (default 3). */
  attempts?: number;
  clock?: Clock;
}

/** Downloads `url` to `dest` (created with its folders); returns the absolute path and size. */
export async function downloadVideo(
  url: string,
  dest: string,
  options: DownloadOptions = {},
): Promise<{ path: string; bytes: number }> {
  const path = resolve(dest);
  const attempts = options.attempts ?? 3;
  const clock = options.clock ?? systemClock;
  await mkdir(dirname(path), { recursive: true });
  const { Agent, interceptors } = undici();
  const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: 5 }));
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const bytes = await downloadOnce(url, path, dispatcher, options);
        return { path, bytes };
      } catch (error) {
        const transient = PictoryError.is(error) && (error.type === 'connection' || error.type === 'server' || error.type === 'timeout');
        if (!transient || attempt >= attempts) throw error;
        await clock.sleep(backoffDelay(attempt - 1, DEFAULT_BACKOFF, clock.random), options.signal);
      }
    }
  } finally {
    await dispatcher.close();
  }
}

async function downloadOnce(url: string, path: string, dispatcher: Dispatcher, options: DownloadOptions): Promise<number> {
  const where = publicUrl(url);
  const idle = options.idleTimeoutMs ?? 30_000;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  let received = 0;
  try {
    const res = await undici().request(url, {
      dispatcher,
      signal: options.signal,
      headers: { 'user-agent': USER_AGENT },
      headersTimeout: idle,
      bodyTimeout: idle,
    });
    if (res.statusCode !== 200) {
      await res.body.dump();
      const message = `Downloading ${where} answered ${res.statusCode}.`;
      throw res.statusCode >= 500
        ? new ServerError(message, { status: res.statusCode })
        : new APIError(message, { status: res.statusCode });
    }
    const length = Number(res.headers['content-length']);
    const total = Number.isFinite(length) ? length : undefined;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        options.onProgress?.(received, total);
        done(null, chunk);
      },
    });
    await pipeline(res.body, counter, createWriteStream(temp, { flags: 'wx' }));
    await flushToDisk(temp);
    if (total !== undefined && received !== total) {
      throw new ConnectionError(`Downloading ${where} ended after ${received} of ${total} bytes.`);
    }
    await rename(temp, path);
    return received;
  } catch (error) {
    await rm(temp, { force: true });
    if (PictoryError.is(error)) throw error;
    if (options.signal?.aborted) throw abortErrorFrom(options.signal);
    const code = (error as { code?: string }).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      throw new TimeoutError(`Downloading ${where} stalled for ${idle} ms.`, { phase: 'request', timeoutMs: idle });
    }
    throw new ConnectionError(`Downloading ${where} failed after ${received} bytes: ${code ?? (error as Error).message}.`);
  }
}

/** fsync through a fresh descriptor: the data must be on disk before the rename makes it visible. */
async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The URL without query or fragment (CDN links may be signed). */
function publicUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
