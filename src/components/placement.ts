/**
 * Where an overlay element sits on the frame, and the colour overlay of media elements: public types only
 * (their zod checks are in `element-schema.ts`, so the published declarations never load zod).
 */
import type { Color, Percentage } from '../catalog/formats.js';
import type { ElementPosition } from '../catalog/positions.js';

/** A preset `position`, or `top` + `left` coordinates: never both. `width` is always allowed. */
export type Placement =
  | {
      /** → `position`: a preset on the 3×3 grid (`center` is `center-center`). */
      position?: ElementPosition;
      top?: never;
      left?: never;
      /** → `width`: the box's width as a percentage of the frame's, e.g. `"30%"`. */
      width?: Percentage;
    }
  | {
      position?: never;
      /** → `top`: the box's top edge, a percentage of the frame's height from the top (with `left`). */
      top: Percentage;
      /** → `left`: the box's left edge, a percentage of the frame's width from the left (with `top`). */
      left: Percentage;
      /** → `width`: the box's width as a percentage of the frame's, e.g. `"30%"`. */
      width?: Percentage;
    };

/** → `colorOverlay`: a tint over an image or clip. */
export interface Overlay {
  /** → `colorOverlay.color`: an opaque colour (an alpha is dropped by Pictory: use `opacity`). */
  color: Color;
  /** → `colorOverlay.opacity`: 0–1 (Pictory's default 0.4). */
  opacity?: number;
}
