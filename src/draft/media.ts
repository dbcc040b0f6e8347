/**
 * User-supplied image and video backgrounds: turning a local path, file: URL or http(s) URL into a local file
 * that ffmpeg has been seen to decode, or a short reason why it cannot be used.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import { runFfmpeg } from './ffmpeg.js';

/** A background file ready for ffmpeg (for images: a frame-sized PNG), or why it is not. */
export type MediaFile = { ok: true; file: string } | { ok: false; reason: string };

/** Where and how to prepare a background. */
export interface MediaOptions {
  ffmpeg: string;
  /** Scratch directory for downloads and prepared frames. */
  workDir: string;
  /** Base file name for this background's scratch files (unique within `workDir`). */
  name: string;
  /** Output frame size. */
  width: number;
  height: number;
  signal?: AbortSignal;
}

/** How long a remote background may take to download before it is treated as unreachable. */
const DOWNLOAD_TIMEOUT_MS = 15_000;
/** How long decoding the first frame of a background may take. */
const DECODE_TIMEOUT_MS = 15_000;

/**
 * The ffmpeg input options that open a background. Images go through the image2 demuxer with patterns disabled
 * (so `%` in a name is literal). With `seconds`, a video is looped as often as needed and cut to that length.
 */
export function mediaInputArgs(kind: 'image' | 'video', file: string, seconds?: number): string[] {
  if (kind === 'image') return ['-f', 'image2', '-pattern_type', 'none', '-i', file];
  return [...(seconds === undefined ? [] : ['-stream_loop', '-1', '-t', seconds.toFixed(3)]), '-i', file];
}

/**
 * Makes `url` available as a local file (downloading http(s) URLs into `workDir`) and checks that ffmpeg decodes
 * its first video frame. Images are decoded once here and saved already scaled and cropped to the frame
 * (`width`×`height`), so the render never decodes a large photo.
 * Failures become `{ ok: false, reason }`; only an abort of `signal` rejects.
 */
export async function prepareMedia(kind: 'image' | 'video', url: string, options: MediaOptions): Promise<MediaFile> {
  const { ffmpeg, workDir, name, width, height, signal } = options;
  const remote = /^https?:/i.test(url);
  const file = remote ? join(workDir, name + safeExtension(url)) : localPath(url);
  if (remote) {
    try {
      await download(url, file, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return { ok: false, reason: `unreachable: ${describeFailure(error)}` };
    }
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return { ok: false, reason: 'file not found' };

  const frame = join(workDir, `${name}-frame.png`);
  const output =
    kind === 'image'
      ? ['-vf', `${coverFilter(width, height)},setsar=1`, '-f', 'image2', '-y', frame]
      : ['-f', 'null', '-'];
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-xerror', ...mediaInputArgs(kind, file), '-map', '0:v:0', '-frames:v', '1'];
  try {
    await runFfmpeg(ffmpeg, [...args, ...output], { signal: withTimeout(signal, DECODE_TIMEOUT_MS) });
    return { ok: true, file: kind === 'image' ? frame : file };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { ok: false, reason: describeFailure(error) === 'timed out' ? 'timed out while decoding' : `not a readable ${kind}` };
  }
}

/** Scales a picture to cover `width`×`height` and crops the overflow, keeping the centre. */
export function coverFilter(width: number, height: number): string {
  return `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}`;
}

function localPath(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url) : resolve(url);
}

async function download(url: string, file: string, signal?: AbortSignal): Promise<void> {
  const response = await fetch(url, { signal: withTimeout(signal, DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), createWriteStream(file));
}

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}

/** The URL path's extension when it looks like one (ffmpeg guesses image decoders from it), else none. */
function safeExtension(url: string): string {
  const extension = extname(new URL(url).pathname);
  return /^\.[a-z0-9]{1,5}$/i.test(extension) ? extension : '';
}
