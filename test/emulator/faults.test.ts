import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, FAST, PLAIN, SEED_000_COMPLETE, start, submit, waitForJob } from './helpers.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await start(FAST);
});
afterEach(() => emu.close());

describe('fault injection', () => {
  it('answers 429 with Retry-After instead of the handler', async () => {
    emu.inject({ path: '/v2/video/storyboard', status: 429, headers: { 'Retry-After': '2' } });
    const answer = await call(emu, 'POST', '/v2/video/storyboard/render', { body: PLAIN });
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('2');
    expect(answer.json).toEqual({ message: 'Too Many Requests' });
    expect(emu.ledger).toEqual([]);
    expect((await call(emu, 'POST', '/v2/video/storyboard/render', { body: PLAIN })).status).toBe(200);
  });

  it('answers a 5xx with a custom body, `times` times', async () => {
    emu.inject({ method: 'GET', path: '/v1/jobs/', status: 503, body: { message: 'maintenance' }, times: 2 });
    const jobId = await submit(emu, '/v2/video/storyboard', PLAIN);
    const first = await call(emu, 'GET', `/v1/jobs/${jobId}`);
    expect(first.status).toBe(503);
    expect(first.json).toEqual({ message: 'maintenance' });
    expect((await call(emu, 'GET', `/v1/jobs/${jobId}`)).status).toBe(503);
    expect((await call(emu, 'GET', `/v1/jobs/${jobId}`)).status).toBe(200);
  });

  it('sends a string body as text', async () => {
    emu.inject({ status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } });
    const answer = await call(emu, 'GET', '/v1/jobs');
    expect(answer).toMatchObject({ status: 502, text: '<html>Bad gateway</html>' });
    expect(answer.headers['content-type']).toBe('text/html');
  });

  it('matches by method and by RegExp path', async () => {
    emu.inject({ method: 'PUT', status: 500 });
    emu.inject({ path: /^\/v1\/jobs\?/, status: 418 });
    expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(200);
    expect((await call(emu, 'GET', '/v1/jobs?nextPageKey=MA')).status).toBe(418);
    expect((await call(emu, 'PUT', '/v2/video/render/x', { body: {} })).status).toBe(500);
  });

  it('delays answers by delayMs', async () => {
    emu.inject({ path: '/v1/jobs', delayMs: 250 });
    const started = performance.now();
    const answer = await call(emu, 'GET', '/v1/jobs');
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('drops the connection without an answer, recording status 0', async () => {
    emu.inject({ path: '/v2/video/storyboard/render', drop: true });
    await expect(call(emu, 'POST', '/v2/video/storyboard/render', { body: PLAIN })).rejects.toThrow();
    expect(emu.ledger).toEqual([]);
    expect(emu.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v2/video/storyboard/render', status: 0 });
  });

  it('afterHandling + drop: the job is created and billed, but its answer never arrives', async () => {
    emu.inject({ path: '/v2/video/storyboard/render', drop: true, afterHandling: true });
    await expect(call(emu, 'POST', '/v2/video/storyboard/render', { body: SEED_000_COMPLETE })).rejects.toThrow();
    expect(emu.ledger).toHaveLength(1);
    await waitForJob(emu, emu.ledger[0].jobId);
    expect(emu.ledger[0].status).toBe('completed');
    expect(emu.aiCredits).toBe(9927.2);
  });

  it('afterHandling + status: the job is created, the answer replaced', async () => {
    emu.inject({ path: '/v2/video/storyboard/render', status: 504, afterHandling: true });
    const answer = await call(emu, 'POST', '/v2/video/storyboard/render', { body: PLAIN });
    expect(answer.status).toBe(504);
    expect(emu.ledger).toHaveLength(1);
  });

  it('afterHandling + delay: the job exists before the slow answer arrives', async () => {
    emu.inject({ path: '/v2/video/storyboard/render', delayMs: 300, afterHandling: true });
    const pending = call(emu, 'POST', '/v2/video/storyboard/render', { body: PLAIN });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(emu.ledger).toHaveLength(1);
    const answer = await pending;
    expect(answer.json.data.jobId).toBe(emu.ledger[0].jobId);
  });

  it('combines matching faults in order: delays add up, the first answering fault wins', async () => {
    emu.inject({ delayMs: 100 });
    emu.inject({ status: 429, headers: { 'Retry-After': '1' } });
    emu.inject({ status: 500 });
    const started = performance.now();
    expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(429);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(200);
  });

  it('Infinity times lasts until removed; inject() returns the remover; clearFaults() removes all', async () => {
    const remove = emu.inject({ status: 503, times: Infinity });
    for (let i = 0; i < 3; i++) expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(503);
    remove();
    expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(200);
    emu.inject({ status: 503, times: Infinity });
    emu.inject({ status: 500, times: Infinity });
    emu.clearFaults();
    expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(200);
  });

  it('records every request with its status and arrival time', async () => {
    emu.inject({ path: '/v1/jobs', status: 429 });
    await call(emu, 'GET', '/v1/jobs');
    await call(emu, 'GET', '/v1/jobs?nextPageKey=MA');
    await call(emu, 'GET', '/v1/nothing');
    expect(emu.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/v1/jobs', 429],
      ['GET', '/v1/jobs?nextPageKey=MA', 200],
      ['GET', '/v1/nothing', 404],
    ]);
    const times = emu.requests.map((r) => r.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeLessThanOrEqual(performance.now());
  });
});
