/**
 * `pictory-jsx render <file> [--preview] [--max-credits N] [--out FILE] [--timeout DUR] [--concurrency N] [--force]`
 *
 * Compiles every video the file yields (any error: nothing is sent), prints the estimate and applies
 * the budget to the file's total, then renders the videos, at most `--concurrency` at once, with one
 * status line each. Results go to stdout (one URL or file per video); everything else to stderr.
 *
 * Exit codes: 0 all done; 1 nothing was created (invalid input or options, over budget, credentials
 * or the request refused); 2 a job failed, timed out, or may exist without a result (an ambiguous
 * submit); 130 interrupted (jobs keep running; a re-run resumes them).
 */
import { join } from 'node:path';
import { BudgetExceededError, PictoryError } from '../../client/errors.js';
import { sumCredits } from '../../compiler/estimate.js';
import type { CompileResult } from '../../compiler/types.js';
import { checkBudget } from '../../runner/budget.js';
import { connect, type Connection } from '../../runner/connect.js';
import { formatDuration, parseDuration } from '../../runner/duration.js';
import { createDisplay, type StatusLine } from '../../runner/progress.js';
import { emulatorNotice, renderCompiled, type RenderEvent, type RenderResult } from '../../runner/render.js';
import { compileFile } from '../compile-file.js';
import { UserInputError } from '../errors.js';

export interface RenderCommandOptions {
  preview?: boolean;
  /** Refuse when the file's total estimate exceeds this. */
  maxCredits?: number | string;
  /** The video file; with several videos, a folder (one `<videoName>.mp4` each). */
  out?: string;
  /** Longest wait per video, e.g. `90s`, `20m`, `1h` (default 30m). */
  timeout?: string;
  /** Videos rendered at once (default 2). */
  concurrency?: number | string;
  /** Submit anew even when the journal holds a job for the same request. */
  force?: boolean;
  /** Redis URL: queue the videos for `pictory-jsx worker`s instead of rendering here (src/queue/). */
  queue?: string;
  /** With `queue`: enqueue, print the batch id and exit. */
  detach?: boolean;
}

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

