/**
 * The studio as a user runs it (`pictory-jsx dev <file> --port 0`, the built CLI) in a scratch project that
 * links this package, and a real headless Chromium (the system's) driven by puppeteer-core.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/pictory-jsx.js');

/** The system Chromium, or undefined (the browser tests then skip, loudly). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

export function scratchProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pictory-studio-test-'));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'pictory-jsx'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'videos', version: '1.0.0', type: 'module' }));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'pictory-jsx', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, resolveJsonModule: true } }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

export interface RunningStudio {
  url: string;
  child: ChildProcess;
  log: () => string;
  /** Resident memory of the studio server process, in MB (Linux /proc). */
  rssMb(): number | undefined;
  stop(): Promise<number | null>;
}

export async function startDev(cwd: string, file: string, env: Record<string, string> = {}): Promise<RunningStudio> {
  const child = spawn(process.execPath, [BIN, 'dev', file, '--port', '0'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const found = /https?:\/\/\S+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`pictory-jsx dev exited with ${code} before printing its URL:\n${out}\n${err}`)));
  });
  return {
    url,
    child,
    log: () => `${out}\n${err}`,
    rssMb() {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    stop() {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      return new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      });
    },
  };
}
