import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter } from '../../src/client/backoff.js';
import { createClient } from '../../src/client/client.js';
import {
  AbortError,
  ConnectionError,
  PictoryError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/client/errors.js';
import type { Emulator } from '../../src/emulator/types.js';
import { BODY, client, controlledClock, emulator, KEY, requestsTo } from './helpers.js';

/** Milliseconds between consecutive requests to `path`, as the emulator saw them arrive. */
function gaps(records: Array<{ at: number }>): number[] {
  return records.slice(1).map((r, i) => r.at - records[i]!.at);
}

describe('Retry-After', () => {
  it('in seconds is waited out in real time before the retry', async () => {
    const emu = await emulator();
    const c = client(emu);
    emu.inject({ path: '/v1/jobs/', status: 429, headers: { 'retry-after': '1' } });
    const { jobId } = await c.submitRender(BODY);
    await c.getJob(jobId);
    const polls = requestsTo(emu, '/v1/jobs/');
    expect(polls.map((r) => r.status)).toEqual([429, 200]);
    const [gap] = gaps(polls);
    expect(gap).toBeGreaterThanOrEqual(1000);
  });

  it('in seconds: the wait is the Retry-After plus at most 10 % of jitter (controlled clock)', async () => {
    const emu = await emulator();
    const clock = controlledClock();
    const c = client(emu, { clock });
    emu.inject({ path: '/v1/jobs/', status: 429, headers: { 'retry-after': '1' } });
    await expect(c.getJob('job-1')).rejects.toMatchObject({ status: 404 });
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(1100);
  });

  it('as an HTTP date is measured against the clock (controlled)', async () => {
    const emu = await emulator();
    const clock = controlledClock(Date.UTC(2026, 5, 1, 12, 0, 0));
    const c = client(emu, { clock });
    const at = new Date(clock.now() + 7_000).toUTCString();
    emu.inject({ path: '/v1/jobs/', status: 429, headers: { 'retry-after': at } });
    await expect(c.getJob('job-1')).rejects.toMatchObject({ status: 404 });
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(7_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(7_700);
  });

  it('beyond maxRetryAfterMs is not waited out: RateLimitError carrying retryAfterMs', async () => {
    const emu = await emulator();
    const clock = controlledClock();
    const c = client(emu, { clock, maxRetryAfterMs: 5_000 });
    emu.inject({ path: '/v1/jobs/', status: 429, headers: { 'retry-after': '120' } });
    const error = await c.getJob('job-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, status: 429 });
    expect(clock.sleeps).toEqual([]);
  });

  it('parses seconds, fractions and dates, and ignores garbage', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter(new Date(now + 4000).toUTCString(), now)).toBe(4000);
    expect(parseRetryAfter(new Date(now - 4000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('safe requests (GET /v1/jobs/{id})', () => {
  it('survive 5xx with exponential, jittered backoff', async () => {
    const emu = await emulator();
    const clock = controlledClock();
    const c = client(emu, { clock });
    const { jobId } = await c.submitRender(BODY);
    emu.inject({ path: '/v1/jobs/', status: 503, times: 2 });
    emu.inject({ path: '/v1/jobs/', status: 500, times: 1 });
    expect((await c.getJob(jobId)).jobId).toBe(jobId);
    expect(requestsTo(emu, '/v1/jobs/').map((r) => r.status)).toEqual([503, 503, 200]);
    // random() is 0.5: each wait is 75 % of min(500 ms · 2^n, 8 s).
    expect(clock.sleeps).toEqual([375, 750]);
  });

  it('give up after maxRetries with a ServerError naming the request', async () => {
    const emu = await emulator();
    const clock = controlledClock();
    const c = client(emu, { clock, maxRetries: 2 });
    emu.inject({ path: '/v1/jobs/', status: 502, times: Infinity });
    const error = await c.getJob('job-9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502, jobMayExist: false, request: { method: 'GET', path: '/v1/jobs/job-9' } });
    expect(requestsTo(emu, '/v1/jobs/')).toHaveLength(3);
  });

  it('survive a dropped connection', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock() });
    const { jobId } = await c.submitRender(BODY);
    emu.inject({ path: '/v1/jobs/', drop: true });
    expect((await c.getJob(jobId)).jobId).toBe(jobId);
    expect(requestsTo(emu, '/v1/jobs/').map((r) => r.status)).toEqual([0, 200]);
  });

  it('time out per attempt and are retried', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock(), timeoutMs: 150 });
    const { jobId } = await c.submitRender(BODY);
    emu.inject({ path: '/v1/jobs/', delayMs: 120_000 }); // held far beyond the attempt timeout, however busy the machine
    expect((await c.getJob(jobId)).jobId).toBe(jobId);
    expect(requestsTo(emu, '/v1/jobs/')).toHaveLength(2);
  });

  it('end in a TimeoutError when every attempt times out', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock(), timeoutMs: 100, maxRetries: 1 });
    emu.inject({ path: '/v1/jobs/', delayMs: 120_000, times: 2 });
    const error = await c.getJob('slow').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'request', timeoutMs: 100 });
  });

  it('backoff stays within [50 %, 100 %] of min(0.5 s · 2^n, 8 s)', () => {
    for (let n = 0; n < 8; n++) {
      const ceiling = Math.min(500 * 2 ** n, 8000);
      expect(backoffDelay(n, DEFAULT_BACKOFF, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(n, DEFAULT_BACKOFF, () => 0.999999)).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('submits (POST /v2/video/storyboard/render) are never repeated once they may have arrived', () => {
  it('a 500 after the job was created: ServerError, jobMayExist, one POST, one job', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock() });
    emu.inject({ method: 'POST', path: '/v2/', status: 500, afterHandling: true });
    const error = await c.submitRender(BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ jobMayExist: true, status: 500 });
    expect((error as Error).message).toMatch(/may have created .*GET \/v1\/jobs/s);
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(emu.ledger).toHaveLength(1);
  });

  it('a 503 is not treated as a refusal either', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock() });
    emu.inject({ method: 'POST', path: '/v2/', status: 503, headers: { 'retry-after': '1' } });
    await expect(c.submitRender(BODY)).rejects.toMatchObject({ type: 'server', jobMayExist: true });
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
  });

  it('a dropped answer: ConnectionError, jobMayExist, one POST, one job', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock() });
    emu.inject({ method: 'POST', path: '/v2/', drop: true, afterHandling: true });
    const error = await c.submitRender(BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ jobMayExist: true });
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(emu.ledger).toHaveLength(1);
  });

  it('an attempt timeout while the server works: TimeoutError, jobMayExist, one POST', async () => {
    const emu = await emulator();
    const c = client(emu, { clock: controlledClock(), timeoutMs: 150 });
    emu.inject({ method: 'POST', path: '/v2/', delayMs: 120_000, afterHandling: true });
    const error = await c.submitRender(BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ jobMayExist: true, phase: 'request' });
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(emu.ledger).toHaveLength(1);
  });

  it('a 429 is an explicit refusal: retried after Retry-After, and exactly one job results', async () => {
    const emu = await emulator();
    const clock = controlledClock();
    const c = client(emu, { clock });
    emu.inject({ method: 'POST', path: '/v2/', status: 429, headers: { 'retry-after': '2' }, times: 2 });
    const { jobId } = await c.submitRender(BODY);
    expect(requestsTo(emu, '/v2/', 'POST').map((r) => r.status)).toEqual([429, 429, 200]);
    expect(emu.ledger.map((j) => j.jobId)).toEqual([jobId]);
    expect(clock.sleeps.every((ms) => ms >= 2000 && ms <= 2200)).toBe(true);
  });

  it('a refused connection sent nothing: retried, and the error says no job exists', async () => {
    const port = await closedPort();
    const clock = controlledClock();
    const c = createClient({ apiKey: KEY, baseUrl: `http://127.0.0.1:${port}/pictoryapis`, env: {}, clock, maxRetries: 2 });
    try {
      const error = await c.submitRender(BODY).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({ jobMayExist: false });
      expect((error as Error).message).toContain('ECONNREFUSED');
      expect(clock.sleeps).toHaveLength(2);
    } finally {
      await c.close();
    }
  });

  it('a 400 is a ValidationError with Pictory’s fields[], not retried, no job', async () => {
    const emu = await emulator();
    const c = client(emu);
    const bad = { videoName: 'bad', scenes: [{ story: 'x', background: { type: 'video', aiVisual: { model: 'no-such-model' } } }] };
    const error = await c.submitRender(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const fields = (error as ValidationError).fields;
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.some((f) => f.name.includes('model'))).toBe(true);
    expect((error as ValidationError).code).toBe('INVALID_REQUEST_BODY');
    expect((error as Error).message).toContain(fields[0]!.name);
    expect(emu.ledger).toHaveLength(0);
    expect(emu.requests).toHaveLength(1);
  });
});