const EXIT = { ok: 0, nothingSent: 1, jobProblem: 2, interrupted: 130 } as const;

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

  let videos: CompileResult[];
  try {
    const compiled = await compileFile(file, io.stderr);
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
  if (parsed.preview && parsed.out) {
    say('pictory-jsx: --out needs a rendered video; a --preview has none');
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
    if (!(error instanceof BudgetExceededError)) throw error;
    say(`pictory-jsx: over budget: ${error.message}`);
    return EXIT.nothingSent;
  }

  // --queue: the compiled, priced videos go to Redis for `pictory-jsx worker`s; no Pictory credentials here.
  if (options.queue !== undefined) {
    if (parsed.force) {
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
    connection = await connect({ env: io.env, log: display.note });
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

  const outputs = outPaths(videos, parsed.out);
  const results: Array<RenderResult | undefined> = [];
  const failures: string[] = [];
  const codes: number[] = [];
  const lines = videos.map((v) => display.line(v.request.videoName));
  try {
    await pool(videos.length, parsed.concurrency, async (i) => {
      const video = videos[i]!;
      const line = lines[i]!;
      const started = Date.now();
      let jobKnown = false;
      try {
        results[i] = await renderCompiled(video, {
          client: connection.client,
          preview: parsed.preview,
          out: outputs[i],
          timeoutMs: parsed.timeoutMs,
          force: parsed.force,
          // The embedded emulator's jobs die with this process: nothing to resume, so no journal.
          journal: connection.emulatorUrl ? false : undefined,
          cwd: io.cwd,
          signal: controller.signal,
          onEvent: (event) => {
            if (event.type === 'submitted' || event.type === 'resumed') jobKnown = true;
            if (event.type !== 'estimate' || videos.length > 1) showEvent(line, event, parsed.preview);
          },
        });
        line.finish(true, doneText(results[i]!, Date.now() - started));
        codes[i] = EXIT.ok;
      } catch (error) {
        if (!PictoryError.is(error)) throw error;
        codes[i] = exitCodeFor(error, jobKnown);
        if (error.type === 'abort') return line.finish(false, 'interrupted');
        line.finish(false, firstLine(error.message));
        failures.push(`${video.request.videoName}: ${error.message}`);
      }
    });
  } finally {
    display.close();
    stopSignals();
    await connection.close();
  }

  for (const failure of failures) say(`pictory-jsx: ${failure}`);
  results.forEach((result, i) => {
    if (!result) return;
    const where = result.file ?? result.videoUrl ?? result.previewUrl ?? result.jobId;
    io.stdout.write(videos.length === 1 ? `${where}\n` : `${videos[i]!.request.videoName}\t${where}\n`);
  });
  if (codes.includes(EXIT.interrupted)) return EXIT.interrupted;
  return Math.max(EXIT.ok, ...codes);
}

interface ParsedOptions {
  preview: boolean;
  force: boolean;
  maxCredits?: number;
  out?: string;
  timeoutMs?: number;
  concurrency: number;
}

/** Validated options, or the message explaining what is wrong. */
function parseOptions(options: RenderCommandOptions): ParsedOptions | string {
  const maxCredits = options.maxCredits === undefined ? undefined : Number(options.maxCredits);
  if (maxCredits !== undefined && !(Number.isFinite(maxCredits) && maxCredits >= 0)) {
    return `--max-credits expects a non-negative number, got ${String(options.maxCredits)}`;
  }
  const concurrency = options.concurrency === undefined ? 2 : Number(options.concurrency);
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) {
    return `--concurrency expects a whole number of at least 1, got ${String(options.concurrency)}`;
  }
  const timeoutMs = options.timeout === undefined ? undefined : parseDuration(options.timeout);
  if (options.timeout !== undefined && timeoutMs === undefined) {
    return `--timeout expects a duration such as 90s, 20m or 1h30m, got ${options.timeout}`;
  }
  return { preview: options.preview === true, force: options.force === true, maxCredits, out: options.out, timeoutMs, concurrency };
}

/**
 * 1 when no job can exist; 2 when one does or may (it failed, timed out, or its submit was ambiguous);
 * 130 when interrupted.
 */
function exitCodeFor(error: PictoryError, jobKnown: boolean): number {
  if (error.type === 'abort') return EXIT.interrupted;
  if (jobKnown || error.jobMayExist || error.type === 'job_failed' || error.type === 'timeout') return EXIT.jobProblem;
  return EXIT.nothingSent;
}

function showEvent(line: StatusLine, event: RenderEvent, preview: boolean): void {
  switch (event.type) {
    case 'estimate':
      line.update(`estimated ${event.credits.exact ? '' : 'up to '}${event.credits.total} credits`);
      break;
    case 'submitted':
      line.update(`submitted, job ${event.jobId}`);
      break;
    case 'resumed':
      line.update(`resuming job ${event.jobId} from the journal`);
      break;
    case 'progress': {
      const what = preview ? 'preparing preview' : 'rendering';
      const percent = event.progress === undefined ? '' : ` ${Math.round(event.progress)}%`;
      line.update(`${what}${percent}${event.message ? ` (${event.message})` : ''}`, event.progress);
      break;
    }
    case 'downloading': {
      const mb = (n: number) => (n / 1e6).toFixed(1);
      line.update(`downloading ${mb(event.received)}${event.total === undefined ? '' : `/${mb(event.total)}`} MB`);
      break;
    }
    case 'emulator':
    case 'retry':
      break;
  }
}

function doneText(result: RenderResult, elapsedMs: number): string {
  const used = result.aiCreditsUsed === undefined ? 'credits not reported' : `${result.aiCreditsUsed} credits`;
  const where = result.file ?? result.videoUrl ?? result.previewUrl ?? '';
  const resumed = result.resumed ? ', resumed' : '';
  return `done in ${formatDuration(elapsedMs)}${resumed} · ${used} (est. ${result.estimatedCredits}) · ${where}`;
}

/** `--out` per video: the file itself for one video; `<folder>/<videoName>.mp4` (made unique) for several. */
function outPaths(videos: CompileResult[], out: string | undefined): Array<string | undefined> {
  if (out === undefined) return videos.map(() => undefined);
  if (videos.length === 1) return [out];
  const used = new Set<string>();
  return videos.map((v) => {
    const base = v.request.videoName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'video';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return join(out, `${name}.mp4`);
  });
}

/** Runs `task(0…count-1)` with at most `limit` running at once. */
async function pool(count: number, limit: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
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

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!;
}
