/**
 * Downloading the finished video: streamed to a temporary file beside the destination, flushed, then
 * renamed into place, so the destination is either the whole video or untouched, never half a file.
 *
 * The request goes through the client's one `request()` (retries with backoff for connection errors,
 * 5xx and silences; typed errors), with no `Authorization` header: the video lives on Pictory's CDN.
 * A body is accepted only when it is whole: as long as its Content-Length, or, without one, an MP4 whose
 * boxes end exactly at the end of the file. A body cut short is retried like a dropped connection. The
 * whole download obeys the render's deadline (`--timeout`), and a silence longer than `idleTimeoutMs`
 * counts as a dropped connection. A local failure (disk full, permission, name too long) is not retried.
 * Error messages name the URL without its query string, which may carry a CDN signature.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { dirname, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_BACKOFF } from '../client/backoff.js';
import { systemClock, type Clock } from '../client/clock.js';
import { ConnectionError, PictoryError, TimeoutError } from '../client/errors.js';
import { Redactor } from '../client/redact.js';
import { request, type Transport } from '../client/request.js';
import { undici } from '../client/undici.js';
import { USER_AGENT } from '../client/version.js';
import { mp4IsComplete } from './mp4.js';
import { fileErrorReason, notReplaceable, partialName } from './output.js';

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive; `total` from Content-Length when sent. */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Longest silence while waiting for headers or between body chunks (default 30 000 ms). */
  idleTimeoutMs?: number;
  /** Attempts in all, for connection errors, silences, bodies cut short and 5xx (default 3). */
  attempts?: number;
  /** Clock time (ms since the epoch, as `Date.now()`) by which the whole download must be done. */
  deadline?: number;
  clock?: Clock;
}

/** A failure to write the video file here: never retried. */
class LocalFileError extends Error {
  override name = 'LocalFileError';
}

/** Downloads `url` to `dest` (created with its folders); returns the absolute path and size. */
export async function downloadVideo(
  url: string,
  dest: string,
  options: DownloadOptions = {},
): Promise<{ path: string; bytes: number }> {
  const path = resolve(dest);
  const where = publicUrl(url);
  await mkdir(dirname(path), { recursive: true });
  const { Agent, interceptors } = undici();
  const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: 5 }));
  const deadline = deadlineSignal(options.deadline);
  const signal = options.signal && deadline ? AbortSignal.any([options.signal, deadline.signal]) : (options.signal ?? deadline?.signal);
  const transport: Transport = {
    baseUrl: '',
    dispatcher,
    userAgent: USER_AGENT,
    timeoutMs: options.idleTimeoutMs ?? 30_000,
    maxRetries: (options.attempts ?? 3) - 1,
    maxRetryAfterMs: 60_000,
    backoff: DEFAULT_BACKOFF,
    clock: options.clock ?? systemClock,
    redactor: new Redactor(),
  };
  try {
    const bytes = (await request(transport, {
      method: 'GET',
      url,
      path: where,
      kind: 'safe',
      authenticate: false,
      signal,
      idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
      headers: { accept: '*/*' },
      consume: (body, headers) => writeWhole(body, headers, path, where, options.onProgress),
    })) as number;
    return { path, bytes };
  } catch (error) {
    if (deadline?.signal.aborted && !options.signal?.aborted) {
      throw new TimeoutError(`Downloading ${where} did not finish before the deadline (--timeout).`, {
        phase: 'render',
        timeoutMs: options.deadline! - deadline.start,
      });
    }
    throw error;
  } finally {
    deadline?.clear();
    await dispatcher.close();
  }
}

/** Streams `body` to a temporary file, checks it is whole, and renames it to `path`; returns its size. */
async function writeWhole(
  body: AsyncIterable<Buffer>,
  headers: IncomingHttpHeaders,
  path: string,
  where: string,
  onProgress: DownloadOptions['onProgress'],
): Promise<number> {
  const length = Number(headers['content-length']);
  const total = Number.isFinite(length) ? length : undefined;
  const temp = partialName(path);
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      onProgress?.(received, total);
      done(null, chunk);
    },
  });
  try {
    const file = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
    file.on('error', (error) => counter.destroy(new LocalFileError(`cannot write ${path}: ${fileErrorReason(error)}.`)));
    await pipeline(Readable.from(body), counter, file);
    await flushToDisk(temp);
    if (total !== undefined && received !== total) {
      throw new ConnectionError(`Downloading ${where} ended after ${received} of ${total} bytes.`);
    }
    if (total === undefined && (await mp4IsComplete(temp)) === false) {
      throw new ConnectionError(`Downloading ${where} ended after ${received} bytes, inside the MP4's last box (cut short).`);
    }
    const problem = await notReplaceable(path);
    if (problem) throw new LocalFileError(`${path} is now ${problem}; the video was not written there.`);
    await rename(temp, path).catch((error: unknown) => {
      throw new LocalFileError(`cannot write ${path}: ${fileErrorReason(error)}.`);
    });
    return received;
  } catch (error) {
    await rm(temp, { force: true });
    if (PictoryError.is(error) || error instanceof LocalFileError) throw error;
    if ((error as NodeJS.ErrnoException).syscall !== undefined && (error as NodeJS.ErrnoException).code !== 'ECONNRESET') {
      throw new LocalFileError(`cannot write ${path}: ${fileErrorReason(error)}.`);
    }
    throw error; // the connection's failure: request() retries it
  }
}

/** A signal that fires at `deadline` (real time), or undefined without one. */
function deadlineSignal(deadline: number | undefined) {
  if (deadline === undefined) return undefined;
  const start = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('deadline')), Math.max(0, deadline - start));
  return { signal: controller.signal, start, clear: () => clearTimeout(timer) };
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
