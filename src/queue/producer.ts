/**
 * `pictory-jsx render <file> --queue <redis-url> [--detach] [--out …]`: the producer side of a queued
 * render. The caller has already compiled the file (diagnostics, nothing sent on error) and applied
 * `--max-credits` to the whole file; this enqueues the compiled requests and, unless `--detach`, follows
 * the batch, printing each video as its worker reports it and a summary at the end.
 *
 * The producer never talks to Pictory and needs no credentials: only workers hold the key.
 */
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { sumCredits } from '../compiler/estimate.js';
import type { CompiledVideo } from '../compiler/types.js';
import { downloadVideo } from '../runner/download.js';
import { createDisplay, type StatusLine } from '../cli/display/status.js';
import { connectedWorkers, enqueueBatch } from './enqueue.js';
import { QueueError } from './errors.js';
import { followBatch } from './follow.js';
import type { VideoOutcome } from './payload.js';
import { connectRedis, displayUrl } from './redis.js';

export interface QueuedRenderOptions {
  /** Redis URL. */
  queue: string;
  detach?: boolean;
  preview?: boolean;
  /** File (one video) or folder (several) to download finished videos to. */
  out?: string;
}

export interface QueuedRenderIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** When given, stops following on abort; otherwise Ctrl-C does. */
  signal?: AbortSignal;
  live?: boolean;
}

/** Above this many videos the display prints plain lines even on a terminal. */
const LIVE_LIMIT = 40;

/** Runs the producer; returns the exit code (0 all done, 1 nothing queued, 2 some video not done, 130 interrupted). */
export async function renderOnQueue(videos: CompiledVideo[], options: QueuedRenderOptions, io: QueuedRenderIO): Promise<number> {
  const say = (text: string) => io.stderr.write(`${text}\n`);
  let redis: Redis;
  try {
    redis = await connectRedis(options.queue, 'pictory-jsx-producer');
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    say(`pictory-jsx: ${error.message}; nothing was queued.`);
    return 1;
  }
  const where = displayUrl(options.queue);
  try {
    const { batchId, created, requeued } = await enqueueBatch(redis, videos, { preview: options.preview });
    const count = videos.length === 1 ? '1 video' : `${videos.length} videos`;
    say(
      created
        ? `Queued ${count} on ${where} as batch ${batchId}.`
        : `Batch ${batchId} is already on ${where}: attaching to it (no video is queued twice${requeued ? `; ${requeued} without a result queued again` : ''}).`,
    );
    // CLIENT LIST may be refused by a managed Redis: then the hint is skipped.
    if ((await connectedWorkers(redis).catch(() => undefined)) === 0) {
      say(`No worker is connected to this queue yet: the videos wait until one starts (PICTORY_API_KEY=… pictory-jsx worker --queue ${where}).`);
    }
    if (options.detach) {
      say(`Follow it with: pictory-jsx status ${batchId} --queue ${where}`);
      io.stdout.write(`${batchId}\n`);
      return 0;
    }
    return await follow(redis, batchId, videos, options, io);
  } finally {
    redis.disconnect();
  }
}

