/**
 * `pictory-jsx render <file> [--preview] [--max-credits N] [--out PATH] [--timeout DUR] [--concurrency N] [--force [NAME…]]`
 *
 * Compiles every video the file yields (any error: nothing is sent), prints the estimate and applies
 * the budget to the file's total, checks where each video will be saved, then renders the videos, at
 * most `--concurrency` at once, with one status line each. Each video succeeds or fails on its own: one
 * video's failure (even a bug) never stops the others. Results go to stdout (one URL or file per
 * video); everything else to stderr.
 *
 * Exit codes (the highest of the videos' wins, except that an interrupt is always 130):
 *   0 all done;
 *   1 nothing was created (invalid input or options, over budget, an unusable --out, credentials or the
 *     request refused);
 *   2 a job failed, timed out, or may exist without a result (an uncertain submit);
 *   3 a video was rendered (and paid for) but could not be saved: its URL is printed, and a re-run
 *     downloads it again without a new charge;
 *   70 an internal error in pictory-jsx (a bug) for some video;
 *   130 interrupted (jobs keep running; a re-run resumes them).
 */
import { join } from 'node:path';
import { PictoryError } from '../../client/errors.js';
import { firstLine } from '../../client/text.js';
import { sumCredits } from '../../compiler/estimate.js';
import type { CompiledVideo } from '../../compiler/types.js';
import { checkBudget } from '../../runner/budget.js';
import { connect, type Connection } from '../../runner/connect.js';
import { fileNameFor, isFolder, prepareOutput } from '../../runner/output.js';
import { pool } from '../../runner/pool.js';
import { emulatorNotice, renderable, renderCompiled, type RenderResult } from '../../runner/render.js';
import { doneText, showEvent } from '../display/events.js';
import { createDisplay, type Display } from '../display/status.js';
import { compileFile } from '../compile-file.js';
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

/** One video's outcome. */
interface Outcome {
  code: number;
  result?: RenderResult;
  /** The message printed at the end (failures only). */
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
  const outputs = await outPaths(videos, parsed.out);
  // A video whose --out is unusable fails now, alone; when none is left, nothing touches the network.
  const unusable = (await Promise.allSettled(outputs.map((o) => o ?? Promise.resolve(undefined)))).map((settled) =>
    settled.status === 'rejected' ? failure(settled.reason, false) : undefined,
  );
  if (unusable.every(Boolean)) return report(videos, unusable as Outcome[], io, say);

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

  const display = createDisplay(io.stderr, { live: io.live });
  const controller = new AbortController();
  let connection: Connection | undefined;
  const interrupted = () =>
    connection?.emulatorUrl
      ? 'Interrupted.'
      : 'Interrupted: submitted jobs keep running on Pictory; run the same command again to resume them.';
  const stopSignals = io.signal ? forward(io.signal, controller) : onInterrupt(controller, () => display.note(interrupted()));
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
    if (!parsed.out && !parsed.preview) say('Its URLs die with this command: add --out FILE to keep the draft video.');
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

  let outcomes: Outcome[];
  try {
    outcomes = await renderAll(videos, outputs, parsed, { connection, display, cwd: io.cwd, signal: controller.signal });
  } finally {
    display.close();
    stopSignals();
    await connection.close();
  }
  return report(videos, outcomes, io, say);
}

