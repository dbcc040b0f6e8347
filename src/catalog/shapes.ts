/**
 * Pictory's shape catalog (`elements[].name` of `type: "shape"`). Source: the shape catalog and rendering notes
 * in Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md and the layout
 * constants of scripts/pictory_api.py, which were measured against rendered frames).
 *
 * `aspect` is width ÷ height in pixels where known: rectangle and circle render square in pixels (height % of
 * frame = width % × frame aspect), a line is a 300:16 bar, a pill about 4.1:1. Pictory's linter also measured
 * that a plain rectangle without `borderRadius` renders percent-square (height % = width %): `percentSquareWhenSharp`.
 * Featured shapes keep their artwork's aspect, which is not published: `aspect: null`.
 */

/** Basic shapes: the only ones on which `stroke`/`strokeWidth` (all three) and `borderRadius` (rectangle) act. */
export const BASIC_SHAPES = {
  rectangle: { aspect: 1, stroke: true, borderRadius: true, percentSquareWhenSharp: true },
  circle: { aspect: 1, stroke: true, borderRadius: false, percentSquareWhenSharp: false },
  line: { aspect: 300 / 16, stroke: true, borderRadius: false, percentSquareWhenSharp: false },
} as const;

/** Featured shapes (artwork): they take a `fill` recolour only; other style fields pass and do nothing. */
export const FEATURED_SHAPES = [
  'badge-1', 'badge-2', 'badge-3', 'badge-4', 'badge-5', 'badge-6', 'badge-7', 'badge-8', 'quote-1', 'quote-2',
  'quote-3', 'quote-4', 'quote-5', 'quote-6', 'arrow-1', 'arrow-2', 'arrow-3', 'arrow-4', 'arrow-5', 'arrow-6',
  'arrow-7', 'arrow-8', 'arrow-9', 'arrow-10', 'arrow-11', 'arrow-12', 'arrow-13', 'arrow-14', 'arrow-15',
  'arrow-16', 'arrow-17', 'arrow-18', 'arrow-19', 'geometry-1', 'geometry-2', 'geometry-3', 'geometry-4',
  'geometry-5', 'geometry-6', 'geometry-7', 'geometry-8', 'geometry-10', 'doodle-1', 'doodle-2', 'doodle-3',
  'doodle-4', 'doodle-5', 'doodle-6', 'doodle-7', 'doodle-8', 'doodle-9', 'doodle-10', 'doodle-11',
  'doodle-12', 'star-1', 'star-2', 'star-3', 'star-4', 'star-5', 'star-6', 'cross-1', 'cross-2', 'cross-3',
  'cross-4', 'cross-5', 'cross-6', 'cross-7', 'cross-8', 'checkmark-1', 'checkmark-2', 'checkmark-3',
  'checkmark-4', 'checkmark-5', 'checkmark-6', 'data-device-1', 'data-device-2', 'data-device-3',
  'data-device-4', 'data-device-5', 'data-device-6', 'data-device-7', 'data-device-8', 'blob-1', 'blob-2',
  'blob-3', 'blob-4', 'blob-5', 'blob-6', 'blob-7', 'blob-8', 'blob-9', 'word-1', 'word-2', 'word-3', 'word-4',
  'word-5', 'word-6', 'word-7', 'word-8', 'word-9', 'line-1', 'line-2', 'line-3', 'line-4', 'line-5', 'line-6',
  'line-7', 'line-8', 'line-9', 'line-10', 'line-11', 'line-12', 'line-13', 'line-14', 'line-15', 'line-16',
  'line-17', 'speech-bubble-2', 'speech-bubble-3', 'speech-bubble-4', 'speech-bubble-5', 'speech-bubble-6',
  'speech-bubble-7', 'square-1', 'square-2', 'square-3', 'square-4', 'square-5', 'heart-1', 'heart-2',
  'heart-3', 'thumbs-up', 'gift', 'leaves', 'paperplane', 'idea-bulb', 'pill',
] as const;

/** Known aspects (width ÷ height, pixels) of featured shapes. */
export const FEATURED_SHAPE_ASPECTS: Partial<Record<FeaturedShape, number>> = { pill: 4.1 };

export type BasicShape = keyof typeof BASIC_SHAPES;
export type FeaturedShape = (typeof FEATURED_SHAPES)[number];
export type ShapeName = BasicShape | FeaturedShape;

export const SHAPE_NAMES: readonly ShapeName[] = [...(Object.keys(BASIC_SHAPES) as BasicShape[]), ...FEATURED_SHAPES];

export function isBasicShape(name: string): name is BasicShape {
  return Object.hasOwn(BASIC_SHAPES, name);
}

export function isShapeName(name: string): name is ShapeName {
  return isBasicShape(name) || (FEATURED_SHAPES as readonly string[]).includes(name);
}

/** Pixel aspect (width ÷ height) of a shape, or `undefined` when Pictory has not published it. */
export function shapeAspect(name: ShapeName): number | undefined {
  return isBasicShape(name) ? BASIC_SHAPES[name].aspect : FEATURED_SHAPE_ASPECTS[name];
}

/** Whether `stroke`/`strokeWidth` change how the shape looks (else they are accepted and ignored). */
export function shapeTakesStroke(name: ShapeName): boolean {
  return isBasicShape(name) && BASIC_SHAPES[name].stroke;
}

/** Whether `borderRadius` changes how the shape looks (rectangle only). */
export function shapeTakesBorderRadius(name: ShapeName): boolean {
  return isBasicShape(name) && BASIC_SHAPES[name].borderRadius;
}
