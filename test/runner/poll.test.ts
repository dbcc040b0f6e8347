import { describe, expect, it } from 'vitest';
import { AbortError, NotFoundError, TimeoutError } from '../../src/client/errors.js';
import { DEFAULT_SCHEDULE, nextDelay, pollJob, predictedCompletion, type PollSchedule } from '../../src/runner/poll.js';
import type { Job } from '../../src/schema/jobs.js';
import { BODY, client, controlledClock, emulator, requestsTo } from '../client/helpers.js';

/** A quick schedule for real-time tests against the emulator. */
const FAST: Partial<PollSchedule> = { initialMs: 50, factor: 1.5, maxMs: 150, blindMaxMs: 150, minMs: 20, settleMs: 10 };

describe('the poll schedule', () => {
  it('backs off ×1.5 from 2 s, up to 10 s without progress', () => {
    const delays = Array.from({ length: 12 }, (_, n) => nextDelay(n, [], 0, DEFAULT_SCHEDULE));
    expect(delays.slice(0, 5)).toEqual([2000, 3000, 4500, 6750, 10_000]);
    expect(Math.max(...delays)).toBe(10_000);
    expect(delays.every((d, i) => i === 0 || d >= delays[i - 1]!)).toBe(true);
  });

  it('predicts completion from the rate between the two latest distinct samples', () => {
    expect(predictedCompletion([{ at: 0, progress: 10 }, { at: 10_000, progress: 20 }])).toBe(90_000);
    expect(predictedCompletion([{ at: 0, progress: 10 }, { at: 5_000, progress: 30 }, { at: 10_000, progress: 30 }])).toBe(45_000);
    expect(predictedCompletion([{ at: 0, progress: 50 }])).toBeUndefined();
    expect(predictedCompletion([{ at: 0, progress: 50 }, { at: 1_000, progress: 40 }])).toBeUndefined();
  });

  it('with a prediction, waits up to 30 s but polls just after the predicted completion, never sooner than 1 s', () => {
    const samples = [{ at: 0, progress: 10 }, { at: 10_000, progress: 20 }]; // done at 90 s
    expect(nextDelay(3, samples, 10_000, DEFAULT_SCHEDULE)).toBe(6_750); // early: the backoff still grows
    expect(nextDelay(12, samples, 10_000, DEFAULT_SCHEDULE)).toBe(30_000); // far off: the cap
    expect(nextDelay(12, samples, 85_000, DEFAULT_SCHEDULE)).toBe(5_300); // near: completion + 300 ms
    expect(nextDelay(12, samples, 89_900, DEFAULT_SCHEDULE)).toBe(1_000); // floor
    expect(nextDelay(12, samples, 120_000, DEFAULT_SCHEDULE)).toBe(1_000); // overdue: floor, not zero
  });
});

describe('pollJob against the emulator', () => {
  it('follows renderProgress to completion', async () => {
    const emu = await emulator({ timing: { renderMs: 600 } });
    const c = client(emu);
    const { jobId } = await c.submitRender(BODY);
    const seen: Job[] = [];
    const job = await pollJob(jobId, (id, signal) => c.getJob(id, { signal }), { timeoutMs: 5_000, schedule: FAST, onUpdate: (j) => seen.push(j) });
    expect(job.status).toBe('completed');
    const progress = seen.flatMap((j) => (j.status === 'in-progress' && j.progress !== undefined ? [j.progress] : []));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('survives 5xx on polls that outlive request()’s own retries', async () => {
    const emu = await emulator({ timing: { renderMs: 400 } });
    const c = client(emu, { maxRetries: 0 });
    const { jobId } = await c.submitRender(BODY);
    emu.inject({ path: '/v1/jobs/', status: 503, times: 4 });
    const job = await pollJob(jobId, (id, signal) => c.getJob(id, { signal }), { timeoutMs: 10_000, schedule: FAST });
    expect(job.status).toBe('completed');
    expect(requestsTo(emu, '/v1/jobs/').map((r) => r.status).slice(0, 5)).toEqual([503, 503, 503, 503, 200]);
  });

  it('waits out a Retry-After the request itself would not wait for', async () => {
    const emu = await emulator({ timing: { renderMs: 100 } });
    const c = client(emu, { maxRetryAfterMs: 0 });
    const { jobId } = await c.submitRender(BODY);
    emu.inject({ path: '/v1/jobs/', status: 429, headers: { 'retry-after': '1' } });
    const job = await pollJob(jobId, (id, signal) => c.getJob(id, { signal }), { timeoutMs: 10_000, schedule: FAST, immediate: true });
    expect(job.status).toBe('completed');
    const polls = requestsTo(emu, '/v1/jobs/');
    expect(polls[0]!.status).toBe(429);
    expect(polls[1]!.at - polls[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('stops at the deadline with a TimeoutError that names the job and how to resume', async () => {
    const emu = await emulator({ timing: { renderMs: 20_000 } });
    const c = client(emu);
    const { jobId } = await c.submitRender(BODY);
    const clock = controlledClock(Date.UTC(2026, 0, 1), { sleepsAdvance: true });
    const error = await pollJob(jobId, (id, signal) => c.getJob(id, { signal }), { timeoutMs: 400, schedule: FAST, clock }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'render', jobId, timeoutMs: 400 });
    expect((error as Error).message).toMatch(/run the same command again/);
    // It waited exactly until the deadline, its last poll at the deadline itself.
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(400);
    expect(clock.now() - Date.UTC(2026, 0, 1)).toBe(400);
  });

  it('stops at once on abort, with the job id', async () => {
    const emu = await emulator({ timing: { renderMs: 20_000 } });
    const c = client(emu);
    const { jobId } = await c.submitRender(BODY);
    const controller = new AbortController();
    // The first poll is immediate; the abort then comes during a wait of an hour, which only it can end.
    const error = await pollJob(jobId, (id, signal) => c.getJob(id, { signal }), {
      timeoutMs: 2 * 3_600_000,
      immediate: true,
      schedule: { ...FAST, initialMs: 3_600_000, minMs: 3_600_000, blindMaxMs: 3_600_000 },
      signal: controller.signal,
      onUpdate: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ jobId });
  });

  it('does not mistake a definite answer (404) for a missed poll', async () => {
    const emu = await emulator();
    const c = client(emu);
    await expect(pollJob('no-such-job', (id, signal) => c.getJob(id, { signal }), { timeoutMs: 5_000, schedule: FAST, immediate: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(requestsTo(emu, '/v1/jobs/')).toHaveLength(1);
  });
});
