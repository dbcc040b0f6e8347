/**
 * Rectangle arithmetic for the lint (percent of the frame), and the rectangles an element really covers:
 * a text's glyph lines (not its box), a shape's or media's box — shortened to the least it can be when its
 * aspect is only assumed, so an overlap is reported only when it holds whatever the true aspect is.
 */
import { frameAspect } from '../frame.js';
import type { ElementLayout, Frame, Rect } from '../types.js';

export const right = (r: Rect) => r.left + r.width;
export const bottom = (r: Rect) => r.top + r.height;
export const centreX = (r: Rect) => r.left + r.width / 2;
export const centreY = (r: Rect) => r.top + r.height / 2;

export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.left && x <= right(r) && y >= r.top && y <= bottom(r);
}

/** The overlap of two rectangles along each axis (0 when apart). */
export function intersection(a: Rect, b: Rect): { x: number; y: number } {
  return {
    x: Math.max(0, Math.min(right(a), right(b)) - Math.max(a.left, b.left)),
    y: Math.max(0, Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top)),
  };
}

export function union(rects: Rect[]): Rect {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return { left, top, width: Math.max(...rects.map(right)) - left, height: Math.max(...rects.map(bottom)) - top };
}

/** Widest plausible media (21:9) and featured artwork (4:1) when their real aspect is not known. */
const WIDEST_MEDIA = 21 / 9;
const WIDEST_ARTWORK = 4;

/** The rectangles an element covers for overlap and frame checks; empty when its geometry is a guess. */
export function coverage(el: ElementLayout, frame: Frame): Rect[] {
  if (el.kind === 'text') return el.lines.map((line) => line.ink);
  if (el.kind === 'shape') {
    if (!el.widthGiven || !el.placed) return [];
    if (el.measure === 'exact') return [el.box];
    return [{ ...el.box, height: Math.min(el.box.height, (el.box.width * frameAspect(frame)) / WIDEST_ARTWORK) }];
  }
  if (el.measure === 'exact') return [el.box];
  return [{ ...el.box, height: Math.min(el.box.height, (el.box.width * frameAspect(frame)) / WIDEST_MEDIA) }];
}

/** The element's visible extent used to find what it sits on: a text's glyphs, else its box. */
export function extent(el: ElementLayout): Rect {
  return el.kind === 'text' ? el.ink : el.box;
}
