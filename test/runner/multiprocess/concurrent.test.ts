/**
 * Several `pictory-jsx render` processes in one folder at once: every request is submitted exactly once
 * (one process claims it in the journal; the others attach to its job), and every process ends well.
 */
import { describe, expect, it } from 'vitest';
import { emulator, KEY } from '../../client/helpers.js';
import { spawnCli, tempDir, THREE } from '../cli-helpers.js';

describe('concurrent renders in one folder', () => {
  it('5 processes rendering the same 3-video file: 3 submits in all, all 5 exit 0 with the same URLs', async () => {
    const emu = await emulator({ timing: { renderMs: 1_500 } });
    const cwd = await tempDir();
    const env = { PICTORY_API_KEY: KEY, PICTORY_API_URL: emu.url };
    const children = Array.from({ length: 5 }, () => spawnCli(['render', THREE, '--concurrency', '3'], cwd, env));
    const outputs = await Promise.all(children.map((c) => c.output));
    for (const output of outputs) expect(output.stderr).not.toContain('may have created');
    expect(outputs.map((o) => o.code)).toEqual([0, 0, 0, 0, 0]);
    expect(emu.ledger.map((j) => j.body.videoName).sort()).toEqual(['coast-east', 'coast-north', 'coast-south']);
    const urls = outputs.map((o) => o.stdout.split('\n').filter(Boolean).sort().join('\n'));
    expect(new Set(urls).size).toBe(1);
  }, 120_000);
});
