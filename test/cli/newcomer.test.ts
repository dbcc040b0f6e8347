/**
 * The newcomer's path, end to end, as CI runs it: scripts/newcomer.sh packs this package, installs it in a
 * fresh `npm init -y` project, runs init, tsc, compile, estimate, render, a 50-row batch and its re-run,
 * and checks every output (see the script). It needs the built dist/ (`npm test` builds) and npm's registry
 * (for react and typescript). Slow by nature: no bound on time, only a generous test timeout.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

it('a newcomer goes from npm init to 50 drafts and an instant re-run', async () => {
  work = await mkdtemp(join(tmpdir(), 'pictory-newcomer-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PICTORY_')));
  const child = spawn('bash', [join(ROOT, 'scripts/newcomer.sh'), work], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) console.error(output);
  expect(output).not.toContain('FAILED');
  expect(code).toBe(0);
  expect(output).toMatch(/^50 of 50 videos done · 50 from the draft cache · /m);
  const drafts = (await readdir(join(work, 'my-videos', 'out'))).filter((f) => f.endsWith('.mp4'));
  expect(drafts).toHaveLength(51); // hello.mp4 and one per row
}, 900_000);