/** Loads, compiles and prices the file; the videos, or the exit code when nothing may be sent. */
async function compileAndPrice(file: string, parsed: ParsedOptions, io: CommandIO, say: (text: string) => void): Promise<CompiledVideo[] | number> {
  let videos: CompiledVideo[];
  try {
    const compiled = await compileFile(file, parsed.select, io.stderr);
    if (compiled.failed) return EXIT.nothingSent;
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

interface RenderAllContext {
  connection: Connection;
  display: Display;
  cwd: string;
  signal: AbortSignal;
}

/** Renders every video; each one's failure, whatever it is, stays its own. */
async function renderAll(videos: CompiledVideo[], outputs: Array<Promise<string> | undefined>, parsed: ParsedOptions, ctx: RenderAllContext): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const lines = videos.map((v) => ctx.display.line(nameOf(v)));
  await pool(videos.length, parsed.concurrency, async (i) => {
    const video = videos[i]!;
    const line = lines[i]!;
    const started = Date.now();
    let jobKnown = false;
    try {
      const out = await outputs[i];
      const result = await renderCompiled(video, {
        client: ctx.connection.client,
        preview: parsed.preview,
        out,
        timeoutMs: parsed.timeoutMs,
        force: parsed.forced(nameOf(video)),
        preflight: false, // checked for the whole file above
        poll: ctx.connection.poll,
        // The embedded emulator's jobs die with this process: nothing to resume, so no journal.
        journal: ctx.connection.emulatorUrl ? false : undefined,
        cwd: ctx.cwd,
        signal: ctx.signal,
        onEvent: (event) => {
          if (event.type === 'submitted' || event.type === 'resumed') jobKnown = true;
          if (event.type === 'warning') ctx.display.note(`${nameOf(video)}: ${event.message}`);
          if (event.type !== 'estimate' || videos.length > 1) showEvent(line, event, parsed.preview);
        },
      });
      line.finish(true, doneText(result, Date.now() - started));
      outcomes[i] = { code: EXIT.ok, result };
    } catch (error) {
      outcomes[i] = failure(error, jobKnown);
      line.finish(false, outcomes[i]!.code === EXIT.interrupted ? 'interrupted' : firstLine(outcomes[i]!.message ?? ''));
      if (outcomes[i]!.code === EXIT.interrupted) outcomes[i]!.message = undefined;
    }
  });
  return outcomes;
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

/** Prints the failures (stderr) and results (stdout); returns the command's exit code. */
function report(videos: CompiledVideo[], outcomes: Outcome[], io: CommandIO, say: (text: string) => void): number {
  outcomes.forEach((o, i) => {
    if (o.message) say(`pictory-jsx: ${nameOf(videos[i]!)}: ${o.message}`);
  });
  outcomes.forEach(({ result }, i) => {
    if (!result) return;
    const where = result.file ?? result.videoUrl ?? result.previewUrl ?? result.jobId;
    io.stdout.write(videos.length === 1 ? `${where}\n` : `${nameOf(videos[i]!)}\t${where}\n`);
  });
  const codes = outcomes.map((o) => o.code);
  if (codes.includes(EXIT.interrupted)) return EXIT.interrupted;
  return Math.max(EXIT.ok, ...codes);
}

function nameOf(video: CompiledVideo): string {
  return renderable(video, '').body.videoName;
}

/**
 * `--out` per video, resolved and checked now, before anything is submitted (a rejected promise fails
 * only its own video): for one video the path itself (an existing folder: `<folder>/<videoName>.mp4`);
 * for several, a folder of `<videoName>.mp4` files (made unique).
 */
async function outPaths(videos: CompiledVideo[], out: string | undefined): Promise<Array<Promise<string> | undefined>> {
  if (out === undefined) return videos.map(() => undefined);
  const settle = (p: Promise<string>) => {
    p.catch(() => undefined); // handled when the video's turn comes
    return p;
  };
  if (videos.length === 1) return [settle(prepareOutput(out, nameOf(videos[0]!)))];
  const folderExists = await isFolder(out);
  const used = new Set<string>();
  return videos.map((v) => {
    const base = fileNameFor(nameOf(v)).replace(/\.mp4$/, '');
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return settle(prepareOutput(join(out, `${name}.mp4`), nameOf(v), { folderMeansInside: false }).catch((error: unknown) => {
      if (!folderExists && PictoryError.is(error)) {
        throw Object.assign(error, { message: `${error.message} (with several videos, --out is a folder)` });
      }
      throw error;
    }));
  });
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
