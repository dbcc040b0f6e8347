/**
 * `pictory-jsx render <file> [--preview] [--max-credits N] [--out PATH] [--timeout DUR] [--concurrency N]
 *   [--force [NAME…]] [--skip-existing] [--json[=ndjson]] [--events]`
 *
 * Compiles every video the file yields (any error: nothing is sent), prints the estimate and applies
 * the budget to the file's total, checks where each video will be saved, then renders the videos with
 * renderAll(), at most `--concurrency` at once, shown by the batch display (display/batch.ts). Each video
 * succeeds or fails on its own: one video's failure (even a bug) never stops the others. Results go to
 * stdout (one URL or file per video, or `--json`); everything else to stderr. With the embedded emulator
 * (no credentials), drafts are saved in `out/` unless `--out` says otherwise, and kept in the draft cache.
 *
 * Exit codes (the highest of the videos' wins, except that an interrupt is always 130):
 *   0 all done;
 *   1 nothing was created (invalid input or options, over budget, an unusable --out, credentials or the
 *     request refused);
 *   2 a job failed, timed out, or may exist without a result (an uncertain submit);
 *   3 a video was rendered (and paid for) but could not be saved: its URL is printed, and a re-run
 *     downloads it again without a new charge;
 *   70 an internal error in pictory-jsx (a bug) for some video;
 *   130 interrupted (Pictory's jobs keep running and a re-run resumes them; the embedded emulator's stop).
 */
import { join, relative } from 'node:path';
import { credentialsFromEnv } from '../../client/auth.js';
import { PictoryError } from '../../client/errors.js';
import { sumCredits } from '../../compiler/estimate.js';
import type { CompiledVideo } from '../../compiler/types.js';
import { checkBudget } from '../../runner/budget.js';
import { connect, type Connection } from '../../runner/connect.js';
import { fileNames } from '../../runner/names.js';
import { isFolder, prepareOutput } from '../../runner/output.js';
import { emulatorNotice, renderable } from '../../runner/render.js';
import { renderAll, type BatchEvent, type BatchResult } from '../../runner/render-all.js';
import { createBatchDisplay } from '../display/batch.js';
import { compileFile, diagnosticsJson } from '../compile-file.js';
import { formatDiagnostics } from '../../diagnostics/format.js';
import { preflightStep } from '../preflight-step.js';
import { UserInputError } from '../errors.js';
import { parseOptions, type ParsedOptions, type RenderCommandOptions } from './render-options.js';

export type { RenderCommandOptions } from './render-options.js';

/** Where the command reads and writes; tests pass their own. */
export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** When given, aborts the renders and no SIGINT/SIGTERM handler is installed. */
  signal?: AbortSignal;
  /** Force the live (TTY) or plain display; default: live when stderr is a TTY. */
  live?: boolean;
}

export const EXIT = { ok: 0, nothingSent: 1, jobProblem: 2, notSaved: 3, internal: 70, interrupted: 130 } as const;

/** One video's exit code and, for a failure, the message printed once at the end. */
interface Outcome {
  code: number;
  message?: string;
}

