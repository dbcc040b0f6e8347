/**
 * What past jobs of a similar shape say about when this one will end.
 *
 * A job's shape is what its length depends on: storyboard preview or render, the number of scenes, the
 * seconds of AI video it generates and the AI models it uses (scene counts and seconds in half-octave
 * buckets, so 7 and 8 scenes are alike but 4 and 8 are not). The journal folder keeps, per shape, how
 * long past jobs took from submit to completion (`durations/`, sharded like the records, advisory: never
 * flushed to disk one by one, never consulted for money). From the latest of them comes a {@link Prior}:
 * the expected length and a window the end is likely to fall in. The poll schedule (poll.ts) polls
 * sparsely before that window and densely inside it, for jobs that report no progress.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Journal } from './journal/index.js';
import { Shards } from './journal/shards.js';

/** What a job's length depends on. */
export interface JobShape {
  kind: 'render' | 'preview';
  scenes: number;
  /** Seconds of AI-generated video clips. */
  aiVideoSeconds: number;
  /** The AI models used, sorted, without repeats. */
  models: string[];
}

/** When a job of some shape is expected to end, in ms after its submit. */
export interface Prior {
  expectedMs: number;
  /** Start of the window the end most likely falls in. */
  earliestMs: number;
  /** End of that window. */
  latestMs: number;
  /** How many past jobs this comes from. */
  samples: number;
}

/** Past jobs considered: the latest ones, since Pictory's speed drifts. */
export const PRIOR_HISTORY = 20;
/** The window is at least this fraction of the expected length either side of it. */
const MIN_SPREAD = 0.15;
/** Past the lengths seen, by this fraction of the expected length either side: jobs vary more than a short history shows. */
const MARGIN = 0.05;

/** The shape of a request body (anything not understood counts as nothing). */
export function jobShape(body: unknown, kind: JobShape['kind']): JobShape {
  const scenes = Array.isArray((body as { scenes?: unknown })?.scenes) ? ((body as { scenes: unknown[] }).scenes) : [];
  const models = new Set<string>();
  let aiVideoSeconds = 0;
  for (const scene of scenes) {
    const background = (scene as { background?: { type?: unknown; aiVisual?: { model?: unknown; videoDuration?: unknown } } })?.background;
    const visual = background?.aiVisual;
    if (!visual || typeof visual.model !== 'string') continue;
    models.add(visual.model);
    if (background?.type === 'video') aiVideoSeconds += parseSeconds(visual.videoDuration);
  }
  return { kind, scenes: scenes.length, aiVideoSeconds, models: [...models].sort() };
}

function parseSeconds(value: unknown): number {
  const seconds = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** Half-octave bucket: 0, 1, 2, 3, 4, 6, 8, 11, 16, 23, 32, … map to distinct values; neighbours share one. */
function bucket(n: number): number {
  return n <= 0 ? 0 : Math.round(Math.log2(n) * 2);
}

/** Jobs with the same key are "of a similar shape". */
export function shapeKey(shape: JobShape): string {
  return `${shape.kind}|scenes:${bucket(shape.scenes)}|ai:${bucket(shape.aiVideoSeconds)}|${shape.models.join('+')}`;
}

/** The prior from past durations (oldest first), or undefined without any. */
export function priorFrom(durations: readonly number[]): Prior | undefined {
  const recent = durations.filter((d) => Number.isFinite(d) && d > 0).slice(-PRIOR_HISTORY);
  if (recent.length === 0) return undefined;
  const sorted = [...recent].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))]!;
  const expectedMs = at(0.5);
  // With few samples every one counts; with many, one stalled job should not widen the window for all.
  const low = sorted.length >= 10 ? at(0.1) : sorted[0]!;
  const high = sorted.length >= 10 ? at(0.9) : sorted[sorted.length - 1]!;
  return {
    expectedMs,
    earliestMs: Math.min(low, expectedMs * (1 - MIN_SPREAD)) - expectedMs * MARGIN,
    latestMs: Math.max(high, expectedMs * (1 + MIN_SPREAD)) + expectedMs * MARGIN,
    samples: recent.length,
  };
}

/** Where a journal keeps durations: beside its records, one shard per shape. */
function durationsOf(journal: Journal): Shards {
  return new Shards(join(journal.dir, 'durations'));
}

function shardKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** The prior for `shape` from `journal`'s past jobs, or undefined when there are none. */
export async function readPrior(journal: Journal, shape: JobShape): Promise<Prior | undefined> {
  const key = shapeKey(shape);
  const durations: number[] = [];
  for (const line of await durationsOf(journal).lines(shardKey(key))) {
    if (!line.includes('"ms"')) continue;
    try {
      const value = JSON.parse(line) as { shape?: unknown; ms?: unknown };
      if (value.shape === key && typeof value.ms === 'number') durations.push(value.ms);
    } catch {
      // a torn line
    }
  }
  return priorFrom(durations);
}

/** Records how long a job of `shape` took from submit to completion. */
export async function recordDuration(journal: Journal, shape: JobShape, ms: number): Promise<void> {
  if (!(Number.isFinite(ms) && ms > 0)) return;
  await journal.prepare();
  const key = shapeKey(shape);
  await durationsOf(journal).append(shardKey(key), JSON.stringify({ shape: key, ms: Math.round(ms), at: new Date().toISOString() }), false);
}
