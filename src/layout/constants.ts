/**
 * Pictory's renderer geometry, as its own layout linter measured it frame by frame
 * (pictoryai/pictory-claude-skills, scripts/pictory_api.py).
 */

/** Text is measured at fontSize × 4/3 pixels on the reference canvas. */
export const PX_PER_FONT_SIZE = 4 / 3;
/** The text span is padded 0.25 em on each side: a line holds the box width less 0.5 em. */
export const SIDE_PADDING_EM = 0.25;
/** A line box is ascent + descent + 0.2 em (half of it above the ascent, half below the descent). */
export const LINE_GAP_EM = 0.2;
/** How far descenders (g, j, p, q, y) reach below the baseline, in em, for the ink box. */
export const DESCENDER_EM = 0.22;

/**
 * Fallback when a family has no bundled file, per reference canvas (measured on 1280×720 and 720×1280; they scale
 * with the canvas, so other aspects use the same per-pixel figures): characters per line ≈ width% × WRAP / fontSize,
 * line pitch ≈ fontSize / LINE % of the frame height, cap height ≈ fontSize / CAP %.
 */
export function fallbackConstants(frame: { width: number; height: number }): { wrap: number; line: number; cap: number } {
  return { wrap: (1750 / 1280) * frame.width, line: (4.5 / 720) * frame.height, cap: (7.2 / 720) * frame.height };
}

/** Pictory's linter's tolerances: overlap beyond 1 % in both axes; a label within 1 % (1.5 % on a pill) of its shape's centre. */
export const OVERLAP_TOLERANCE = 1;
export const CENTRE_TOLERANCE = 1;
export const PILL_CENTRE_TOLERANCE = 1.5;
/** A label's shape must be at least 2.2 cap heights tall. */
export const MIN_SHAPE_CAP_HEIGHTS = 2.2;
/** How far (percent) an element may cross the frame's edge before it counts as leaving it (rounding). */
export const FRAME_TOLERANCE = 0.5;
