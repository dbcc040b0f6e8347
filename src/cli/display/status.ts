/**
 * The status display: one line per video. On a TTY the lines are redrawn in place (plain ANSI: cursor
 * up, clear line), at most ten times a second; elsewhere (pipes, CI logs) each notable change is printed
 * once as a plain line, and progress only every 25 %.
 */

/** One video's status line. */
export interface StatusLine {
  /** Replaces the line's text. `progress` (0–100) lets the plain display print only 25 % steps. */
  update(text: string, progress?: number): void;
  /** Final text; the line stops changing. */
  finish(ok: boolean, text: string): void;
}

export interface Display {
  line(name: string): StatusLine;
  /** A message printed above the live lines (or as a plain line). */
  note(text: string): void;
  /** Draws the final state and stops redrawing. */
  close(): void;
}

interface Entry {
  name: string;
  text: string;
  state: 'running' | 'ok' | 'failed';
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 100;

/** A live display when `stream` is a TTY (and `live` is not false), plain lines otherwise. */
export function createDisplay(stream: NodeJS.WritableStream, options: { live?: boolean } = {}): Display {
  const tty = (stream as { isTTY?: boolean }).isTTY === true;
  return options.live ?? tty ? liveDisplay(stream as NodeJS.WriteStream) : plainDisplay(stream);
}

function symbol(entry: Entry, frame: number): string {
  if (entry.state === 'ok') return '✔';
  if (entry.state === 'failed') return '✖';
  return SPINNER[frame % SPINNER.length]!;
}

function liveDisplay(stream: NodeJS.WriteStream): Display {
  const entries: Entry[] = [];
  let drawn = 0;
  let frame = 0;
  let closed = false;
  const width = () => Math.max(20, (stream.columns || 100) - 1);
  const nameWidth = () => Math.min(30, Math.max(0, ...entries.map((e) => e.name.length)));

  const draw = (before = '', final = false) => {
    if (entries.length === 0 && before === '') return;
    let out = drawn > 0 ? `\x1b[${drawn}A\r` : '';
    out += before;
    for (const entry of entries) {
      // Truncate to the terminal width while redrawing (a wrapped line would break the cursor
      // arithmetic); the final drawing is never redrawn, so it shows lines whole.
      const text = `${symbol(entry, frame)} ${entry.name.padEnd(nameWidth())}  ${entry.text}`;
      out += `\x1b[2K${!final && text.length > width() ? `${text.slice(0, width() - 1)}…` : text}\n`;
    }
    drawn = entries.length;
    stream.write(out);
  };
  const timer = setInterval(() => {
    frame += 1;
    draw();
  }, REDRAW_MS);
  timer.unref();

  return {
    line(name) {
      const entry: Entry = { name, text: 'queued', state: 'running' };
      entries.push(entry);
      return {
        update(text) {
          entry.text = text;
        },
        finish(ok, text) {
          entry.text = text;
          entry.state = ok ? 'ok' : 'failed';
          if (!closed) draw();
        },
      };
    },
    note(text) {
      if (closed) stream.write(`${text}\n`);
      else draw(`\x1b[2K${text}\n`);
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      draw('', true);
    },
  };
}

function plainDisplay(stream: NodeJS.WritableStream): Display {
  return {
    line(name) {
      let last = '';
      let bucket = -1;
      const print = (text: string) => {
        if (text === last) return;
        last = text;
        stream.write(`${name}: ${text}\n`);
      };
      return {
        update(text, progress) {
          if (progress !== undefined) {
            const step = Math.floor(progress / 25);
            if (step === bucket) return;
            bucket = step;
          }
          print(text);
        },
        finish(_ok, text) {
          print(text);
        },
      };
    },
    note(text) {
      stream.write(`${text}\n`);
    },
    close() {},
  };
}
