/**
 * What the layout produces: every element of a scene as boxes on the frame, in percent of the frame
 * (x of its width, y of its height, origin top-left), plus the figures that explain them.
 */

/** A rectangle in percent of the frame. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The frame a scene is laid out on: its reference canvas, in pixels (text sizes are measured on it). */
export interface Frame {
  /** "16:9", "9:16", "1:1", "4:5" or "W:H" for a custom size. */
  aspectRatio: string;
  /** Reference canvas width and height in pixels (1280×720 for 16:9, 720×1280 for 9:16). */
  width: number;
  height: number;
}

/** `exact`: measured with the font's real metrics or the media's real size. `approximate`: calibrated constants or a default. */
export type Measure = 'exact' | 'approximate';

export interface TextLine {
  text: string;
  /** Width of the glyphs in reference pixels. */
  widthPx: number;
  /** Where the glyphs are drawn (percent of the frame): from the line's left edge, cap top to the descenders. */
  ink: Rect;
  /** Baseline and cap top, percent of the frame height (their midpoint is the line's optical centre). */
  baseline: number;
  capTop: number;
}

export interface TextLayout {
  kind: 'text';
  index: number;
  /** The element's box: its width, and lines × line pitch high. */
  box: Rect;
  /** The glyphs actually drawn: from the first line's cap top to the last baseline (plus descenders), across the widest line. */
  ink: Rect;
  lines: TextLine[];
  /** The text as drawn (after `case`). */
  text: string;
  fontFamily: string;
  bold: boolean;
  italic: boolean;
  /** Pictory fontSize, and the pixel size it is measured at on the reference canvas (fontSize × 4/3). */
  fontSize: number;
  fontPx: number;
  /** The bundled font file the text was measured with (absent when approximate). */
  fontFile?: string;
  /** Room for one line inside the box's 0.25 em side padding, reference pixels. */
  availablePx: number;
  /** Width of the whole text set on one line, reference pixels. */
  naturalWidthPx: number;
  /** Distance between consecutive lines, percent of the frame height. */
  pitch: number;
  /** Cap height, percent of the frame height. */
  capHeight: number;
  alignment: 'left' | 'center' | 'right';
  /** `style.backgroundColor` as written (undefined: Pictory's default strip). */
  backgroundColor?: string;
  showBoxBackground: boolean;
  measure: Measure;
}

export interface ShapeLayout {
  kind: 'shape';
  index: number;
  name: string;
  box: Rect;
  /** Pixel aspect (width ÷ height) the box was drawn at. */
  aspect: number;
  /** Whether `width` and a placement were written (else Pictory's defaults, which we guess). */
  widthGiven: boolean;
  placed: boolean;
  measure: Measure;
}

export interface MediaLayout {
  kind: 'media';
  index: number;
  type: 'image' | 'video';
  source: 'ai' | 'stock' | 'url';
  box: Rect;
  /** Pixel aspect of the media (width ÷ height): read from the file, else 16:9. */
  aspect: number;
  measure: Measure;
}

export type ElementLayout = TextLayout | ShapeLayout | MediaLayout;

export interface SubtitleLayout {
  /** The band the subtitles occupy: paragraphWidth wide, maxSubtitleLines lines high, at the style's position. */
  box: Rect;
  fontFamily: string;
  fontSize: number;
  fontPx: number;
  lines: number;
  pitch: number;
  alignment: 'left' | 'center' | 'right';
  /** Always approximate: Pictory does not publish its subtitle margins and default size. */
  measure: Measure;
}

export interface BackgroundLayout {
  kind: 'color' | 'ai' | 'stock' | 'url' | 'none';
  overlay: boolean;
}

export interface SceneLayout {
  frame: Frame;
  elements: ElementLayout[];
  subtitles?: SubtitleLayout;
  background: BackgroundLayout;
}
