/**
 * Queued renders end to end: a real redis-server, the emulator over loopback, worker processes and
 * producers. The money rules under test: every video is submitted at most once across workers, crashes
 * and re-runs; budgets refuse before anything is queued or sent; the key never reaches Redis.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/cli/commands/render.js';
import { startEmulator } from '../../src/emulator/index.js';
import type { Emulator, EmulatorOptions } from '../../src/emulator/types.js';
import { keys } from '../../src/queue/keys.js';
import { startWorker, type RunningWorker, type WorkerOptions } from '../../src/queue/worker.js';
import { KEY, ROOT, SIX, TWELVE, TWINS, sink, spawnCli, submitsPerName, until, type Child } from './helpers.js';
import { dumpAll, hasRedis, startRedis, type RedisServer } from './redis-server.js';

let redis: RedisServer;
const cleanups: Array<() => Promise<unknown> | void> = [];

async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator({ draftVideos: false, timing: { previewMs: 300, renderMs: 300 }, ...options });
  cleanups.push(() => emu.close());
  return emu;
}

async function worker(emu: Emulator, options: Partial<WorkerOptions> = {}): Promise<RunningWorker> {
  const w = await startWorker({
    queue: redis.url,
    env: { PICTORY_API_KEY: KEY, PICTORY_API_URL: emu.url },
    lockDurationMs: 2_000,
    ratePerSecond: 200,
    poll: { initialMs: 100, minMs: 50 },
    ...options,
  });
  cleanups.push(() => w.close());
  return w;
}

function workerProcess(emu: Emulator, extra: string[] = []): Child {
  const child = spawnCli(['worker', '--queue', redis.url, '--concurrency', '2', '--lock-duration', '2s', '--rate', '200', ...extra], {
    PICTORY_API_KEY: KEY,
    PICTORY_API_URL: emu.url,
  });
  cleanups.push(() => {
    child.kill('SIGKILL');
    return child.output;
  });
  return child;
}

/** The producer in-process, with no Pictory credentials at all. */
async function produce(file: string, options: Record<string, unknown> = {}, signal = new AbortController().signal) {
  const stdout = sink();
  const stderr = sink();
  const code = await renderCommand(file, { queue: redis.url, ...options }, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {},
    cwd: process.cwd(),
    signal,
    live: false,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe.skipIf(!hasRedis)('render --queue with workers on a real Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    await redis.client.flushall();
  });
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('three worker processes, one SIGKILLed mid-batch: every video finishes, each submitted exactly once', async () => {
    const emu = await emulator({ timing: { renderMs: 2_500 } });
    const workers = [workerProcess(emu), workerProcess(emu), workerProcess(emu)];
    await until(() => workers.every((w) => w.stderrText().includes('worker ready')), 'the workers to start');
    const producing = produce(TWELVE);

    // Kill a worker while it holds jobs it has submitted and is polling (each job id recorded).
    await until(async () => {
      if (emu.ledger.length < 6) return false;
      const entries = await redis.client.keys(keys.journal('*'));
      const states = await Promise.all(entries.map((k) => redis.client.hget(k, 'state')));
      return states.every((s) => s !== 'submitting');
    }, 'six recorded submits');
    const [victim, ...survivors] = workers as [Child, ...Child[]];
    victim.kill('SIGKILL');
    expect((await victim.output).code).toBe(137);

    const { code, stdout, stderr } = await producing;
    expect(stderr).toContain('Batch ');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(12);
    for (let i = 1; i <= 12; i++) expect(stdout).toMatch(new RegExp(`^queued-${i}\\thttp://127\\.0\\.0\\.1:\\d+/files/`, 'm'));
    // The emulator's ledger: one job per video, never two.
    const perName = submitsPerName(emu.ledger);
    expect(perName.size).toBe(12);
    expect([...perName.values()].every((n) => n === 1)).toBe(true);
    expect(emu.ledger).toHaveLength(12);
    // The victim's videos stalled back into the queue and a survivor attached to their jobs.
    expect(survivors.map((w) => w.stderrText()).join('')).toMatch(/attached queued-\d+ to job /);
  });

  it('a producer killed after queueing and run again attaches to the same batch: no video queued or paid twice', async () => {
    const emu = await emulator({ timing: { renderMs: 600 } });
    const first = spawnCli(['render', TWELVE, '--queue', redis.url]);
    await until(() => first.stderrText().includes('Queued 12 videos'), 'the first producer to queue', 90_000);
    first.kill('SIGKILL');
    await first.output;
    const batchId = /as batch (b[0-9a-f]+)/.exec(first.stderrText())![1]!;

    await worker(emu, { concurrency: 4 });
    const again = await produce(TWELVE);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`Batch ${batchId} is already on`);
    expect(again.stdout.trim().split('\n')).toHaveLength(12);
    expect(emu.ledger).toHaveLength(12);
    // Once more after it finished: the results at once, still no submit.
    const third = await produce(TWELVE);
    expect(third.code).toBe(0);
    expect(third.stdout).toBe(again.stdout);
    expect(emu.ledger).toHaveLength(12);
  });

  it('over --max-credits: refused before anything is queued (Redis stays empty)', async () => {
    const { code, stderr } = await produce(TWELVE, { maxCredits: 5 });
    expect(code).toBe(1);
    expect(stderr).toContain('Estimate: 12 videos, 7.2 AI credits (limit 5).');
    expect(stderr).toContain('over budget');
    expect(await redis.client.dbsize()).toBe(0);
  });

  it('the shared daily budget holds across two producers: charges stay within it, the rest is refused unsent', async () => {
    const emu = await emulator({ timing: { renderMs: 400 } });
    await worker(emu, { concurrency: 3, maxCreditsPerDay: 6 });
    await worker(emu, { concurrency: 3, maxCreditsPerDay: 6 });
    const [a, b] = await Promise.all([produce(TWELVE), produce(SIX)]);
    const refusedIn = (text: string) => (text.match(/^pictory-jsx: \S+: refused: over the shared daily budget/gm) ?? []).length;
    const refused = refusedIn(a.stderr) + refusedIn(b.stderr);
    const charged = emu.ledger.reduce((sum, e) => sum + (e.aiCreditsUsed ?? 0), 0);
    // 18 videos of 0.6 credits, 6 credits a day: exactly 10 fit.
    expect(emu.ledger).toHaveLength(10);
    expect(Math.round(charged * 100)).toBe(600);
    expect(refused).toBe(8);
    expect([a.code, b.code].every((c) => c === 2 || c === 1)).toBe(true);
    const day = new Date().toISOString().slice(0, 10);
    expect(await redis.client.hget(keys.budget(day), '#total')).toBe('600');
  });

  it('a submit whose answer is lost is never re-sent: reported "may exist"; BullMQ retries do not POST again', async () => {
    const emu = await emulator();
    emu.inject({ method: 'POST', path: '/v2/video/storyboard/render', drop: true, afterHandling: true, times: 1 });
    await worker(emu, { concurrency: 1 });
    const { code, stderr } = await produce(TWELVE);
    expect(code).toBe(2);
    expect(stderr).toMatch(/may-exist: a submit of "queued-\d+" to http:\/\/127\.0\.0\.1:\d+\/pictoryapis at .* got no answer/);
    expect(stderr).toContain('Check GET /v1/jobs');
    expect(stderr).toContain('11 done, 1 may exist');
    // The emulator created 12 jobs (one whose answer was dropped) and never a 13th.
    expect(emu.ledger).toHaveLength(12);
    // A re-run re-queues it, and it is still not re-sent.
    const again = await produce(TWELVE);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('1 without a result queued again');
    expect(emu.ledger).toHaveLength(12);
  });

  it("a worker checks each video's account references before its submit: a misspelt speaker is refused unsent", async () => {
    const emu = await emulator();
    await worker(emu, { concurrency: 1 });
    const { stderr } = await produce(join(ROOT, 'test/queue/fixtures/speakers.tsx'));
    expect(stderr).toMatch(/refused[^\n]*spoken-by-Timm[\s\S]*speaker "Timm" is not a voice of this account; did you mean "Tim"\?/);
    expect(emu.ledger.map((entry) => entry.body.videoName)).toEqual(['spoken-by-Tim']);
  });

  it('the API key never appears in Redis (any key or value), in job data, or in the producer output', async () => {
    const emu = await emulator();
    await worker(emu, { concurrency: 4 });
    const out = await produce(TWELVE);
    expect(out.code).toBe(0);
    const everything = await dumpAll(redis.client);
    expect(everything).toContain('queued-1'); // the dump really holds the job data
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain('pictai_');
    expect(out.stdout + out.stderr).not.toContain(KEY);
  });

  it('--detach prints a batch id; status shows progress, then the results', async () => {
    const emu = await emulator();
    const detached = await produce(TWELVE, { detach: true });
    expect(detached.code).toBe(0);
    const batchId = detached.stdout.trim();
    expect(batchId).toMatch(/^b[0-9a-f]{16}$/);
    expect(detached.stderr).toContain('No worker is connected to this queue yet');
    const pending = spawnCli(['status', batchId, '--queue', redis.url]);
    const before = await pending.output;
    expect(before.code).toBe(0);
    expect(before.stderr).toContain('0 done · 0 AI credits charged. 12 still queued or rendering.');
    await worker(emu, { concurrency: 6 });
    await until(async () => (await redis.client.hlen(keys.outcomes(batchId))) === 12, 'the batch to finish');
    const after = await spawnCli(['status', batchId, '--queue', redis.url]).output;
    expect(after.code).toBe(0);
    expect(after.stderr).toContain('12 done · 7.2 AI credits charged.');
    expect(after.stdout).toMatch(/^queued-1\tcompleted\thttp:/m);
  });

  it('webhook mode: the receiver marks jobs done, polling is only the fallback', async () => {
    const emu = await emulator({ timing: { renderMs: 1_000 } });
    const { freePort } = await import('./redis-server.js');
    const port = await freePort();
    await worker(emu, { concurrency: 12, webhookUrl: `http://127.0.0.1:${port}/pictory`, webhookPort: port, poll: undefined });
    const { code } = await produce(TWELVE);
    expect(code).toBe(0);
    expect(emu.webhooks).toHaveLength(12);
    expect(emu.webhooks.every((w) => w.status === 204)).toBe(true);
    const polls = emu.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/v1/jobs/')).length;
    // One confirming poll per video after its webhook (the fallback's first poll is 15 s away).
    expect(polls).toBe(12);
  });

  it('one rate for all workers: two workers together never pass the shared requests per second', async () => {
    const emu = await emulator({ timing: { renderMs: 300 } });
    await worker(emu, { concurrency: 3, ratePerSecond: 4 });
    await worker(emu, { concurrency: 3, ratePerSecond: 4 });
    const { code } = await produce(SIX);
    expect(code).toBe(0);
    const times = emu.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(times.length).toBeGreaterThanOrEqual(12);
    // A bucket of 4 tokens refilled at 4/s: any 8 consecutive requests span at least one second.
    for (let i = 0; i + 8 < times.length; i++) expect(times[i + 8]! - times[i]!).toBeGreaterThanOrEqual(950);
  });

  it('a 429 with Retry-After pauses every worker, then all videos finish', async () => {
    const emu = await emulator({ timing: { renderMs: 3_000 } });
    emu.inject({ method: 'GET', path: '/v1/jobs/', status: 429, headers: { 'Retry-After': '2' }, body: { message: 'Too Many Requests' }, times: 1 });
    await worker(emu, { concurrency: 3 });
    await worker(emu, { concurrency: 3 });
    const { code } = await produce(SIX);
    expect(code).toBe(0);
    const limited = emu.requests.find((r) => r.status === 429)!;
    expect(limited).toBeDefined();
    // The pause is shared: apart from requests already on their way when the 429 arrived, nothing
    // reached the API for the next ~2 s, from either worker; then polling resumed.
    const during = emu.requests.filter((r) => r.at > limited.at + 200 && r.at < limited.at + 1_900);
    expect(during).toEqual([]);
    expect(emu.requests.some((r) => r.at >= limited.at + 1_900)).toBe(true);
    expect(emu.ledger).toHaveLength(6);
  });

  it('a worker stopped mid-batch hands its videos back: another attaches to their jobs, no new submit', async () => {
    const emu = await emulator({ timing: { renderMs: 2_000 } });
    const first = await worker(emu, { concurrency: 12 });
    const producing = produce(TWELVE);
    await until(() => emu.ledger.length === 12, 'twelve submits');
    await until(async () => (await redis.client.xlen(keys.events((await redis.client.keys('pictory-jsx:batch:*:events'))[0]!.split(':')[2]!))) >= 12, 'twelve recorded submits');
    await first.close();
    const second = await worker(emu, { concurrency: 12 });
    const { code, stdout } = await producing;
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(12);
    expect(emu.ledger).toHaveLength(12);
    expect(first.stats.submits).toBe(12);
    expect(second.stats.submits).toBe(0);
    expect(second.stats.attached).toBe(12);
  });

  it('the same video twice in a batch, taken by two workers at once: one submit, both get its result', async () => {
    const emu = await emulator({ timing: { renderMs: 500 } });
    emu.inject({ method: 'POST', path: '/v2/video/storyboard/render', delayMs: 400, times: 2 });
    await worker(emu, { concurrency: 1 });
    await worker(emu, { concurrency: 1 });
    const { code, stdout, stderr } = await produce(TWINS);
    expect(code).toBe(0);
    expect(stdout.match(/^twin\t/gm)).toHaveLength(2);
    expect(submitsPerName(emu.ledger)).toEqual(new Map([['twin', 1], ['single', 1]]));
    expect(stderr).toContain('3 done');
  });

  it('a worker without credentials, or with a bad option, says so and exits 1', async () => {
    const bare = await spawnCli(['worker', '--queue', redis.url]).output;
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('a worker submits to Pictory: set PICTORY_API_KEY');
    const bad = await spawnCli(['worker', '--queue', 'http://x', '--concurrency', '2'], { PICTORY_API_KEY: KEY }).output;
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--queue expects a redis:// or rediss:// URL');
    expect(bad.stderr).not.toContain('    at ');
  });
});
