/**
 * Downloading the finished video: streamed to a temporary file beside the destination, flushed, then
 * renamed into place, so the destination is either the whole video or untouched, never half a file.
 *
 * A body is accepted only when it is whole: as long as its Content-Length, or, without one, an MP4 whose
 * boxes end exactly at the end of the file. A body cut short is retried like a dropped connection. The
 * whole download obeys the render's deadline (`--timeout`), and a silence longer than `idleTimeoutMs`
 * counts as a dropped connection. A local failure (disk full, permission, name too long) is not retried.
 *
 * The video lives on Pictory's CDN, so no `Authorization` header is sent. Error messages name the URL
 * without its query string, which may carry a CDN signature.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import { undici } from '../client/undici.js';
import { backoffDelay, DEFAULT_BACKOFF } from '../client/backoff.js';
import { abortErrorFrom, systemClock, type Clock } from '../client/clock.js';
import { APIError, ConnectionError, PictoryError, ServerError, TimeoutError } from '../client/errors.js';
import { USER_AGENT } from '../client/version.js';
import { mp4IsComplete } from './mp4.js';
import { fileErrorReason, notReplaceable, partialName } from './output.js';

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive; `total` from Content-Length when sent. */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Longest silence while waiting for headers or between body chunks (default 30 000 ms). */
  idleTimeoutMs?: number;
  /** Attempts in all, for connection errors and 5xx (default 3). */
  attempts?: number;
  /** Clock time (ms since the epoch, as `Date.now()`) by which the whole download must be done. */
  deadline?: number;
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
  const deadline = deadlineSignal(options.deadline);
  const signal = options.signal && deadline ? AbortSignal.any([options.signal, deadline.signal]) : (options.signal ?? deadline?.signal);
  const within = { ...options, signal };
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const bytes = await downloadOnce(url, path, dispatcher, within);
        return { path, bytes };
      } catch (error) {
        if (deadline?.signal.aborted && !options.signal?.aborted) {
          throw new TimeoutError(`Downloading ${publicUrl(url)} did not finish before the deadline (--timeout).`, {
            phase: 'render',
            timeoutMs: options.deadline! - deadline.start,
          });
        }
        const transient = PictoryError.is(error) && (error.type === 'connection' || error.type === 'server' || error.type === 'timeout');
        if (!transient || attempt >= attempts) throw error;
        await clock.sleep(backoffDelay(attempt - 1, DEFAULT_BACKOFF, clock.random), signal);
      }
    }
  } finally {
    deadline?.clear();
    await dispatcher.close();
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

/** Codes of a failure to write the file here (not worth retrying the download). */
const LOCAL_FILE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EFBIG', 'EMFILE', 'ENFILE']);

/** A failure to write the video file: never retried. */
class LocalFileError extends Error {
  override name = 'LocalFileError';
}

async function downloadOnce(url: string, path: string, dispatcher: Dispatcher, options: DownloadOptions): Promise<number> {
  const where = publicUrl(url);
  const idle = options.idleTimeoutMs ?? 30_000;
  const temp = partialName(path);
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
    const file = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
    await pipeline(res.body, counter, file);
    await flushToDisk(temp);
    if (total !== undefined && received !== total) {
      throw new ConnectionError(`Downloading ${where} ended after ${received} of ${total} bytes.`);
    }
    if (total === undefined && (await mp4IsComplete(temp)) === false) {
      throw new ConnectionError(`Downloading ${where} ended after ${received} bytes, inside the MP4's last box (cut short).`);
    }
    const problem = await notReplaceable(path);
    if (problem) throw new LocalFileError(`${path} is now ${problem}; the video was not written there.`);
    await rename(temp, path);
    return received;
  } catch (error) {
    await rm(temp, { force: true });
    if (PictoryError.is(error) || error instanceof LocalFileError) throw error;
    const local = (error as NodeJS.ErrnoException).syscall !== undefined && LOCAL_FILE_ERRORS.has((error as NodeJS.ErrnoException).code ?? '');
    if (local) throw new LocalFileError(`cannot write ${path}: ${fileErrorReason(error)}.`);
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
