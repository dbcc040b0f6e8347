/**
 * Locating and running ffmpeg.
 * `PICTORY_FFMPEG` names a binary explicitly. Otherwise the binary shipped by the optional dependency
 * `@ffmpeg-installer/ffmpeg` is preferred (it works straight after `npm install`); an `ffmpeg` on PATH is the fallback. Every run is an asynchronous child process that honours an AbortSignal.
 */
import { spawn } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A working ffmpeg binary. */
export interface FfmpegInfo {
  path: string;
  /** `package`: the npm-installed static build; `system`: `ffmpeg` found on PATH. */
  source: 'package' | 'system';
  /** Whether the build has the `drawtext` filter (libfreetype); without it captions and labels are skipped. */
  drawtext: boolean;
}

const VERIFY_TIMEOUT_MS = 10_000;
const STDERR_TAIL_LINES = 6;

/** The environment variable that names the ffmpeg binary to use (then no other is tried). */
export const FFMPEG_ENV = 'PICTORY_FFMPEG';

/** No working ffmpeg: why, and what the user can do about it. */
export interface FfmpegMissing {
  reason: string;
  remedy: string;
}

const REMEDY =
  'install ffmpeg (e.g. `brew install ffmpeg`, `sudo apt install ffmpeg`, `winget install ffmpeg`) or the optional ' +
  `package that ships one (\`npm install @ffmpeg-installer/ffmpeg\`), or point ${FFMPEG_ENV} at an ffmpeg binary`;

const found = new Map<string, Promise<FfmpegInfo | null>>();

/**
 * Finds a working ffmpeg: the binary named by `PICTORY_FFMPEG` when set (and only that one), else the
 * `@ffmpeg-installer/ffmpeg` binary, then `ffmpeg` on PATH. Each candidate is verified by running it.
 * The answer (including `null`) is cached for the process lifetime, per value of `PICTORY_FFMPEG`.
 */
export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): Promise<FfmpegInfo | null> {
  const chosen = env[FFMPEG_ENV]?.trim() ?? '';
  let answer = found.get(chosen);
  if (!answer) {
    answer = chosen ? verifyFfmpeg(chosen, 'system') : searchFfmpeg();
    found.set(chosen, answer);
  }
  return answer;
}

async function searchFfmpeg(): Promise<FfmpegInfo | null> {
  const packaged = packagedFfmpegPath();
  if (packaged) {
    const info = await verifyFfmpeg(packaged, 'package');
    if (info) return info;
  }
  return verifyFfmpeg('ffmpeg', 'system');
}

/** Why no working ffmpeg was found, in words a user can act on: `path` was tried, or else the search of `findFfmpeg(env)`. */
export function ffmpegMissing(env: NodeJS.ProcessEnv = process.env, path?: string): FfmpegMissing {
  if (path) return { reason: `ffmpeg at ${path} does not run`, remedy: REMEDY };
  const chosen = env[FFMPEG_ENV]?.trim();
  if (chosen) return { reason: `${FFMPEG_ENV}=${chosen} does not run as ffmpeg`, remedy: `fix or unset ${FFMPEG_ENV}, or ${REMEDY}` };
  return {
    reason: 'no ffmpeg found (the optional package @ffmpeg-installer/ffmpeg is not installed for this platform, and there is no ffmpeg on PATH)',
    remedy: REMEDY,
  };
}

/**
 * Checks that `path` runs as ffmpeg and reports its capabilities; `null` if it does not run.
 * A packaged binary that lost its executable bit (some installers drop it) is made executable once.
 */
export async function verifyFfmpeg(path: string, source: FfmpegInfo['source']): Promise<FfmpegInfo | null> {
  const signal = AbortSignal.timeout(VERIFY_TIMEOUT_MS);
  const listFilters = () => runFfmpeg(path, ['-hide_banner', '-filters'], { signal });
  try {
    let filters: string;
    try {
      filters = await listFilters();
    } catch (error) {
      if (source !== 'package' || (error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
      await chmod(path, 0o755);
      filters = await listFilters();
    }
    return { path, source, drawtext: /^\s*\S+\s+drawtext\s/m.test(filters) };
  } catch {
    return null;
  }
}

/** The binary path reported by `@ffmpeg-installer/ffmpeg`, or `undefined` if the package is absent or unsupported here. */
function packagedFfmpegPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  } catch {
    return undefined;
  }
}

/**
 * Runs ffmpeg with `args` and resolves with its stdout once it exits with code 0.
 * Rejects with a one-line error quoting ffmpeg's last stderr lines, or with the signal's reason when aborted
 * (the child is killed). Spawn errors keep their `code` (ENOENT, EACCES).
 */
export function runFfmpeg(path: string, args: string[], options: { signal?: AbortSignal } = {}): Promise<string> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8192);
    });
    const onAbort = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) return reject(signal.reason);
      if (code === 0) return resolve(Buffer.concat(stdout).toString('utf8'));
      const tail = stderr
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(-STDERR_TAIL_LINES)
        .join(' | ');
      const status = killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`;
      reject(new Error(`ffmpeg ${status}${tail ? `: ${tail}` : ''}`));
    });
  });
}
