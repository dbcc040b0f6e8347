/**
 * `--out`: checked before anything is submitted, and one video's local failure stays its own. A video
 * rendered (paid for) but not saved is reported with its URL and exit 3, and a re-run saves it without
 * a new submit.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulator, requestsTo } from '../client/helpers.js';
import { ONE, ROOT, run, tempDir, THREE } from './cli-helpers.js';

describe('--out', () => {
  it('an existing folder for one video means <folder>/<videoName>.mp4', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const { code, stdout } = await run(emu, ONE, { out: cwd }, { cwd });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(join(cwd, 'one-video.mp4'));
    expect((await stat(join(cwd, 'one-video.mp4'))).size).toBeGreaterThan(0);
  });

  it.each([
    ['a name too long for the file system', (dir: string) => join(dir, `${'x'.repeat(250)}.mp4`), 'the file name is too long'],
    ['a path under a file', (dir: string) => join(dir, 'plain-file', 'video.mp4'), 'a part of the path is a file'],
  ])('refuses %s before any request: exit 1, nothing sent', async (_what, target, reason) => {
    const emu = await emulator();
    const cwd = await tempDir();
    await writeFile(join(cwd, 'plain-file'), 'x');
    const { code, stderr } = await run(emu, ONE, { out: target(cwd) }, { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain(reason);
    expect(stderr).toContain('nothing was sent');
    expect(emu.requests).toHaveLength(0);
  });

  it('never replaces a symbolic link or a special file: refused before any request', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    await writeFile(join(cwd, 'elsewhere.mp4'), 'keep me');
    await symlink(join(cwd, 'elsewhere.mp4'), join(cwd, 'link.mp4'));
    execFileSync('mkfifo', [join(cwd, 'pipe.mp4')]);
    const link = await run(emu, ONE, { out: join(cwd, 'link.mp4') }, { cwd });
    expect(link.code).toBe(1);
    expect(link.stderr).toContain('is a symbolic link');
    const fifo = await run(emu, ONE, { out: join(cwd, 'pipe.mp4') }, { cwd });
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toContain('is a special file');
    expect(emu.requests).toHaveLength(0);
    expect(await readFile(join(cwd, 'elsewhere.mp4'), 'utf8')).toBe('keep me');
  });

  it('in a batch, a video whose file cannot be written fails alone before its submit; the others render', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const out = join(cwd, 'out');
    await mkdir(join(out, 'coast-south.mp4'), { recursive: true }); // a folder where the video should go
    const { code, stdout, stderr } = await run(emu, THREE, { out, concurrency: 3 }, { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/pictory-jsx: coast-south: --out .*coast-south\.mp4 is a folder/);
    expect(emu.ledger.map((j) => j.body.videoName).sort()).toEqual(['coast-east', 'coast-north']);
    expect(stdout).toContain(`coast-north\t${join(out, 'coast-north.mp4')}`);
    expect(stdout).toContain(`coast-east\t${join(out, 'coast-east.mp4')}`);
    const journal = (await readdir(join(cwd, '.pictory', 'journal', 'records'), { recursive: true })).length;
    expect(journal).toBeGreaterThan(0);
  });

  it('a paid render that cannot be saved: exit 3 with its URL and journal state, the batch goes on, the re-run saves it without a submit', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const out = join(cwd, 'out');
    emu.inject({ method: 'GET', path: '/files/', status: 404 }); // the first download fails
    const first = await run(emu, THREE, { out, concurrency: 1 }, { cwd });
    expect(first.code).toBe(3);
    const failed = emu.ledger[0]!;
    expect(first.stderr).toMatch(new RegExp(`pictory-jsx: ${failed.body.videoName}: Job ${failed.jobId} completed \\(its credits are spent\\) but its video could not be saved`));
    expect(first.stderr).toMatch(/The video is at http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect(first.stderr).toContain('the journal holds the job as completed');
    expect(first.stdout.trim().split('\n')).toHaveLength(2);
    expect(emu.ledger).toHaveLength(3);

    const second = await run(emu, THREE, { out, concurrency: 1 }, { cwd });
    expect(second.code).toBe(0);
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(3);
    expect((await readdir(out)).sort()).toEqual(['coast-east.mp4', 'coast-north.mp4', 'coast-south.mp4']);
  });
});

describe('one bad video in a batch', () => {
  it('webhookData that cannot be JSON: that video fails alone (nothing sent for it, nothing false journalled); the other renders', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const { code, stdout, stderr } = await run(emu, join(ROOT, 'test/runner/fixtures/one-cyclic.tsx'), { concurrency: 2 }, { cwd });
    expect(code).toBe(1);
    expect(stderr).not.toContain('internal error');
    expect(stderr).toMatch(/cyclic-video|webhookData/);
    if (emu.ledger.length === 0) {
      // The compiler refused the file first (a cyclic webhookData is a compile error there): nothing sent at all.
      expect(emu.requests).toHaveLength(0);
      return;
    }
    expect(emu.ledger.map((j) => j.body.videoName)).toEqual(['fine-video']);
    expect(stdout).toMatch(/^fine-video\thttp:/m);
    const records = await readdir(join(cwd, '.pictory', 'journal', 'records'), { recursive: true, withFileTypes: true });
    const texts = await Promise.all(records.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')));
    expect(texts.join('')).not.toContain('cyclic-video');
  });
});
