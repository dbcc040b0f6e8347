/**
 * The queue's Redis pieces on their own, against a real redis-server: the journal's claim, the daily
 * budget's reservations, batch ids and webhook payloads.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { batchIdOf } from '../../src/queue/batch.js';
import { DailyBudget } from '../../src/queue/budget.js';
import { QueueJournal } from '../../src/queue/journal.js';
import { better } from '../../src/queue/payload.js';
import { jobIdOf } from '../../src/queue/webhook.js';
import { hasRedis, startRedis, type RedisServer } from './redis-server.js';

describe('batch ids and webhook payloads', () => {
  it('a batch id depends on the requests, not on their key order; a preview is another batch', () => {
    const a = batchIdOf([{ videoName: 'x', scenes: [{ story: 's' }] }], false);
    expect(batchIdOf([{ scenes: [{ story: 's' }], videoName: 'x' }], false)).toBe(a);
    expect(batchIdOf([{ videoName: 'x', scenes: [{ story: 's' }] }], true)).not.toBe(a);
    expect(batchIdOf([{ videoName: 'y', scenes: [{ story: 's' }] }], false)).not.toBe(a);
    expect(a).toMatch(/^b[0-9a-f]{16}$/);
  });

  it('finds the job id in the payload shapes Pictory may send, and nothing in junk', () => {
    expect(jobIdOf({ job_id: 'j1', data: { status: 'completed' } })).toBe('j1');
    expect(jobIdOf({ data: { jobId: 'j2' } })).toBe('j2');
    expect(jobIdOf({ jobId: 'j3' })).toBe('j3');
    expect(jobIdOf({ data: {} })).toBeUndefined();
    expect(jobIdOf('j4')).toBeUndefined();
    expect(jobIdOf(null)).toBeUndefined();
  });

  it('a completion reported by any attempt wins over a failure or "may exist"', () => {
    const done = { status: 'completed', index: 0, videoName: 'v', jobId: 'j', estimatedCredits: 1, attached: true } as const;
    const mayExist = { status: 'may-exist', index: 0, videoName: 'v', reason: 'lost' } as const;
    expect(better(done, mayExist)).toBe(done);
    expect(better(mayExist, done)).toBe(done);
    expect(better(undefined, mayExist)).toBe(mayExist);
  });
});

describe.skipIf(!hasRedis)('journal and budget on a real Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    await redis.client.flushall();
  });

  it('of twenty simultaneous claims of one request exactly one wins; the others see its entry', async () => {
    const journal = new QueueJournal(redis.client);
    const entry = { videoName: 'v', endpoint: 'POST /v2/video/storyboard/render', api: 'http://api' };
    const claims = await Promise.all(Array.from({ length: 20 }, () => journal.claim('h1', entry)));
    expect(claims.filter((c) => c === undefined)).toHaveLength(1);
    expect(claims.filter((c) => c?.state === 'submitting')).toHaveLength(19);
    await journal.submitted('h1', 'job-1');
    expect(await journal.claim('h1', entry)).toMatchObject({ state: 'submitted', jobId: 'job-1' });
    // A failed job may be submitted again; a released claim too.
    await journal.finished('h1', 'failed');
    expect(await journal.claim('h1', entry)).toBeUndefined();
    await journal.release('h1');
    expect(await journal.claim('h1', entry)).toBeUndefined();
  });

  it('reservations are exact, per request, never past the limit, and give back what was not charged', async () => {
    const budget = new DailyBudget(redis.client, 1);
    const day = '2026-11-29';
    expect((await budget.reserve(day, 'a', 0.6)).ok).toBe(true);
    expect((await budget.reserve(day, 'a', 0.6)).ok).toBe(true); // a retry: still one reservation
    const refused = await budget.reserve(day, 'b', 0.6);
    expect(refused).toEqual({ ok: false, usedBefore: 0.6 });
    expect((await budget.reserve(day, 'c', 0.4)).ok).toBe(true); // 0.6 + 0.4 is exactly 1
    expect(await DailyBudget.used(redis.client, day)).toBe(1);
    await budget.release(day, 'c');
    await budget.settle(day, 'a', 0.2);
    expect(await DailyBudget.used(redis.client, day)).toBe(0.2);
    expect((await budget.reserve(day, 'b', 0.6)).ok).toBe(true);
    expect(await DailyBudget.used(redis.client, day)).toBe(0.8);
  });
});
