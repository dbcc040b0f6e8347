/**
 * Shared helpers of the CLI tests: temporary folders, captured streams, and the real CLI as a child
 * process (sources through tsx) with exactly the PICTORY_* variables a test gives it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCommand, type RenderCommandOptions } from '../../src/cli/commands/render.js';
import type { Emulator } from '../../src/emulator/types.js';
import { KEY } from '../client/helpers.js';
import { sink, tempDir } from '../support/io.js';

export { sink, tempDir };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEN = join(ROOT, 'test/runner/fixtures/ten-videos.tsx');
export const ONE = join(ROOT, 'test/runner/fixtures/one-video.tsx');
export const THREE = join(ROOT, 'test/runner/fixtures/three-videos.tsx');

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI as a child process, in `cwd`, with exactly `env` for PICTORY_*. */
export function spawnCli(args: string[], cwd: string, env: Record<string, string>): ChildProcess & { output: Promise<CliOutput> } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PICTORY_')));
  const child = spawn(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd,
    env: { ...base, NO_COLOR: '1', TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const output = new Promise<CliOutput>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === 'SIGKILL' ? 137 : -1), stdout, stderr })),
  );
  return Object.assign(child, { output });
}

/** Runs the render command in-process against `emu` with `key`; returns exit code and output. */
export async function run(emu: Emulator, file: string, options: RenderCommandOptions, extra: { cwd?: string; key?: string; env?: Record<string, string> } = {}) {
  const stdout = sink();
  const stderr = sink();
  const cwd = extra.cwd ?? (await tempDir());
  const code = await renderCommand(file, options, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { PICTORY_API_KEY: extra.key ?? KEY, PICTORY_API_URL: emu.url, ...extra.env },
    cwd,
    signal: new AbortController().signal,
    live: false,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text(), cwd };
}
