/** Shared helpers of the discovery tests: captured output streams, and the render command's IO. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach } from 'vitest';
import type { Emulator } from '../../src/emulator/types.js';
import { KEY } from '../client/helpers.js';

export function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pictory-discovery-'));
  dirs.push(dir);
  return dir;
}

/** IO of a command talking to `emu` with an API key, in a fresh folder. */
export async function commandIO(emu: Emulator, cwd?: string) {
  const stdout = sink();
  const stderr = sink();
  return {
    io: { stdout: stdout.stream, stderr: stderr.stream, env: { PICTORY_API_KEY: KEY, PICTORY_API_URL: emu.url }, cwd: cwd ?? (await tempDir()) },
    stdout: stdout.text,
    stderr: stderr.text,
  };
}

/** Requests the emulator received for `METHOD path` (path without its query). */
export function count(emu: Emulator, method: string, path: string): number {
  return emu.requests.filter((r) => r.method === method && r.path.split('?')[0] === path).length;
}

/** Every job-creating request the emulator received. */
export function posts(emu: Emulator): number {
  return emu.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v2/')).length + emu.requests.filter((r) => r.method === 'PUT').length;
}
