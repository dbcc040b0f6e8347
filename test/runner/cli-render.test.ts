/**
 * `pictory-jsx render` end to end against the emulator: in-process through renderCommand() with captured
 * streams, and as a real child process where a crash or a bare environment is the point.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderCommandOptions } from '../../src/cli/commands/render.js';
import type { Emulator } from '../../src/emulator/types.js';
import { emulator, KEY, requestsTo } from '../client/helpers.js';
import { ONE, run, spawnCli, tempDir, TEN } from './cli-helpers.js';

/** Every file under `.pictory` in `cwd`, concatenated (empty when there is none). */
async function pictoryFiles(cwd: string): Promise<string> {
  const root = join(cwd, '.pictory');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  // A claim's temporary file may vanish between the listing and the read.
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8').catch(() => '')));
  return texts.join('\n');
}

/** Largest number of render jobs between their submit and their last poll at any moment. */
function maxInFlight(emu: Emulator): number {
  const lastPoll = new Map<string, number>();
  emu.requests.forEach((r, i) => {
    if (r.method === 'GET' && r.path.startsWith('/v1/jobs/')) lastPoll.set(r.path, i);
  });
  const ends = new Set(lastPoll.values());
  let active = 0;
  let max = 0;
  emu.requests.forEach((r, i) => {
    if (r.method === 'POST' && r.status === 200) max = Math.max(max, ++active);
    if (ends.has(i)) active -= 1;
  });
  return max;
}

describe('pictory-jsx render', () => {
  it('renders a file of 10 videos with --concurrency 4: at most 4 at once, one line each, a folder of files', async () => {
    const emu = await emulator({ timing: { renderMs: 300 } });
    const cwd = await tempDir();
    const { code, stdout, stderr } = await run(emu, TEN, { concurrency: 4, out: join(cwd, 'out') }, { cwd });
    expect(code).toBe(0);
    expect(emu.ledger).toHaveLength(10);
    expect(maxInFlight(emu)).toBe(4);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(`product-1\t${join(cwd, 'out', 'product-1.mp4')}`);
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `product-${i + 1}.mp4`).sort());
    expect(stderr).toContain('Estimate: 10 videos, 6 AI credits.');
    for (let i = 1; i <= 10; i++) {
      expect(stderr.match(new RegExp(`^product-${i}: done in .* · 0\\.6 credits · `, 'gm'))).toHaveLength(1);
    }
    expect(stderr).toMatch(/^10 of 10 videos done · 6 credits used of 6 estimated · \S+$/m);
  });

  it('a failed job: exit 2 with Pictory’s error_code and error_message', async () => {
    const emu = await emulator();
    emu.failNextJob({ error_code: 'INSUFFICIENT_CREDITS', error_message: 'Not enough AI credits for this video' });
    const { code, stdout, stderr } = await run(emu, ONE, {});
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('INSUFFICIENT_CREDITS: Not enough AI credits for this video');
  });

  it('over --max-credits: exit 1, the estimate printed, not a single request', async () => {
    const emu = await emulator();
    const { code, stderr } = await run(emu, TEN, { maxCredits: 5 });
    expect(code).toBe(1);
    expect(stderr).toContain('Estimate: 10 videos, 6 AI credits (limit 5).');
    expect(stderr).toContain('nothing was sent');
    expect(emu.requests).toHaveLength(0);
  });

  it('--timeout: exit 2, naming the job and how to resume', async () => {
    const emu = await emulator({ timing: { renderMs: 30_000 } });
    const { code, stderr } = await run(emu, ONE, { timeout: '1s' });
    expect(code).toBe(2);
    expect(stderr).toContain(`Job ${emu.ledger[0]!.jobId} was still in progress after 1s`);
    expect(stderr).toContain('run the same command again');
  });

  it.each([
    [{ concurrency: 0 }, '--concurrency expects a whole number'],
    [{ timeout: 'soon' }, '--timeout expects a duration'],
    [{ maxCredits: 'lots' }, '--max-credits expects a non-negative number'],
    [{ preview: true, out: 'x.mp4' }, '--out needs a rendered video'],
  ] as Array<[RenderCommandOptions, string]>)('rejects %o with exit 1 and no request', async (options, message) => {
    const emu = await emulator();
    const { code, stderr } = await run(emu, ONE, options);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(emu.requests).toHaveLength(0);
  });

  it('--preview makes a storyboard preview and prints its URL', async () => {
    const emu = await emulator({ timing: { previewMs: 100 } });
    const { code, stdout } = await run(emu, ONE, { preview: true });
    expect(code).toBe(0);
    expect(emu.ledger.map((j) => j.kind)).toEqual(['preview']);
    expect(stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('never shows the key: sentinel key through faults, a failure and a rejection; output and journal searched', async () => {
    const SENTINEL = 'pictai_SENTINEL_cli_0b5e77';
    const emu = await emulator();
    emu.inject({ path: '/v1/jobs/', status: 503, times: 2, body: { message: `echo ${SENTINEL}` } });
    emu.inject({ method: 'POST', path: '/v2/', status: 429, headers: { 'retry-after': '0' } });
    emu.failNextJob({ error_code: 'X', error_message: `failed for ${SENTINEL}` });
    const cwd = await tempDir();
    const first = await run(emu, ONE, {}, { cwd, key: SENTINEL });
    const second = await run(emu, ONE, { force: true }, { cwd, key: SENTINEL });
    const rejecting = await emulator({ auth: { apiKeys: ['pictai_other'] } });
    const third = await run(rejecting, ONE, {}, { cwd, key: SENTINEL });
    expect([first.code, second.code, third.code]).toEqual([2, 0, 1]);
    expect(third.stderr).toContain('PICTORY_API_KEY');
    const journal = await pictoryFiles(cwd);
    expect(journal).toContain('"completed"');
    for (const text of [first.stdout, first.stderr, second.stdout, second.stderr, third.stdout, third.stderr, journal]) {
      expect(text).not.toContain('SENTINEL');
    }
  });

  it('after a crash (SIGKILL) mid-render, the re-run resumes the job: exactly one submit in the ledger', async () => {
    const emu = await emulator({ timing: { renderMs: 2_500 } });
    const cwd = await tempDir();
    const child = spawnCli(['render', ONE], cwd, { PICTORY_API_KEY: KEY, PICTORY_API_URL: emu.url });
    const deadline = Date.now() + 15_000;
    while (!(await pictoryFiles(cwd)).includes('"submitted"')) {
      if (Date.now() > deadline) throw new Error('the child never journalled its job');
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGKILL');
    expect((await child.output).code).toBe(137);
    expect(emu.ledger[0]!.status).toBe('in-progress');

    const { code, stdout, stderr } = await run(emu, ONE, {}, { cwd });
    expect(code).toBe(0);
    expect(stderr).toContain(`resuming job ${emu.ledger[0]!.jobId} from the journal`);
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(emu.ledger).toHaveLength(1);
  });

  it('with no credentials at all, renders against the embedded emulator, says so, and keeps the draft in out/', async () => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await spawnCli(['render', ONE], cwd, {}).output;
    expect(stderr).toMatch(/^No PICTORY_API_KEY: rendering against the local emulator at http:\/\/127\.0\.0\.1:\d+\/pictoryapis \(no credits spent\)\.$/m);
    expect(stderr).toContain('Drafts are saved in out/');
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(cwd, 'out', 'one-video.mp4')}\n`);
    expect((await readdir(cwd)).sort()).toEqual(['.pictory', 'out']);
    expect(await readdir(join(cwd, 'out'))).toEqual(['one-video.mp4']);
  }, 30_000);
});
