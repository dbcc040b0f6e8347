/**
 * A shape element's box. Pictory renders `rectangle` and `circle` square in pixels (height % = width % × frame
 * aspect), a `line` as a 300:16 bar, a `pill` at about 4.1:1; a plain sharp rectangle (no `borderRadius`) comes
 * out percent-square instead (height % = width %), as measured on rendered frames. Featured artwork keeps an aspect
 * Pictory does not publish: it is drawn square and marked approximate, as is a shape without `width` or placement.
 */
import { isShapeName, shapeAspect } from '../catalog/shapes.js';
import type { PictoryElement } from '../schema/request.js';
import { frameAspect } from './frame.js';
import { percent, place } from './placement.js';
import type { Frame, ShapeLayout } from './types.js';

export type ShapeElement = Extract<PictoryElement, { type: 'shape' }>;

/** Width Pictory gives a shape without `width` is not published; this is our guess, marked approximate. */
const DEFAULT_SHAPE_WIDTH = 20;

export function layoutShape(el: ShapeElement, index: number, frame: Frame): ShapeLayout {
  const known = isShapeName(el.name) ? shapeAspect(el.name) : undefined;
  const width = percent(el.width) ?? DEFAULT_SHAPE_WIDTH;
  const percentSquare = el.name === 'rectangle' && !el.borderRadius;
  const aspect = percentSquare ? frameAspect(frame) : (known ?? 1);
  const height = (width * frameAspect(frame)) / aspect;
  const placed = el.top !== undefined || el.position !== undefined;
  // Shapes without a placement collapse onto the top-right anchor (Pictory's design guide).
  const { left, top } = place(el, 'top-right', width, height);
  const exact = known !== undefined && percent(el.width) !== undefined && placed;
  return {
    kind: 'shape',
    index,
    name: el.name,
    box: { left, top, width, height },
    aspect,
    widthGiven: percent(el.width) !== undefined,
    placed,
    measure: exact ? 'exact' : 'approximate',
  };
}
