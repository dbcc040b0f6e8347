/**
 * A `.env` in the current folder supplies PICTORY_* settings; variables already set win. A `.env` that
 * is a folder or cannot be read is a one-line error (not a stack trace, and not a silent fall-back to
 * the emulator); a byte-order mark (as some Windows editors write) is ignored, not glued to the first key.
 */
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/** Loads `file` into `env` when it exists; returns the one-line problem when it cannot be used. */
export function loadEnvFile(file: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    const why = code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? (error as Error).message})`;
    return `${file} ${why}: fix or remove it (it would supply PICTORY_API_KEY and the other settings)`;
  }
  const values = parseEnv(text.replace(/^\uFEFF/, ''));
  for (const [key, value] of Object.entries(values)) if (env[key] === undefined) env[key] = value;
  return undefined;
}
