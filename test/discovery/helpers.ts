/** Shared helpers of the discovery tests: captured output streams, and the render command's IO. */
import type { Emulator } from '../../src/emulator/types.js';
import { KEY } from '../client/helpers.js';
import { sink, tempDir } from '../support/io.js';

export { sink, tempDir };

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
