/**
 * `pictory-jsx render` on the embedded emulator (no credentials), in-process: drafts kept in out/ under
 * readable names, `--json` and `--events`, `--skip-existing`, true messages.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCommand, type RenderCommandOptions } from '../../src/cli/commands/render.js';
import { creditsText } from '../../src/cli/display/events.js';
import { ONE, ROOT, sink, tempDir, THREE } from '../runner/cli-helpers.js';

const NAMED = join(ROOT, 'test/runner/fixtures/named-videos.tsx');

async function run(file: string, options: RenderCommandOptions, cwd: string) {
  const stdout = sink();
  const stderr = sink();
  const code = await renderCommand(file, options, { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd, live: false });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('render with the embedded emulator', () => {
  it('keeps storyboard pages in out/ under readable names, and warns about two names that make one file', async () => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await run(NAMED, { preview: true }, cwd);
    expect(code).toBe(0);
    expect(stderr).toContain('Storyboard pages are saved in out/');
    expect(stderr).toContain('pictory-jsx: warning: videos "chloé" and "Chloe" both make Chloe.html; the second is saved as Chloe-2.html');
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(['Chloe-2.html', 'chloe.html', '東京-tour.html'].sort());
    expect(stdout).toContain(`東京 tour\t${join(cwd, 'out', '東京-tour.html')}`);
    expect(await readFile(join(cwd, 'out', 'chloe.html'), 'utf8')).toMatch(/<html/i);
    expect(stderr).toMatch(/^3 of 3 previews done · no AI credits · \S+$/m);
  });

  it('--json prints one final document; --events prints NDJSON events as they happen', async () => {
    const cwd = await tempDir();
    const final = await run(THREE, { preview: true, json: true }, cwd);
    expect(final.code).toBe(0);
    const doc = JSON.parse(final.stdout) as { exitCode: number; done: number; videos: Array<{ videoName: string; status: string; file: string }> };
    expect(doc).toMatchObject({ exitCode: 0, done: 3, failed: 0, emulator: true });
    expect(doc.videos.map((v) => v.status)).toEqual(['rendered', 'rendered', 'rendered']);
    expect(doc.videos[0]!.file).toBe(join(cwd, 'out', 'coast-north.html'));

    const events = await run(THREE, { preview: true, events: true }, cwd);
    const lines = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; videoName?: string });
    expect(lines[0]).toMatchObject({ type: 'batch', total: 3 });
    expect(lines.filter((e) => e.type === 'started')).toHaveLength(3);
    expect(lines.filter((e) => e.type === 'done').map((e) => e.videoName).sort()).toEqual(['coast-east', 'coast-north', 'coast-south']);
  });

  it('--json on a file with a mistake prints the diagnostics as JSON and sends nothing', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await run(join(ROOT, 'test/runner/fixtures/invalid-scene.tsx'), { json: true }, cwd);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as { ok: boolean; diagnostics: Array<{ code: string; line: number }> };
    expect(doc.ok).toBe(false);
    expect(doc.diagnostics[0]).toMatchObject({ code: 'unknown-prop', line: 7 });
    expect(await readdir(cwd)).toEqual([]);
  });

  it('--skip-existing leaves files that are there; a timeout says what a re-run really does, once', async () => {
    const cwd = await tempDir();
    await mkdir(join(cwd, 'out'));
    await writeFile(join(cwd, 'out', 'coast-north.html'), 'mine');
    const skipped = await run(THREE, { preview: true, skipExisting: true }, cwd);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain(`coast-north: skipped: ${join(cwd, 'out', 'coast-north.html')} exists`);
    expect(await readFile(join(cwd, 'out', 'coast-north.html'), 'utf8')).toBe('mine');
    expect(skipped.stderr).toMatch(/^3 of 3 previews done · 1 skipped \(file exists\) · /m);

    const timedOut = await run(ONE, { timeout: '1ms' }, cwd);
    expect(timedOut.code).toBe(2);
    expect(timedOut.stderr).not.toContain('resume');
    expect(timedOut.stderr).toContain('The local emulator stopped with this command; a re-run makes the draft again');
    expect(timedOut.stderr.match(/still in progress/g)).toHaveLength(1);
  });

  it('a video without AI visuals costs none, and says so', () => {
    const base = { jobId: 'j', videoName: 'v', preview: false, estimateExact: true, resumed: false, job: {} as never };
    expect(creditsText({ ...base, estimatedCredits: 0 })).toBe('no AI credits');
    expect(creditsText({ ...base, estimatedCredits: 1.2 })).toBe('est. 1.2 credits (Pictory did not report the charge)');
    expect(creditsText({ ...base, estimatedCredits: 1.2, aiCreditsUsed: 1.2 })).toBe('1.2 credits');
  });
});
