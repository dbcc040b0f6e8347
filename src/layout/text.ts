/**
 * A text element's layout: the variant's defaults under its style, the text wrapped to the box with the font's
 * real advance widths (or Pictory's constants when the family is not bundled), and where the glyphs land.
 *
 * Vertical model (Pictory's, calibrated on rendered frames): each line box is ascent + descent + 0.2 em, the
 * extra 0.2 em split evenly above and below, so a line's baseline sits 0.1 em + ascent below its top and its cap
 * top a cap height above that. Horizontally the span is padded 0.25 em each side and lines align inside it.
 */
import { DEFAULT_FONT } from '../catalog/fonts.js';
import { DEFAULT_TEXT_VARIANT, TEXT_VARIANTS, type TextVariant } from '../catalog/text-variants.js';
import { fontCovers, textWidth } from '../fonts/measure.js';
import type { FontProvider } from '../fonts/provider.js';
import type { PictoryElement } from '../schema/request.js';
import {
  DESCENDER_EM,
  LINE_GAP_EM,
  PX_PER_FONT_SIZE,
  SIDE_PADDING_EM,
  fallbackConstants,
} from './constants.js';
import { pxToX, pxToY } from './frame.js';
import { percent, place } from './placement.js';
import type { Frame, Rect, TextLayout, TextLine } from './types.js';
import { applyCase, wrapWords } from './wrap.js';

export type TextElement = Extract<PictoryElement, { type: 'text' }>;

const DESCENDERS = /[gjpqyQ,;()[\]{}|/\\]/;

/** Vertical metrics of a line, in em. */
interface EmMetrics {
  ascent: number;
  descent: number;
  cap: number;
}

export function layoutText(el: TextElement, index: number, frame: Frame, fonts: FontProvider): TextLayout {
  const style = el.style ?? {};
  const variant = TEXT_VARIANTS[(el.textVariant ?? DEFAULT_TEXT_VARIANT) as TextVariant] ?? TEXT_VARIANTS.body;
  const fontSize = style.fontSize ?? variant.fontSize;
  const fontPx = fontSize * PX_PER_FONT_SIZE;
  const widthPct = percent(el.width) ?? percent(variant.width) ?? 37;
  const fontFamily = style.fontFamily ?? DEFAULT_FONT;
  const decorations = style.decorations ?? [];
  const bold = decorations.includes('bold');
  const italic = decorations.includes('italics');
  const text = applyCase(el.text, style.case);
  const alignment = style.alignment ?? 'center';

  const boxPx = (widthPct / 100) * frame.width;
  const availablePx = boxPx - 2 * SIDE_PADDING_EM * fontPx;
  const font = fonts(fontFamily, bold);
  const exact = font !== undefined && fontCovers(text, font.metrics);

  let measure: (line: string) => number;
  let em: EmMetrics;
  if (exact) {
    const m = font.metrics;
    measure = (line) => textWidth(line, m, fontPx);
    em = { ascent: m.ascender / m.unitsPerEm, descent: m.descender / m.unitsPerEm, cap: m.capHeight / m.unitsPerEm };
  } else {
    // Pictory's constants: one character ≈ fontSize / WRAP of the frame width; pitch and cap height per fontSize.
    const c = fallbackConstants(frame);
    const charPx = (fontSize / c.wrap) * frame.width;
    measure = (line) => [...line].length * charPx;
    const pitchEm = frame.height / 100 / c.line / PX_PER_FONT_SIZE;
    const capEm = frame.height / 100 / c.cap / PX_PER_FONT_SIZE;
    // Split the constant pitch like a typical font: the cap height centred in the line box, descent the rest.
    const ascent = pitchEm / 2 - LINE_GAP_EM / 2 + capEm / 2;
    em = { ascent, descent: pitchEm - LINE_GAP_EM - ascent, cap: capEm };
  }
  // With the constants the per-character budget already includes the padding (that is how it was calibrated).
  const wrapPx = exact ? availablePx : boxPx;
  const wrapped = wrapWords(text, (line) => measure(line) <= wrapPx);
  const pitchPx = (em.ascent + em.descent + LINE_GAP_EM) * fontPx;
  const heightPct = pxToY(frame, wrapped.length * pitchPx);
  const fallbackPosition = style.position ?? variant.position;
  const { left, top } = place(el, fallbackPosition, widthPct, heightPct);
  const box: Rect = { left, top, width: widthPct, height: heightPct };

  const innerLeft = left + pxToX(frame, SIDE_PADDING_EM * fontPx);
  const innerRight = left + widthPct - pxToX(frame, SIDE_PADDING_EM * fontPx);
  const lines: TextLine[] = wrapped.map((line, i) => {
    const widthPx = measure(line);
    const w = pxToX(frame, widthPx);
    const x = alignment === 'left' ? innerLeft : alignment === 'right' ? innerRight - w : (innerLeft + innerRight - w) / 2;
    const baseline = top + pxToY(frame, i * pitchPx + (LINE_GAP_EM / 2 + em.ascent) * fontPx);
    const capTop = baseline - pxToY(frame, em.cap * fontPx);
    const bottom = baseline + (DESCENDERS.test(line) ? pxToY(frame, DESCENDER_EM * fontPx) : 0);
    return { text: line, widthPx, baseline, capTop, ink: { left: x, top: capTop, width: w, height: bottom - capTop } };
  });

  const last = lines[lines.length - 1];
  const inkBottom = last.ink.top + last.ink.height;
  const inkLeft = Math.min(...lines.map((l) => l.ink.left));
  const inkRight = Math.max(...lines.map((l) => l.ink.left + l.ink.width));
  const ink: Rect = { left: inkLeft, top: lines[0].ink.top, width: inkRight - inkLeft, height: inkBottom - lines[0].ink.top };

  return {
    kind: 'text',
    index,
    box,
    ink,
    lines,
    text,
    fontFamily,
    bold,
    italic,
    fontSize,
    fontPx,
    fontFile: exact ? font.path : undefined,
    availablePx,
    naturalWidthPx: measure(text.replace(/\s+/g, ' ').trim()),
    pitch: pxToY(frame, pitchPx),
    capHeight: pxToY(frame, em.cap * fontPx),
    alignment,
    backgroundColor: style.backgroundColor,
    showBoxBackground: style.showBoxBackground === true,
    measure: exact ? 'exact' : 'approximate',
  };
}