/** Runs the command; returns the exit code. */
export async function renderCommand(
  file: string,
  options: RenderCommandOptions,
  io: CommandIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() },
): Promise<number> {
  const say = (text: string) => io.stderr.write(`${text}\n`);
  const parsed = parseOptions(options);
  if (typeof parsed === 'string') {
    say(`pictory-jsx: ${parsed}`);
    return EXIT.nothingSent;
  }
  const videos = await compileAndPrice(file, parsed, io, say);
  if (typeof videos === 'number') return videos;
  const unknown = parsed.forcedNames.filter((n) => !videos.some((v) => nameOf(v) === n));
  if (unknown.length > 0) {
    say(`pictory-jsx: --force names no video of ${file}: ${unknown.join(', ')} (its videos: ${videos.map(nameOf).join(', ')})`);
    return EXIT.nothingSent;
  }
  // With the embedded emulator (no credentials), drafts are kept by default: its URLs die with the command.
  const defaultOut = join(io.cwd, 'out');
  const drafting = credentialsFromEnv(io.env) === undefined && !io.env.PICTORY_API_URL && options.queue === undefined;
  const outputs = await outPaths(videos, parsed.out ?? (drafting ? defaultOut : undefined), parsed.out === undefined, say, parsed.preview);
  // A video whose --out is unusable fails now, alone; when none is left, nothing touches the network.
  const unusable = (await Promise.allSettled(outputs.map((o) => o ?? Promise.resolve(undefined)))).map((settled) =>
    settled.status === 'rejected' ? failure(settled.reason, false) : undefined,
  );
  if (unusable.every(Boolean)) {
    say(unusable.map((o, i) => `pictory-jsx: ${nameOf(videos[i]!)}: ${o!.message}`).join('\n'));
    return EXIT.nothingSent;
  }

  // --queue: the compiled, priced videos go to Redis for `pictory-jsx worker`s; no Pictory credentials here.
  if (options.queue !== undefined) {
    if (options.force) {
      say('pictory-jsx: --force does not apply to --queue: the Redis journal decides (see docs/scale-out.md)');
      return EXIT.nothingSent;
    }
    const { renderOnQueue } = await import('../../queue/producer.js');
    return renderOnQueue(videos, { queue: options.queue, detach: options.detach, preview: parsed.preview, out: parsed.out }, io);
  }
  if (options.detach) {
    say('pictory-jsx: --detach needs --queue <redis-url>');
    return EXIT.nothingSent;
  }

  const drafts = drafting;
  const json = parsed.json;
  // With --json, stdout is the JSON's: the display (stderr) stays plain.
  const display = createBatchDisplay(io.stderr, {
    live: json ? false : io.live,
    total: videos.length,
    estimatedCredits: sumCredits(videos.map((v) => v.credits.total)),
    preview: parsed.preview,
  });
  const controller = new AbortController();
  const interrupted = () =>
    drafts
      ? 'Interrupted: the local emulator stops with this command; drafts already saved are kept, and a re-run makes only the missing ones.'
      : 'Interrupted: submitted jobs keep running on Pictory; run the same command again to resume them (no new charge).';
  const stopSignals = io.signal ? forward(io.signal, controller) : onInterrupt(controller, () => display.note(interrupted()));
  let connection: Connection;
  try {
    connection = await connect({ env: io.env, log: display.note, emulator: true });
  } catch (error) {
    stopSignals();
    display.close();
    if (!PictoryError.is(error)) throw error;
    say(`pictory-jsx: ${error.message}`);
    return EXIT.nothingSent;
  }
  if (connection.emulatorUrl) {
    say(emulatorNotice(connection.emulatorUrl));
    if (!parsed.out) {
      const what = parsed.preview ? 'Storyboard pages are' : 'Drafts are';
      say(`${what} saved in ${relative(io.cwd, defaultOut) || '.'}/ (a re-run of unchanged videos reuses them from .pictory/drafts).`);
    }
  }

  // Every video of the file is checked against the account before any is sent: one request per catalog.
  const refused = await preflightStep(videos.filter((_, i) => !unusable[i]), connection.client, io, parsed.preflight);
  if (refused) {
    display.close();
    stopSignals();
    await connection.close();
    say(`pictory-jsx: ${refused}`);
    return EXIT.nothingSent;
  }

  let batch: BatchResult;
  try {
    batch = await renderAll(videos, {
      client: connection.client,
      emulatorUrl: connection.emulatorUrl,
      poll: connection.poll,
      outputs,
      preview: parsed.preview,
      timeoutMs: parsed.timeoutMs,
      concurrency: parsed.concurrency,
      force: parsed.forced,
      skipExisting: parsed.skipExisting,
      preflight: false, // checked for the whole file above
      cwd: io.cwd,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'render' && event.event.type === 'warning') display.note(`${event.videoName}: ${event.event.message}`);
        display.event(event);
        if (json === 'ndjson') io.stdout.write(`${JSON.stringify(eventJson(event))}\n`);
      },
    });
  } finally {
    stopSignals();
    await connection.close();
  }
  display.close(batch);
  return report(batch, io, say, { json, drafts });
}