async function follow(redis: Redis, batchId: string, videos: CompiledVideo[], options: QueuedRenderOptions, io: QueuedRenderIO): Promise<number> {
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const display = createDisplay(io.stderr, { live: videos.length > LIVE_LIMIT ? false : io.live });
  const lines: StatusLine[] = videos.map((v) => display.line(v.request.videoName));
  const outPaths = outPathsOf(videos, options.out);
  const files = new Map<number, string>();
  const downloadErrors: string[] = [];
  let downloads = Promise.resolve();
  const controller = new AbortController();
  const stop = io.signal ? forward(io.signal, controller) : onInterrupt(controller);

  let outcomes: Map<number, VideoOutcome>;
  try {
    outcomes = await followBatch(redis, batchId, videos.length, {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'submitted') {
          lines[event.index]!.update(event.attached ? `attached to job ${event.jobId}` : `submitted, job ${event.jobId}`);
          return;
        }
        const outcome = event.outcome;
        const line = lines[outcome.index]!;
        if (outcome.status !== 'completed') return line.finish(false, `${outcome.status}: ${firstLine(outcome.reason)}`);
        const path = outPaths[outcome.index];
        const url = outcome.videoUrl ?? outcome.previewUrl;
        if (!path || !outcome.videoUrl) return line.finish(true, doneText(outcome, url));
        line.update('downloading');
        downloads = downloads.then(async () => {
          try {
            const saved = await downloadVideo(outcome.videoUrl!, path, { signal: controller.signal });
            files.set(outcome.index, saved.path);
            line.finish(true, doneText(outcome, saved.path));
          } catch (error) {
            downloadErrors.push(`${outcome.videoName}: ${(error as Error).message}`);
            line.finish(false, `done, but the download failed: ${firstLine((error as Error).message)}`);
          }
        });
      },
    });
    await downloads;
  } finally {
    display.close();
    stop();
  }

  if (controller.signal.aborted && outcomes.size < videos.length) {
    say(`Stopped following batch ${batchId}: its videos stay queued and workers keep rendering them.`);
    say(`Run the same command again to attach to it, or: pictory-jsx status ${batchId} --queue ${displayUrl(options.queue)}`);
    return 130;
  }

  const all = [...outcomes.values()];
  for (const o of all) if (o.status !== 'completed') say(`pictory-jsx: ${o.videoName}: ${o.status}: ${o.reason}`);
  for (const problem of downloadErrors) say(`pictory-jsx: ${problem}`);
  say(summary(batchId, all, videos));
  videos.forEach((video, i) => {
    const o = outcomes.get(i);
    if (o?.status !== 'completed') return;
    const where = files.get(i) ?? o.videoUrl ?? o.previewUrl ?? o.jobId;
    io.stdout.write(videos.length === 1 ? `${where}\n` : `${video.request.videoName}\t${where}\n`);
  });
  if (all.every((o) => o.status === 'refused')) return 1;
  return all.every((o) => o.status === 'completed') && downloadErrors.length === 0 ? 0 : 2;
}

/** `Batch b…: 9 done, 1 failed · 5.4 AI credits charged (est. 6).` */
export function summary(batchId: string, outcomes: VideoOutcome[], videos?: CompiledVideo[]): string {
  const count = (status: VideoOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parts = [`${count('completed')} done`];
  if (count('failed')) parts.push(`${count('failed')} failed`);
  if (count('may-exist')) parts.push(`${count('may-exist')} may exist (check before re-submitting)`);
  if (count('refused')) parts.push(`${count('refused')} refused (nothing sent)`);
  const charged = sumCredits(outcomes.flatMap((o) => (o.status === 'completed' && o.aiCreditsUsed !== undefined ? [o.aiCreditsUsed] : [])));
  const estimate = videos ? ` (est. ${sumCredits(videos.map((v) => v.credits.total))})` : '';
  return `Batch ${batchId}: ${parts.join(', ')} · ${charged} AI credits charged${estimate}.`;
}

function doneText(outcome: Extract<VideoOutcome, { status: 'completed' }>, where: string | undefined): string {
  const used = outcome.aiCreditsUsed === undefined ? 'credits not reported' : `${outcome.aiCreditsUsed} credits`;
  return `done${outcome.attached ? ' (attached)' : ''} · ${used} (est. ${outcome.estimatedCredits}) · ${where ?? outcome.jobId}`;
}

function outPathsOf(videos: CompiledVideo[], out: string | undefined): Array<string | undefined> {
  if (out === undefined) return videos.map(() => undefined);
  if (videos.length === 1) return [out];
  const used = new Set<string>();
  return videos.map((v) => {
    const base = v.request.videoName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'video';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return join(out, `${name}.mp4`);
  });
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!;
}

function forward(signal: AbortSignal, controller: AbortController): () => void {
  const abort = () => controller.abort(signal.reason);
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}

/** Ctrl-C/SIGTERM stop following (the batch keeps running); a second Ctrl-C exits at once. */
function onInterrupt(controller: AbortController): () => void {
  const handler = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
