/**
 * The render command's display of a batch. On a terminal that can hold it: a bounded live block, redrawn in
 * place (log-update) at most ten times a second — one counters line (`12/40 done · 3 rendering · 25 queued
 * · 41.2 of 57.6 credits`) and a window of the videos being rendered now, as many as the terminal's rows
 * allow. Elsewhere (pipes, CI logs, a terminal too small): plain lines, one when a video starts and one
 * when it ends (a single video also shows its progress in 25 % steps). A batch ends with one summary line.
 * Failures' messages are not shown here: the command prints each once, at the end.
 */
import { createLogUpdate } from 'log-update';
import { sumCredits } from '../../compiler/estimate.js';
import { formatDuration } from '../../runner/duration.js';
import type { BatchEvent, BatchResult, VideoOutcome } from '../../runner/render-all.js';
import { doneText, eventText } from './events.js';

export interface BatchDisplay {
  event(event: BatchEvent): void;
  /** A message printed above the live block (or as a plain line). */
  note(text: string): void;
  /** Stops redrawing and prints the summary line. */
  close(result?: BatchResult): void;
}

export interface BatchDisplayOptions {
  /** Force the live or the plain display; default: live when the stream is a terminal big enough. */
  live?: boolean;
  total: number;
  estimatedCredits: number;
  preview: boolean;
}

interface Active {
  name: string;
  text: string;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 100;
/** Below this, a live block would be mostly chrome: plain lines instead. */
const MIN_ROWS = 6;
const MIN_COLUMNS = 40;

/** Counters shared by both displays. */
class Tally {
  done = 0;
  failed = 0;
  rendering = 0;
  private used: number[] = [];
  constructor(readonly options: BatchDisplayOptions) {}

  finished(outcome: VideoOutcome): void {
    if (outcome.status === 'failed') this.failed += 1;
    else this.done += 1;
    if (outcome.status === 'rendered') this.used.push(outcome.result?.aiCreditsUsed ?? outcome.estimatedCredits);
  }