/** Loads, compiles and prices the file; the videos, or the exit code when nothing may be sent. */
async function compileAndPrice(file: string, parsed: ParsedOptions, io: CommandIO, say: (text: string) => void): Promise<CompiledVideo[] | number> {
  let videos: CompiledVideo[];
  try {
    const compiled = await compileFile(file, { ...parsed.select, json: parsed.json !== undefined }, io.stderr);
    if (compiled.failed) {
      // --json: the diagnostics go to stdout as JSON, so a script always reads a document.
      if (parsed.json !== undefined) io.stdout.write(diagnosticsJson(compiled.diagnostics));
      return EXIT.nothingSent;
    }
    // Warnings that did not stop the run stay on stderr (stdout is for the JSON result).
    if (parsed.json !== undefined && compiled.diagnostics.length > 0) io.stderr.write(`${formatDiagnostics(compiled.diagnostics, { frames: true })}\n`);
    videos = compiled.results;
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    say(`pictory-jsx: ${error.message}`);
    return EXIT.nothingSent;
  }
  if (videos.length === 0) {
    say(`pictory-jsx: ${file} yields no video`);
    return EXIT.nothingSent;
  }
  const total = sumCredits(videos.map((v) => v.credits.total));
  const exact = videos.every((v) => v.credits.exact);
  const count = videos.length === 1 ? '' : `${videos.length} videos, `;
  const limit = parsed.maxCredits === undefined ? '' : ` (limit ${parsed.maxCredits})`;
  say(`Estimate: ${count}${exact ? '' : 'up to '}${total} AI credits${limit}.`);
  try {
    // The budget covers the whole file: every video it yields, together.
    checkBudget({ total, exact, items: [] }, parsed.maxCredits);
  } catch (error) {
    if (!PictoryError.is(error, 'budget_exceeded')) throw error;
    say(`pictory-jsx: over budget: ${error.message}`);
    return EXIT.nothingSent;
  }
  return videos;
}

/** The exit code and message of one video's failure. */
function failure(error: unknown, jobKnown: boolean): Outcome {
  if (!PictoryError.is(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { code: EXIT.internal, message: `internal error (please report it): ${message}` };
  }
  return { code: exitCodeFor(error, jobKnown), message: error.message };
}

/**
 * 1 when no job can exist; 2 when one does or may (it failed, timed out, or its submit was uncertain);
 * 3 when it was rendered but not saved; 130 when interrupted.
 */
function exitCodeFor(error: PictoryError, jobKnown: boolean): number {
  if (error.type === 'abort') return EXIT.interrupted;
  if (error.type === 'save_failed') return EXIT.notSaved;
  if (jobKnown || error.jobMayExist || error.type === 'job_failed' || error.type === 'timeout') return EXIT.jobProblem;
  return EXIT.nothingSent;
}

/**
 * The embedded emulator keeps no journal and stops with the command: a message promising that a re-run
 * resumes a job says instead what a re-run really does.
 */
function truthful(message: string, drafts: boolean): string {
  if (!drafts) return message;
  return message
    .replace(/It keeps running on Pictory; run the same command again to resume[^.]*\./g, 'The local emulator stopped with this command; a re-run makes the draft again (drafts cost no credits).')
    .replace(/the journal holds the job as completed, so running the same command again downloads it without a new charge\./g, 'a re-run makes the draft again (drafts cost no credits).');
}

/** Prints each failure once (stderr) and the results (stdout, or JSON); returns the command's exit code. */
function report(batch: BatchResult, io: CommandIO, say: (text: string) => void, how: { json?: 'final' | 'ndjson'; drafts: boolean }): number {
  const outcomes = batch.outcomes.map((o) => (o.status === 'failed' ? failure(o.error, o.jobKnown === true) : { code: EXIT.ok }));
  outcomes.forEach((o, i) => {
    if (o.message && o.code !== EXIT.interrupted) o.message = truthful(o.message, how.drafts);
    if (o.message && o.code !== EXIT.interrupted) say(`pictory-jsx: ${batch.outcomes[i]!.videoName}: ${o.message}`);
  });
  const codes = outcomes.map((o) => o.code);
  const code = codes.includes(EXIT.interrupted) ? EXIT.interrupted : Math.max(EXIT.ok, ...codes);
  if (how.json === 'final') {
    io.stdout.write(`${JSON.stringify(batchJson(batch, code, outcomes), null, 2)}\n`);
  } else if (how.json === undefined) {
    const several = batch.outcomes.length > 1;
    for (const o of batch.outcomes) {
      if (o.status === 'failed') continue;
      const where = o.file ?? o.result?.videoUrl ?? o.result?.previewUrl ?? o.result?.jobId;
      io.stdout.write(several ? `${o.videoName}\t${where}\n` : `${where}\n`);
    }
  }
  return code;
}

/** The final `--json` document. */
function batchJson(batch: BatchResult, exitCode: number, outcomes: Outcome[]) {
  return {
    exitCode,
    done: batch.done,
    failed: batch.failed,
    creditsUsed: batch.creditsUsed,
    estimatedCredits: batch.estimatedCredits,
    wallMs: batch.wallMs,
    emulator: batch.emulatorUrl !== undefined,
    videos: batch.outcomes.map((o, i) => ({
      videoName: o.videoName,
      status: o.status,
      file: o.file,
      jobId: o.result?.jobId,
      videoUrl: batch.emulatorUrl ? undefined : o.result?.videoUrl, // the emulator's URLs are dead now
      previewUrl: batch.emulatorUrl ? undefined : o.result?.previewUrl,
      duration: o.result?.duration,
      estimatedCredits: o.estimatedCredits,
      aiCreditsUsed: o.result?.aiCreditsUsed,
      ms: o.ms,
      error: o.status === 'failed' ? { exitCode: outcomes[i]!.code, type: errorType(o.error), message: outcomes[i]!.message } : undefined,
    })),
  };
}

/** One `--json=ndjson` line. */
function eventJson(event: BatchEvent): Record<string, unknown> {
  if (event.type !== 'done' && event.type !== 'failed') return event as unknown as Record<string, unknown>;
  const { outcome } = event;
  return {
    type: event.type,
    index: event.index,
    videoName: event.videoName,
    status: outcome.status,
    file: outcome.file,
    jobId: outcome.result?.jobId,
    aiCreditsUsed: outcome.result?.aiCreditsUsed,
    estimatedCredits: outcome.estimatedCredits,
    ms: outcome.ms,
    error: outcome.status === 'failed' ? { type: errorType(outcome.error), message: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) } : undefined,
  };
}

