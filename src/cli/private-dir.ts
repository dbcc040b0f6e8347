/**
 * A folder for the CLI's generated files (the tsconfig that forces the dev JSX runtime), private to the
 * user: `$XDG_CACHE_HOME/pictory-jsx` or `~/.cache/pictory-jsx`, mode 0700. Never a predictable shared
 * `/tmp` name that another user could create first (and so plant the config, or lock everyone else out).
 * If that folder is unusable (no home, read-only, not ours, open to others), a fresh `mkdtemp` folder
 * (0700, removed on exit) is used instead.
 */
import { lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let chosen: string | undefined;

export function privateDir(env: NodeJS.ProcessEnv = process.env): string {
  chosen ??= cacheDir(env) ?? temporaryDir();
  return chosen;
}

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  try {
    const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
    const dir = path.join(base, 'pictory-jsx');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return isPrivate(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** A real folder (not a link), owned by this user, that no one else may read or write. */
export function isPrivate(dir: string): boolean {
  const stats = lstatSync(dir);
  const uid = process.getuid?.();
  return stats.isDirectory() && (uid === undefined || stats.uid === uid) && (stats.mode & 0o077) === 0;
}

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pictory-jsx-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Forget the folder chosen (tests). */
export function resetPrivateDir(): void {
  chosen = undefined;
}
