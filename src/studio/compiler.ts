/**
 * Compiles the user's file in a child process (see compile-worker.ts), keeping one worker started ahead of
 * time so a save only pays for loading the user's file. One compile at a time; saves that arrive meanwhile
 * fold into one more compile.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../fonts/package-root.js';
import type { WorkerJob, WorkerResult } from './protocol.js';

/** A user file that loops for this long is stopped and reported, and the studio carries on. */
const COMPILE_LIMIT_MS = 120_000;

interface Warm {
  child: ChildProcess;
  ready: Promise<void>;
}

export class StudioCompiler {
  private warm: Warm | undefined;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly cwd: string,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Compile the file now, in the worker started ahead of time; then start the next one. */
  async compile(): Promise<WorkerResult> {
    const warm = this.warm ?? spawnWorker(this.log);
    this.warm = undefined;
    try {
      await warm.ready;
      return await this.runJob(warm.child);
    } finally {
      if (!this.closed) this.warm = spawnWorker(this.log);
    }
  }

  close(): void {
    this.closed = true;
    this.warm?.child.kill();
    this.warm = undefined;
  }

  private runJob(child: ChildProcess): Promise<WorkerResult> {
    return new Promise((resolve) => {
      const started = performance.now();
      const fail = (message: string) => resolve({ ok: false, message, diagnostics: [], ms: performance.now() - started });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(`${path.relative(this.cwd, this.file)} did not finish compiling within ${COMPILE_LIMIT_MS / 1000}s (an endless loop?); it was stopped`);
      }, COMPILE_LIMIT_MS);
      child.once('message', (result: WorkerResult) => {
        clearTimeout(timer);
        resolve(result);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(`the compile stopped unexpectedly (${signal ?? `exit code ${code}`}); is the file calling process.exit?`);
      });
      child.send({ file: this.file, cwd: this.cwd } satisfies WorkerJob);
    });
  }
}

function spawnWorker(log: (line: string) => void): Warm {
  const here = fileURLToPath(import.meta.url);
  const fromSource = here.endsWith('.ts');
  const root = packageRoot();
  const entry = fromSource ? path.join(path.dirname(here), 'compile-worker.ts') : path.join(root, 'dist', 'src', 'studio', 'compile-worker.js');
  const child = fork(entry, [], {
    cwd: root,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
  });
  // What the user's file prints goes to the studio's log, never to the page.
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
  const ready = new Promise<void>((resolve) => {
    child.once('message', () => resolve());
    child.once('exit', () => resolve());
  });
  return { child, ready };
}