describe('error types', () => {
  it('404 is a NotFoundError and 403 a PermissionDeniedError, recognised by type across package copies', async () => {
    const emu = await emulator();
    const c = client(emu, { maxRetries: 0 });
    const missing = await c.getJob('no-such-job').catch((e: unknown) => e);
    expect(PictoryError.is(missing, 'not_found')).toBe(true);
    expect(missing).toMatchObject({ status: 404, code: '5000' });
    emu.inject({ path: '/v1/jobs/', status: 403, body: { message: 'not your job' } });
    const denied = await c.getJob('x').catch((e: unknown) => e);
    expect(PictoryError.is(denied, 'permission_denied')).toBe(true);
    expect((denied as Error).message).toContain('not your job');
    expect(PictoryError.is(denied, 'authentication')).toBe(false);
  });
});

describe('abort', () => {
  it('stops a request in flight at once, with the signal’s reason as cause', async () => {
    const emu = await emulator();
    const c = client(emu);
    emu.inject({ path: '/v1/jobs/', delayMs: 120_000 }); // only an abort can end this request in time
    const controller = new AbortController();
    abortOnceReceived(emu, controller, new Error('user pressed Ctrl-C'));
    const error = await c.getJob('j', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toMatchObject({ message: 'user pressed Ctrl-C' });
  });

  it('stops a wait for Retry-After at once', async () => {
    const emu = await emulator();
    const c = client(emu);
    emu.inject({ path: '/v1/jobs/', status: 429, headers: { 'retry-after': '50' } }); // only an abort ends this wait in time
    const controller = new AbortController();
    const c2 = client(emu, { log: () => controller.abort() }); // aborts as the retry wait begins
    await expect(c2.getJob('j', { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(requestsTo(emu, '/v1/jobs/')).toHaveLength(1);
    void c;
  });

  it('of a submit in flight leaves its outcome unknown (jobMayExist)', async () => {
    const emu = await emulator();
    const c = client(emu);
    emu.inject({ method: 'POST', path: '/v2/', delayMs: 120_000, afterHandling: true });
    const controller = new AbortController();
    abortOnceReceived(emu, controller);
    await expect(c.submitRender(BODY, { signal: controller.signal })).rejects.toMatchObject({ type: 'abort', jobMayExist: true });
  });

  it('before sending sends nothing', async () => {
    const emu = await emulator();
    const c = client(emu);
    await expect(c.submitRender(BODY, { signal: AbortSignal.abort() })).rejects.toMatchObject({ type: 'abort', jobMayExist: false });
    expect(emu.requests).toHaveLength(0);
  });
});

/** Aborts `controller` as soon as the emulator has received a request (no timing guess). */
function abortOnceReceived(emu: Emulator, controller: AbortController, reason?: Error): void {
  const count = emu.requests.length;
  const check = () => (emu.requests.length > count ? controller.abort(reason) : setTimeout(check, 5));
  check();
}

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('render from preview (PUT /v2/video/render/{previewJobId})', () => {
  it('renders a completed preview as a new job, and is a submit (not repeated after a 502)', async () => {
    const emu = await emulator({ timing: { previewMs: 50, renderMs: 50 } });
    const c = client(emu, { clock: controlledClock() });
    const preview = await c.submitPreview(BODY);
    while ((await c.getJob(preview.jobId)).status !== 'completed') await new Promise((r) => setTimeout(r, 20));
    const render = await c.renderFromPreview(preview.jobId, { webhook: 'http://127.0.0.1:9/hook' });
    expect(emu.ledger.find((j) => j.jobId === render.jobId)).toMatchObject({ kind: 'render', fromPreview: preview.jobId });
    emu.inject({ method: 'PUT', path: '/v2/video/render/', status: 502, afterHandling: true });
    await expect(c.renderFromPreview(preview.jobId)).rejects.toMatchObject({ type: 'server', jobMayExist: true });
    expect(requestsTo(emu, '/v2/video/render/', 'PUT')).toHaveLength(2);
  });
});

