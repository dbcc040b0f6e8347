import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/seeds/${name}.json`, import.meta.url), 'utf8'));
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('pictory-jsx compile', () => {
  it("prints a seed example's exact request", async () => {
    const { code, stdout, stderr } = await runCli(['compile', 'examples/seeds/000-complete.tsx']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fixture('000-complete'));
  });

  it.each([
    ['element', ['element']],
    ['component', ['component']],
    ['array', ['array-one', 'array-two']],
    ['async-function', ['async-a', 'async-b', 'async-c']],
  ])('accepts a default export that is a %s', async (form, names) => {
    const { code, stdout } = await runCli(['compile', `test/fixtures/forms/${form}.tsx`]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    const videos = Array.isArray(parsed) ? parsed : [parsed];
    expect(videos.map((v: { videoName: string }) => v.videoName)).toEqual(names);
  });

  it('reports an invalid video with file:line:col and the component path, exit 1, nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['compile', 'test/fixtures/invalid/wrong-duration.tsx']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'test/fixtures/invalid/wrong-duration.tsx:9:7  error  Video > Scene[1] > AIVideoBackground: model "veo3.1" does not offer duration "5s" (it offers 4s, 6s, 8s)',
    );
    expect(stderr).toContain('1 error, 0 warnings');
    noStackTrace(stderr);
  });

  it("has locations even when the user's tsconfig says react-jsx", async () => {
    const { code, stderr } = await runCli(['compile', 'test/fixtures/react-jsx/bad-volume.tsx']);
    expect(code).toBe(1);
    expect(stderr).toContain('test/fixtures/react-jsx/bad-volume.tsx:6:5  error  Video > BackgroundMusic: volume 2 is out of range: it must be between 0 and 1');
  });

  it.each([
    ['a missing file', 'test/fixtures/invalid/nope.tsx', 'pictory-jsx: test/fixtures/invalid/nope.tsx: no such file'],
    ['a syntax error', 'test/fixtures/invalid/syntax-error.tsx', 'pictory-jsx: test/fixtures/invalid/syntax-error.tsx:3:1: syntax error: Expected ">" but found "<"'],
    ['no default export', 'test/fixtures/invalid/no-default.tsx', 'pictory-jsx: test/fixtures/invalid/no-default.tsx has no default export'],
  ])('explains %s in one line, exit 1', async (_what, file, message) => {
    const { code, stdout, stderr } = await runCli(['compile', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
    noStackTrace(stderr);
  });
});

describe('pictory-jsx estimate', () => {
  it('prints a credit table', async () => {
    const { code, stdout } = await runCli(['estimate', 'examples/seeds/000-complete.tsx']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/scene 1\s+pixverse5\.5\s+1\s+8s × 1\.6\/s\s+12\.8/);
    expect(stdout).toMatch(/scene 2\s+veo3\.1_fast\s+1\s+6s × 10\/s\s+60/);
    expect(stdout).toContain('total 72.8 credits');
  });

  it('prints JSON for several videos with a grand total', async () => {
    const { code, stdout } = await runCli(['estimate', 'test/fixtures/forms/async-function.tsx', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.total).toBe(24); // 3 videos × pixverse5.5 5s = 3 × 8
    expect(report.exact).toBe(true);
    expect(report.videos.map((v: { videoName: string; total: number }) => [v.videoName, v.total])).toEqual([
      ['async-a', 8],
      ['async-b', 8],
      ['async-c', 8],
    ]);
    expect(report.videos[0].items[0]).toMatchObject({ scene: 1, model: 'pixverse5.5', seconds: 5, unitCost: 1.6, credits: 8 });
  });

  it('refuses to price an invalid file', async () => {
    const { code, stdout } = await runCli(['estimate', 'test/fixtures/invalid/wrong-duration.tsx', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report).not.toHaveProperty('total');
  });
});
