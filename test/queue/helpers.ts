/**
 * Queue test helpers: the CLI as a child process (sources through tsx), output sinks, and waiting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sink } from '../support/io.js';

export { sink };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TWELVE = join(ROOT, 'test/queue/fixtures/twelve.tsx');
export const SIX = join(ROOT, 'test/queue/fixtures/six-more.tsx');
export const TWINS = join(ROOT, 'test/queue/fixtures/twins.tsx');
export const KEY = 'pictai_queue_secret_4f1c9e';

export type Child = ChildProcess & { output: Promise<{ code: number; stdout: string; stderr: string }>; stderrText(): string };

/** `pictory-jsx <args>` as a child process with exactly `env` for PICTORY_*. */
export function spawnCli(args: string[], env: Record<string, string> = {}): Child {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PICTORY_')));
  const child = spawn(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...base, NO_COLOR: '1', TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const output = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === 'SIGKILL' ? 137 : -1), stdout, stderr })),
  );
  return Object.assign(child, { output, stderrText: () => stderr });
}

/** Waits until `check()` is true (checked every 50 ms); fails after a generous bound (not a speed target). */
export async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Submits per video name in the emulator's ledger. */
export function submitsPerName(ledger: Array<{ body: Record<string, unknown> }>): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of ledger) {
    const name = String(entry.body.videoName);
    map.set(name, (map.get(name) ?? 0) + 1);
  }
  return map;
}
