/**
 * The live display in a real pseudo-terminal (util-linux `script`), 30 rows by 100 columns, rendering 200
 * storyboard previews, 40 at once, on the embedded emulator: what the terminal shows (interpreted by @xterm/headless) stays
 * bounded — nothing but a few notes and the summary reaches the scrollback — the counters are drawn, and
 * the batch ends with its summary line.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../runner/cli-helpers.js';

const ROWS = 30;
const COLUMNS = 100;
const FIXTURE = join(ROOT, 'test/runner/fixtures/two-hundred-videos.tsx');

function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs `command` in a ROWS×COLUMNS pseudo-terminal; what the terminal received, and the exit code. */
function inTerminal(command: string, cwd: string): Promise<{ code: number | null; screen: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PICTORY_')));
  const child = spawn('script', ['-qfec', `stty rows ${ROWS} cols ${COLUMNS}; ${command}`, '/dev/null'], {
    cwd,
    env: { ...env, TERM: 'xterm-256color', TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Every line the terminal holds (scrollback and screen), as a user would see them. */
async function interpret(output: string): Promise<string[]> {
  const term = new xterm.Terminal({ rows: ROWS, cols: COLUMNS, scrollback: 10_000, allowProposedApi: true });
  // A bare LF moves down only on a terminal in raw mode: the pty translated them already.
  await new Promise<void>((resolve) => term.write(output, resolve));
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
  term.dispose();
  return lines;
}

describe.skipIf(!hasScript())('the live display in a 30-row terminal', () => {
  it('renders 200 videos with a bounded screen, counters and a summary', async () => {
    const cwd = await tempDir();
    const cli = `exec ${JSON.stringify(process.execPath)} --import ${join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')} ${join(ROOT, 'src/cli/main.ts')}`;
    const { code, screen } = await inTerminal(`${cli} render ${FIXTURE} --preview --concurrency 40 > stdout.txt`, cwd);
    expect(code).toBe(0);

    // Counters were drawn while the batch ran.
    expect(screen).toMatch(/\d+\/200 done · \d+ preparing · \d+ queued/);
    // 40 at once do not fit in 30 rows: the window shows what fits and counts the rest.
    expect(screen).toMatch(/… and \d+ more/);
    const lines = (await interpret(screen)).map((l) => l.trimEnd());
    const written = lines.filter((l) => l !== '');
    // Bounded: three notes and the summary; no video's line ever scrolled into the history.
    expect(written.length).toBeLessThanOrEqual(ROWS);
    expect(written.filter((l) => /clip-\d+/.test(l))).toEqual([]);
    expect(written.at(-1)).toMatch(/^200 of 200 previews done · no AI credits · \S+$/);
    expect(written[0]).toBe('Estimate: 200 videos, 0 AI credits.');

    // Results on stdout, one per video; each storyboard page saved as a file.
    const results = (await readFile(join(cwd, 'stdout.txt'), 'utf8')).trim().split('\n');
    expect(results).toHaveLength(200);
    expect(results[0]).toBe(`clip-1\t${join(cwd, 'out', 'clip-1.html')}`);
    expect(await readdir(join(cwd, 'out'))).toHaveLength(200);
  }, 300_000);
});
