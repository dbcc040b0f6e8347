/**
 * A process killed (SIGKILL) while its submit is in flight: the job was created and billed, but its id
 * never came back. The re-run finds it through the job listing and attaches: never re-billed.
 */
import { describe, expect, it } from 'vitest';
import { emulator, KEY, requestsTo } from '../../client/helpers.js';
import { ONE, run, spawnCli, tempDir, THREE } from '../cli-helpers.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000; // a guard against a hang, not a speed requirement
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('SIGKILL during a slow submit', () => {
  it('one video: the re-run recovers the job from the listing, one submit in all', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    emu.inject({ method: 'POST', path: '/v2/video/storyboard/render', delayMs: 60_000, afterHandling: true });
    const child = spawnCli(['render', ONE], cwd, { PICTORY_API_KEY: KEY, PICTORY_API_URL: emu.url });
    await until(() => emu.ledger.length === 1, 'the child submitted');
    child.kill('SIGKILL');
    expect((await child.output).code).toBe(137);

    const { code, stdout, stderr } = await run(emu, ONE, {}, { cwd });
    expect(code).toBe(0);
    expect(stderr).toContain(`found job ${emu.ledger[0]!.jobId} of an interrupted submit in the job listing`);
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(emu.ledger).toHaveLength(1);
  }, 60_000);

  it('a batch killed with two submits in flight: the listing names no video, so neither is guessed nor re-billed; the third is submitted once', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    emu.inject({ method: 'POST', path: '/v2/video/storyboard/render', delayMs: 60_000, afterHandling: true, times: 2 });
    const child = spawnCli(['render', THREE, '--concurrency', '2'], cwd, { PICTORY_API_KEY: KEY, PICTORY_API_URL: emu.url });
    await until(() => emu.ledger.length === 2, 'the child submitted two videos');
    child.kill('SIGKILL');
    await child.output;

    const { code, stderr } = await run(emu, THREE, {}, { cwd });
    // Two jobs appeared after each one's fence, and the listing names no video: the rule cannot tell
    // which is whose, so it attaches neither and submits nothing for them.
    expect(emu.ledger).toHaveLength(3);
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(3);
    expect(code).toBe(2);
    expect(stderr).toMatch(/The job listing has 2 jobs it could be/);
    expect(stderr).toMatch(/--force "coast-(north|south|east)"/);
  }, 60_000);
});
