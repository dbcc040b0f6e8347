/** Choosing what to compile: --data rows, several files and globs, --only, --limit; --strict, --max-warnings, --json. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DATA = ['test/fixtures/data/per-customer.tsx', '--data', 'test/fixtures/data/customers.csv'];
const names = (stdout: string) => [JSON.parse(stdout)].flat().map((v: { videoName: string }) => v.videoName);

describe('--data, --only, --limit and several files', () => {
  it('makes one video per CSV row, quoted commas and accents intact', async () => {
    const { code, stdout, stderr } = await runCli(['compile', ...DATA]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(names(stdout)).toEqual(['welcome-Smith, Jr.', 'welcome-Chloé', 'welcome-Ada']);
    expect(JSON.parse(stdout)[0].scenes[0].story).toBe('Welcome to Paris, Smith, Jr..');
  });

  it('prices the rows, and --limit 1 drafts one row first', async () => {
    const all = await runCli(['estimate', ...DATA, '--json']);
    expect(JSON.parse(all.stdout).total).toBe(1.2);
    const one = await runCli(['estimate', ...DATA, '--limit', '1', '--json']);
    expect(JSON.parse(one.stdout).videos.map((v: { videoName: string }) => v.videoName)).toEqual(['welcome-Smith, Jr.']);
  });

  it('--only keeps the videos whose name matches a glob', async () => {
    const { stdout } = await runCli(['compile', ...DATA, '--only', 'welcome-C*']);
    expect(names(stdout)).toEqual(['welcome-Chloé']);
  });

  it('takes several files and globs in one command', async () => {
    const { code, stdout } = await runCli(['compile', 'test/fixtures/forms/element.tsx', 'test/fixtures/forms/array*.tsx']);
    expect(code).toBe(0);
    expect(names(stdout)).toEqual(['element', 'array-one', 'array-two']);
    const none = await runCli(['compile', 'test/fixtures/forms/nothing-*.tsx']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('pictory-jsx: test/fixtures/forms/nothing-*.tsx: no file matches\n');
  });

  it('says what to write when --data meets a default export that is not a function', async () => {
    const { code, stderr } = await runCli(['compile', 'test/fixtures/forms/element.tsx', '--data', 'test/fixtures/data/customers.csv']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pictory-jsx: test\/fixtures\/forms\/element\.tsx: --data passes rows to the default export, so it must be a function/);
  });
});

describe('warnings in CI: --strict and --max-warnings', () => {
  it('passes a warning by default, fails it under --strict or over --max-warnings, and sends nothing', async () => {
    const file = 'test/fixtures/data/warning-only.tsx';
    expect((await runCli(['compile', file])).code).toBe(0);
    const strict = await runCli(['compile', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('pictory-jsx: 1 warning under --strict; nothing was sent');
    expect((await runCli(['compile', file, '--max-warnings', '1'])).code).toBe(0);
    expect((await runCli(['compile', file, '--max-warnings', '0'])).code).toBe(1);
  });
});

describe('diagnostics for people and for scripts', () => {
  it('shows the source line with a caret under the element', async () => {
    const { stderr } = await runCli(['compile', 'test/fixtures/invalid/wrong-duration.tsx']);
    expect(stderr).toContain(">  9 |       <AIVideoBackground {...clip} />\n     |       ^\n");
  });

  it('prints diagnostics as JSON on stdout for estimate --json and compile --json', async () => {
    for (const command of ['estimate', 'compile']) {
      const { code, stdout } = await runCli([command, 'test/fixtures/invalid/wrong-duration.tsx', '--json']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
      expect(report.diagnostics[0]).toMatchObject({ severity: 'error', code: 'duration-not-offered', line: 9, column: 7, path: 'Video > Scene[1] > AIVideoBackground' });
      expect(report.diagnostics[0].file).toMatch(/wrong-duration\.tsx$/);
    }
  });
});

describe('the design lint in the CLI', () => {
  it('prints a layout warning at the element, fails it under --strict, and --no-lint turns it off', async () => {
    const file = 'test/fixtures/lint/stacked.tsx';
    const plain = await runCli(['compile', file]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('test/fixtures/lint/stacked.tsx:12:7  warning  Video > Scene[1] > Text[2]: text "Report suspicious emails" and text "Update software monthly" overlap');
    expect((await runCli(['compile', file, '--strict'])).code).toBe(1);
    const off = await runCli(['compile', file, '--strict', '--no-lint']);
    expect(off.code).toBe(0);
    expect(off.stderr).toBe('');
  });
});
