/**
 * Fitting the draft's own labels (the AI placeholder, fallback notes, captions of specs without a design): word-wrap
 * to a pixel width, shrink to a line budget, truncate as a last resort. The design itself (text elements, shapes,
 * subtitles) is placed by the shared layout (`src/layout/`), never here.
 */
import { textWidth } from '../fonts/measure.js';
import type { FontMetrics } from '../fonts/sfnt.js';

/** Wrapped text at a chosen size; all lengths in pixels. */
export interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  /** Width of the widest line. */
  width: number;
  /** Baseline offset of the first line from the block's top. */
  ascent: number;
  /** From the top of the first line to the bottom of the last line's descenders. */
  height: number;
}

export interface FitOptions {
  maxWidth: number;
  maxLines: number;
  /** Preferred font size; reduced step by step (down to `minSize`) until the text fits in `maxLines`. */
  size: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineSpacing?: number;
}

const ELLIPSIS = '…';

/** Width of `text` in pixels at `size`. */
export function measureText(text: string, metrics: FontMetrics, size: number): number {
  return textWidth(text, metrics, size);
}

/**
 * Wraps `text` (whitespace collapsed, explicit newlines kept) into at most `maxLines` balanced lines no wider than
 * `maxWidth`, shrinking the font towards `minSize` first and ending the last line with "…" if it still does not fit.
 */
export function fitText(text: string, metrics: FontMetrics, options: FitOptions): TextBlock {
  const { maxWidth, maxLines, minSize, lineSpacing = 1.25 } = options;
  let size = options.size;
  let lines = wrap(text, metrics, size, maxWidth);
  while (lines.length > maxLines && size > minSize) {
    size = Math.max(minSize, Math.floor(size * 0.92));
    lines = wrap(text, metrics, size, maxWidth);
  }
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = withEllipsis(lines[maxLines - 1], metrics, size, maxWidth);
  } else {
    lines = balance(text, metrics, size, maxWidth, lines.length);
  }
  const lineHeight = Math.round(size * lineSpacing);
  const ascent = Math.round((metrics.ascender * size) / metrics.unitsPerEm);
  const descent = Math.round((metrics.descender * size) / metrics.unitsPerEm);
  return {
    lines,
    size,
    lineHeight,
    width: Math.ceil(Math.max(0, ...lines.map((line) => measureText(line, metrics, size)))),
    ascent,
    height: lines.length === 0 ? 0 : (lines.length - 1) * lineHeight + ascent + descent,
  };
}

function wrap(text: string, metrics: FontMetrics, size: number, maxWidth: number): string[] {
  const fits = (candidate: string) => measureText(candidate, metrics, size) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word;
      if (fits(joined)) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      // A single word wider than the line is broken between characters.
      while (!fits(line)) {
        const chars = Array.from(line);
        let cut = 1;
        while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut++;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Re-wraps at the narrowest width that still needs only `lineCount` lines, so lines come out of similar length
 * instead of a full first line and a lone word on the last.
 */
function balance(text: string, metrics: FontMetrics, size: number, maxWidth: number, lineCount: number): string[] {
  let low = 0;
  let high = maxWidth;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (wrap(text, metrics, size, middle).length <= lineCount) high = middle;
    else low = middle;
  }
  return wrap(text, metrics, size, high);
}

function withEllipsis(line: string, metrics: FontMetrics, size: number, maxWidth: number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && measureText(chars.join('') + ELLIPSIS, metrics, size) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}