function errorType(error: unknown): string {
  return PictoryError.is(error) ? error.type : 'internal';
}

function nameOf(video: CompiledVideo): string {
  return renderable(video, '').body.videoName;
}

/**
 * `--out` per video, resolved and checked now, before anything is submitted (a rejected promise fails
 * only its own video): for one video the path itself (an existing folder: `<folder>/<videoName>.mp4`);
 * for several, or for the default drafts folder, a folder of `<videoName>.mp4` files (names kept
 * readable and made unique; a clash is reported).
 */
async function outPaths(
  videos: CompiledVideo[],
  out: string | undefined,
  isDefault: boolean,
  say: (text: string) => void,
  preview = false,
): Promise<Array<Promise<string> | undefined>> {
  if (out === undefined) return videos.map(() => undefined);
  const settle = (p: Promise<string>) => {
    p.catch(() => undefined); // handled when the video's turn comes
    return p;
  };
  if (videos.length === 1 && !isDefault) return [settle(prepareOutput(out, nameOf(videos[0]!)))];
  const folderExists = await isFolder(out);
  const { files } = fileNames(videos.map(nameOf));
  // A preview's file is its storyboard page: the warning names the file the user will look for.
  for (const clash of fileNames(videos.map(nameOf), preview ? 'html' : 'mp4').clashes) say(`pictory-jsx: warning: ${clash}`);
  return files.map(({ file, videoName }) =>
    settle(
      prepareOutput(join(out, file), videoName, { folderMeansInside: false }).catch((error: unknown) => {
        if (!folderExists && !isDefault && PictoryError.is(error)) {
          throw Object.assign(error, { message: `${error.message} (with several videos, --out is a folder)` });
        }
        throw error;
      }),
    ),
  );
}

/** Aborts `controller` on Ctrl-C/SIGTERM (a second Ctrl-C exits at once); returns the cleanup. */
function onInterrupt(controller: AbortController, announce: () => void): () => void {
  const handler = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    announce();
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

function forward(signal: AbortSignal, controller: AbortController): () => void {
  const abort = () => controller.abort(signal.reason);
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}
