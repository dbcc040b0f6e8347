import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AIVideoBackground, Scene, Video } from 'pictory-jsx';
import { jsx } from 'pictory-jsx/jsx-runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from '../../src/runner/journal/index.js';
import { DEFAULT_SCHEDULE, denseDelay, pollJob, priorDelay } from '../../src/runner/poll.js';
import { jobShape, priorFrom, readPrior, recordDuration, shapeKey } from '../../src/runner/prior.js';
import { render } from '../../src/runner/render.js';
import { BODY, client, emulator, requestsTo } from '../client/helpers.js';

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pictory-prior-'));
  dirs.push(dir);
  return dir;
}

const scene = (i: number, model: string, duration: string) =>
  jsx(Scene, { story: `Scene ${i}.`, children: jsx(AIVideoBackground, { model, duration }) }, String(i));
const body = (scenes: number, model = 'veo3.1', seconds = '6s') => ({
  videoName: 'v',
  scenes: Array.from({ length: scenes }, () => ({ story: 'x', background: { type: 'video', aiVisual: { model, videoDuration: seconds } } })),
});

describe('job shapes', () => {
  it('counts scenes, seconds of AI video and models from the request body', () => {
    expect(jobShape(body(3), 'render')).toEqual({ kind: 'render', scenes: 3, aiVideoSeconds: 18, models: ['veo3.1'] });
    expect(jobShape({ nonsense: true }, 'preview')).toEqual({ kind: 'preview', scenes: 0, aiVideoSeconds: 0, models: [] });
  });

  it('treats neighbouring sizes as similar, but not double the size, another model or a preview', () => {
    const key = (b: unknown, kind: 'render' | 'preview' = 'render') => shapeKey(jobShape(b, kind));
    expect(key(body(8))).toBe(key(body(7)));
    expect(key(body(8))).not.toBe(key(body(4)));
    expect(key(body(8))).not.toBe(key(body(8, 'pixverse5.5')));
    expect(key(body(8))).not.toBe(key(body(8), 'preview'));
  });
});

describe('the prior', () => {
  it('expects the median of past lengths, in a window at least ±15 % wide plus a 5 % margin', () => {
    expect(priorFrom([])).toBeUndefined();
    expect(priorFrom([60_000])).toEqual({ expectedMs: 60_000, earliestMs: 48_000, latestMs: 72_000, samples: 1 });
    expect(priorFrom([40_000, 60_000, 90_000])).toMatchObject({ expectedMs: 60_000, earliestMs: 37_000, latestMs: 93_000 });
  });

  it('uses only the latest 20 jobs and, from 10 on, ignores a lone stalled one', () => {
    const old = Array.from({ length: 30 }, () => 10_000);
    const recent = Array.from({ length: 19 }, () => 60_000);
    const prior = priorFrom([...old, ...recent, 600_000])!;
    expect(prior.samples).toBe(20);
    expect(prior.expectedMs).toBe(60_000);
    expect(prior.latestMs).toBe(72_000);
  });
});

describe('polling with a prior', () => {
  const prior = priorFrom([100_000])!; // window 80–120 s
  const s = DEFAULT_SCHEDULE;

  it('polls once early, approaches the window sparsely within the caps, densely inside it, then backs off', () => {
    expect(priorDelay(0, 0, prior, s)).toBe(2_000); // a job failing at once is seen at once
    expect(priorDelay(1, 2_000, prior, s)).toBe(30_000); // far from the window: the cap
    const dense = denseDelay(prior, s);
    expect(priorDelay(5, 40_000, prior, s)).toBe(20_000); // halving the distance to it
    expect(priorDelay(6, 80_000 - 1.5 * dense, prior, s)).toBeCloseTo(1.5 * dense); // close: straight to the window
    expect(dense).toBeGreaterThanOrEqual(s.minMs);
    expect(dense).toBeLessThanOrEqual(s.blindMaxMs / 2);
    expect(priorDelay(8, 90_000, prior, s)).toBe(dense);
    expect(priorDelay(9, 119_000, prior, s)).toBe(dense);
    expect(priorDelay(12, 200_000, prior, s)).toBe(s.blindMaxMs); // overdue: back to the blind cap
  });

  it('spends no more requests than a fixed blind loop would on the expected length, and sees the end sooner', async () => {
    // Simulated time: jobs that end around the expected 100 s and never report progress.
    for (const endMs of [84_000, 97_000, 112_000]) {
      let now = 0;
      let requests = 0;
      const clock = { now: () => now, random: () => 0.5, sleep: async (ms: number) => void (now += ms) };
      const getJob = async (jobId: string) => {
        requests += 1;
        return now >= endMs
          ? ({ jobId, raw: {}, status: 'completed', videoUrl: 'https://example.invalid/v.mp4' } as const)
          : ({ jobId, raw: {}, status: 'in-progress' } as const);
      };
      let estimate = 0;
      await pollJob('j', getJob, { timeoutMs: 3_600_000, clock, prior, onCompleted: (ms) => (estimate = ms) });
      expect(requests).toBeLessThanOrEqual(Math.ceil(endMs / 10_000) + 1);
      expect(now - endMs).toBeLessThan(5_000); // the fixed loop's mean lag
      expect(Math.abs(estimate - endMs)).toBeLessThanOrEqual((now - endMs) + denseDelay(prior, s));
    }
  });

  it('ignores the prior for a job it re-attaches to, whose start it does not know', async () => {
    let estimates = 0;
    const emu = await emulator({ timing: { previewMs: 100 } });
    const c = client(emu);
    const { jobId } = await c.submitPreview(BODY);
    await pollJob(jobId, (id) => c.getJob(id), { timeoutMs: 60_000, immediate: true, prior, schedule: { minMs: 20, initialMs: 50, blindMaxMs: 100 }, onCompleted: () => (estimates += 1) });
    expect(estimates).toBe(0);
  });
});

describe('render() and the journal’s durations', () => {
  it('records how long each submitted job took, and the next render of that shape polls by it', async () => {
    const emu = await emulator({ timing: { previewMs: 400 }, draftVideos: false });
    const cwd = await tempDir();
    const element = (name: string) => jsx(Video, { name, aspectRatio: '16:9', children: [scene(1, 'veo3.1', '6s'), scene(2, 'veo3.1', '6s')] });
    const poll = { initialMs: 50, factor: 1.5, maxMs: 2_000, blindMaxMs: 100, minMs: 20, settleMs: 10 };
    await render(element('first'), { client: client(emu), cwd, preview: true, poll, preflight: false });

    const journal = new Journal(join(cwd, '.pictory', 'journal'));
    const shape = jobShape(emu.ledger[0]!.body, 'preview');
    const first = await readPrior(journal, shape);
    expect(first?.samples).toBe(1);
    expect(first!.expectedMs).toBeGreaterThanOrEqual(400 - 100); // a preview cannot end before its time (less a poll)

    const before = requestsTo(emu, '/v1/jobs', 'GET').length;
    await render(element('second'), { client: client(emu), cwd, preview: true, poll, preflight: false });
    const polls = requestsTo(emu, '/v1/jobs', 'GET').length - before;
    expect(polls).toBeGreaterThanOrEqual(1);
    expect((await readPrior(journal, shape))?.samples).toBe(2);

    // A different shape has no prior of its own.
    await recordDuration(journal, jobShape(body(40), 'render'), 5_000);
    expect(await readPrior(journal, jobShape(body(3), 'render'))).toBeUndefined();
  });
});
