/**
 * The studio's compile worker: a child process that loads the user's file once and compiles every video it
 * yields. Each compile gets a fresh process (started ahead of time, so the library is already loaded when a
 * save arrives): Node's module cache never lets a re-import see an edited file or an edited brand kit, and
 * a process per compile keeps the server's memory flat and a runaway user file killable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StudioDiagnostic, WorkerJob, WorkerResult, WorkerVideo } from './protocol.js';

process.env.NODE_ENV ??= 'production';

// Load the library before the job arrives: the compile that follows a save then only loads the user's file.
const ready = Promise.all([import('../cli/load.js'), import('../compiler/compile.js')]);

process.once('message', (job: WorkerJob) => {
  void run(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.send!({ ok: false, message, diagnostics: [], ms: 0 } satisfies WorkerResult, () => process.exit(0));
    },
  );
});
process.send?.('ready');

async function run(job: WorkerJob): Promise<WorkerResult> {
  process.chdir(job.cwd);
  const [{ loadVideos }, { compileAllAsync }] = await ready;
  const started = performance.now();
  if (/\.json$/i.test(job.file)) return (await import('./wire-file.js')).compileWireFile(job.file, job.cwd);
  const { UserInputError } = await import('../cli/errors.js');
  let nodes;
  try {
    nodes = await loadVideos(job.file);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    return { ok: false, message: error.message, diagnostics: [located(error.message, job.cwd)].filter((d) => d !== undefined), ms: performance.now() - started };
  }
  const sources = new Map<string, string | undefined>();
  const videos: WorkerVideo[] = [];
  for (const node of nodes) {
    for (const result of await compileAllAsync(node)) {
      videos.push({
        name: result.videoName,
        ok: result.ok,
        request: result.ok ? result.request : undefined,
        credits: result.ok ? result.credits : undefined,
        diagnostics: result.diagnostics.map((d) => framed(d, job.cwd, sources)),
      });
    }
  }
  return { ok: true, videos, ms: performance.now() - started };
}

function framed(d: Diagnostic, cwd: string, sources: Map<string, string | undefined>): StudioDiagnostic {
  const out: StudioDiagnostic = { severity: d.severity, code: d.code, message: d.message, path: d.path };
  if (!d.loc) return out;
  const file = path.relative(cwd, d.loc.file) || d.loc.file;
  Object.assign(out, { file, line: d.loc.line, column: d.loc.column, where: `${file}:${d.loc.line}:${d.loc.column}` });
  const source = read(d.loc.file, sources);
  if (source !== undefined) out.frame = codeFrameColumns(source, { start: { line: d.loc.line, column: d.loc.column } }, { linesAbove: 2, linesBelow: 2 });
  return out;
}

/** A load failure that names `file:line:col` (a syntax error) becomes a located diagnostic with its frame. */
function located(message: string, cwd: string): StudioDiagnostic | undefined {
  const match = /^(.+?):(\d+):(\d+): (.*)$/s.exec(message);
  if (!match) return undefined;
  const [, file, line, column, rest] = match;
  const d: StudioDiagnostic = { severity: 'error', code: 'load-failed', message: rest!, path: '(file)', file, line: Number(line), column: Number(column), where: `${file}:${line}:${column}` };
  const source = read(path.resolve(cwd, file!), new Map());
  if (source !== undefined) d.frame = codeFrameColumns(source, { start: { line: d.line!, column: d.column! } }, { linesAbove: 2, linesBelow: 2 });
  return d;
}

function read(file: string, sources: Map<string, string | undefined>): string | undefined {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(file, 'utf8'));
    } catch {
      sources.set(file, undefined);
    }
  }
  return sources.get(file);
}
