/**
 * Where a scene's subtitles sit: a band `paragraphWidth` wide (80 % by default) and `maxSubtitleLines` lines high
 * (2 by default) at the style's `position` (bottom-center by default), kept 5 % from the frame's edge it is
 * anchored to. Pictory publishes neither that margin nor the default size, so the band is approximate.
 */
import { DEFAULT_FONT } from '../catalog/fonts.js';
import { presetAnchor } from '../catalog/positions.js';
import type { PictoryFontStyle } from '../schema/request.js';
import { LINE_GAP_EM, PX_PER_FONT_SIZE } from './constants.js';
import { pxToY } from './frame.js';
import { percent } from './placement.js';
import type { Frame, SubtitleLayout } from './types.js';
import type { FontProvider } from '../fonts/provider.js';

const DEFAULT_SUBTITLE_FONT_SIZE = 32;
const DEFAULT_PARAGRAPH_WIDTH = 80;
const DEFAULT_LINES = 2;
const EDGE_MARGIN = 5;

export function layoutSubtitles(
  style: PictoryFontStyle,
  maxLines: number | undefined,
  frame: Frame,
  fonts: FontProvider,
): SubtitleLayout {
  const fontFamily = style.fontFamily ?? DEFAULT_FONT;
  const fontSize = style.fontSize ?? DEFAULT_SUBTITLE_FONT_SIZE;
  const fontPx = fontSize * PX_PER_FONT_SIZE;
  const font = fonts(fontFamily, (style.decorations ?? []).includes('bold'));
  const lineEm = font ? (font.metrics.ascender + font.metrics.descender) / font.metrics.unitsPerEm : 1.2;
  const pitch = pxToY(frame, (lineEm + LINE_GAP_EM) * fontPx);
  const lines = maxLines ?? DEFAULT_LINES;
  const width = percent(style.paragraphWidth) ?? DEFAULT_PARAGRAPH_WIDTH;
  const height = lines * pitch;
  const anchor = presetAnchor(style.position ?? 'bottom-center');
  const along = (a: number, size: number) => (a === 0 ? EDGE_MARGIN : a === 1 ? 100 - EDGE_MARGIN - size : (100 - size) / 2);
  return {
    box: { left: along(anchor.x, width), top: along(anchor.y, height), width, height },
    fontFamily,
    fontSize,
    fontPx,
    lines,
    pitch,
    alignment: style.alignment ?? 'center',
    measure: 'approximate',
  };
}