  line(): string {
    const { total, estimatedCredits } = this.options;
    const queued = total - this.done - this.failed - this.rendering;
    const parts = [`${this.done}/${total} done`];
    if (this.failed > 0) parts.push(`${this.failed} failed`);
    parts.push(`${this.rendering} ${this.options.preview ? 'preparing' : 'rendering'}`, `${queued} queued`);
    if (estimatedCredits > 0) parts.push(`${sumCredits(this.used)} of ${estimatedCredits} credits`);
    return parts.join(' · ');
  }
}

/** The summary line that ends every batch. */
export function summaryLine(result: BatchResult, preview: boolean): string {
  const count = result.outcomes.length;
  const what = preview ? 'preview' : 'video';
  const parts = [`${result.done} of ${count} ${what}${count === 1 ? '' : 's'} done`];
  if (result.failed > 0) parts.push(`${result.failed} failed`);
  const cached = result.outcomes.filter((o) => o.status === 'cached').length;
  const skipped = result.outcomes.filter((o) => o.status === 'skipped').length;
  if (cached > 0) parts.push(`${cached} from the draft cache`);
  if (skipped > 0) parts.push(`${skipped} skipped (file exists)`);
  parts.push(
    result.estimatedCredits === 0 && result.creditsUsed === 0
      ? 'no AI credits'
      : `${result.creditsUsed} credits${result.emulatorUrl ? ' (emulated, none spent)' : ' used'} of ${result.estimatedCredits} estimated`,
  );
  parts.push(formatDuration(result.wallMs));
  return parts.join(' · ');
}

export function createBatchDisplay(stream: NodeJS.WritableStream, options: BatchDisplayOptions): BatchDisplay {
  const tty = stream as NodeJS.WriteStream;
  const fits = tty.isTTY === true && (tty.rows ?? 0) >= MIN_ROWS && (tty.columns ?? 0) >= MIN_COLUMNS;
  return options.live ?? fits ? liveDisplay(tty, options) : plainDisplay(stream, options);
}

function liveDisplay(stream: NodeJS.WriteStream, options: BatchDisplayOptions): BatchDisplay {
  const tally = new Tally(options);
  const active = new Map<number, Active>();
  const log = createLogUpdate(stream);
  let frame = 0;
  let closed = false;
  const width = () => Math.max(MIN_COLUMNS, stream.columns || 80) - 1;
  const fit = (text: string) => ([...text].length > width() ? `${[...text].slice(0, width() - 1).join('')}…` : text);

  const draw = () => {
    // The block never exceeds the terminal: a counters line, then as many active videos as fit.
    const room = Math.max(1, (stream.rows || 24) - 4);
    const shown = [...active.values()];
    const lines = [fit(tally.line())];
    const names = Math.min(30, Math.max(0, ...shown.map((a) => a.name.length)));
    const visible = shown.length > room ? shown.slice(0, room - 1) : shown;
    for (const a of visible) lines.push(fit(`${SPINNER[frame % SPINNER.length]} ${a.name.padEnd(names)}  ${a.text}`));
    if (visible.length < shown.length) lines.push(`  … and ${shown.length - visible.length} more`);
    log(lines.join('\n'));
  };
  const timer = setInterval(() => {
    frame += 1;
    draw();
  }, REDRAW_MS);
  timer.unref();

  return {
    event(event) {
      if (closed) return;
      switch (event.type) {
        case 'started':
          tally.rendering += 1;
          active.set(event.index, { name: event.videoName, text: 'submitting' });
          break;
        case 'render': {
          const entry = active.get(event.index);
          const text = eventText(event.event, options.preview);
          if (entry && text) entry.text = text;
          break;
        }
        case 'done':
        case 'failed':
          if (active.delete(event.index)) tally.rendering -= 1;
          tally.finished(event.outcome);
          break;
        case 'batch':
          break;
      }
    },
    note(text) {
      if (closed) {
        stream.write(`${text}\n`);
        return;
      }
      log.clear();
      stream.write(`${text}\n`);
      draw();
    },
    close(result) {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      log.clear();
      log.done();
      if (result) stream.write(`${summaryLine(result, options.preview)}\n`);
    },
  };
}

function plainDisplay(stream: NodeJS.WritableStream, options: BatchDisplayOptions): BatchDisplay {
  const tally = new Tally(options);
  const single = options.total === 1;
  const buckets = new Map<number, number>();
  const running = new Set<number>();
  const say = (text: string) => stream.write(`${text}\n`);
  let closed = false;
  return {
    event(event) {
      switch (event.type) {
        case 'started':
          tally.rendering += 1;
          running.add(event.index);
          if (!single) say(`${event.videoName}: started · ${tally.line()}`);
          break;
        case 'render': {
          const text = eventText(event.event, options.preview);
          if (!single || !text) break;
          if (event.event.type === 'progress' || event.event.type === 'downloading') {
            const progress = event.event.type === 'progress' ? (event.event.progress ?? 0) : 100;
            const step = Math.floor(progress / 25) + (event.event.type === 'downloading' ? 10 : 0);
            if (buckets.get(event.index) === step) break;
            buckets.set(event.index, step);
          }
          say(`${event.videoName}: ${text}`);
          break;
        }
        case 'done':
        case 'failed':
          if (running.delete(event.index)) tally.rendering -= 1;
          tally.finished(event.outcome);
          say(`${event.videoName}: ${outcomeText(event.outcome)}${single ? '' : ` · ${tally.line()}`}`);
          break;
        case 'batch':
          break;
      }
    },
    note: say,
    close(result) {
      if (closed) return;
      closed = true;
      if (result && !single) say(summaryLine(result, options.preview)); // a single video's own line says it all
    },
  };
}

/** One finished video, in a few words (a failure's message is printed by the command, once). */
export function outcomeText(outcome: VideoOutcome): string {
  switch (outcome.status) {
    case 'failed':
      return 'failed (see below)';
    case 'skipped':
      return `skipped: ${outcome.file} exists`;
    case 'cached':
      return `unchanged: copied from the draft cache · ${outcome.file}`;
    case 'rendered':
      return doneText(outcome.result!, outcome.ms);
  }
}
