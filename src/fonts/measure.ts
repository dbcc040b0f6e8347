/**
 * Text width with real metrics: the sum of advance widths plus pair kerning, scaled to a pixel size. This is what
 * a browser or canvas computes for unshaped Latin text; the layout wraps with it.
 */
import type { FontMetrics } from './sfnt.js';

/** Width of `text` in pixels at `px` pixels per em. */
export function textWidth(text: string, metrics: FontMetrics, px: number): number {
  let units = 0;
  let previous: number | undefined;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    units += metrics.advance(cp);
    if (previous !== undefined) units += metrics.kerning(previous, cp);
    previous = cp;
  }
  return (units * px) / metrics.unitsPerEm;
}

/** Whether the font has a glyph for every non-space character of `text` (else the renderer falls back). */
export function fontCovers(text: string, metrics: FontMetrics): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp > 0x20 && !metrics.covers(cp)) return false;
  }
  return true;
}
