/**
 * The worker's poller against a scripted job server over loopback HTTP, through the real client: a
 * render that sits at 99 % is polled with growing waits, not every `minMs`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { systemClock } from '../../src/client/clock.js';
import { Poller } from '../../src/queue/poller.js';
import { RateLimiter } from '../../src/queue/rate.js';
import { hasRedis, startRedis } from './redis-server.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => server?.close(r));
  server = undefined;
});

describe.skipIf(!hasRedis)('one poller per worker', () => {
  it('polls a job stuck at 99 % with growing waits, then sees it complete', async () => {
    const started = Date.now();
    let polls = 0;
    server = createServer((req, res) => {
      polls += 1;
      const t = Date.now() - started;
      const data =
        t < 600
          ? { status: 'in-progress', renderProgress: Math.min(99, Math.round(t / 6)) }
          : t < 6_000
            ? { status: 'in-progress', renderProgress: 99 }
            : { status: 'completed', videoURL: 'https://cdn.example/v.mp4', progress: 100 };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ job_id: 'job-99', success: true, data }));
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const client = createClient({ apiKey: 'pictai_poller_test', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    const redis = await startRedis();
    const keepAlive = setInterval(() => undefined, 1_000);
    try {
      const poller = new Poller({
        client,
        rate: new RateLimiter(redis.client, 1_000, systemClock),
        clock: systemClock,
        schedule: { initialMs: 100, minMs: 100, factor: 1.5, blindMaxMs: 2_000, settleMs: 10 },
      });
      const job = await poller.wait('job-99', { timeoutMs: 60_000 });
      expect(job.status).toBe('completed');
      // Every 100 ms through the 5.4 s at 99 % would be over 50 polls; growing waits need about 12.
      expect(polls).toBeLessThan(20);
      expect(poller.polls).toBe(polls);
    } finally {
      clearInterval(keepAlive);
      await client.close();
      await redis.stop();
    }
  });
});
