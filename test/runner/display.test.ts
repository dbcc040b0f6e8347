import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/runner/duration.js';
import { createDisplay } from '../../src/cli/display/status.js';

function stream(tty: boolean, columns?: number) {
  const chunks: string[] = [];
  const s = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(s, { isTTY: tty, columns, text: () => chunks.join('') });
}

describe('status display', () => {
  it('plain (not a TTY): one line per change, progress only in 25 % steps', () => {
    const out = stream(false);
    const display = createDisplay(out);
    const line = display.line('promo');
    line.update('submitted, job 1');
    line.update('submitted, job 1');
    for (const p of [0, 5, 20, 26, 49, 51, 80, 99]) line.update(`rendering ${p}%`, p);
    line.finish(true, 'done');
    display.close();
    expect(out.text()).toBe(
      ['submitted, job 1', 'rendering 0%', 'rendering 26%', 'rendering 51%', 'rendering 80%', 'done'].map((t) => `promo: ${t}\n`).join(''),
    );
  });

  it('live (TTY): redraws the block in place, truncated to the width, and ends with whole lines', () => {
    const out = stream(true, 30);
    const display = createDisplay(out);
    const a = display.line('a');
    const b = display.line('b');
    a.finish(true, 'done · https://example.invalid/a-rather-long-url.mp4');
    b.finish(false, 'failed');
    display.note('a note');
    display.close();
    const text = out.text();
    expect(text).toContain('\x1b[2A'); // back up over the two lines before redrawing
    expect(text).toContain('✔ a  done · https://example.…\n'); // truncated to 29 columns while live
    expect(text.endsWith('\x1b[2K✔ a  done · https://example.invalid/a-rather-long-url.mp4\n\x1b[2K✖ b  failed\n')).toBe(true);
    expect(text).toContain('\x1b[2Ka note\n');
  });
});

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['20m', 1_200_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1_500],
    ['1500ms', 1_500],
    ['45', 45_000],
  ])('parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '0s', '-5s', '10 minutes', '5x'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());

  it('formats', () => {
    expect([250, 5_000, 90_000, 5_400_000].map(formatDuration)).toEqual(['250ms', '5s', '1m30s', '1h30m']);
  });
});
