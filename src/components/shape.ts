import { z } from 'zod';
import type { Color } from '../catalog/formats.js';
import { SHAPE_NAMES, shapeTakesBorderRadius, shapeTakesStroke, type ShapeName } from '../catalog/shapes.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defineComponent } from './define.js';
import { colorSchema, elementPlace, elementRules, placementShape } from './element-schema.js';
import type { Placement } from './placement.js';

export type ShapeProps = {
  /** → `name`: a basic shape (rectangle, circle, line) or one of Pictory's featured shapes (badge-1, arrow-3, …). */
  name: ShapeName;
  /** → `fill`: the fill colour (featured shapes: a recolour). */
  fill?: Color;
  /** → `stroke`: the outline colour (rectangle, circle and line only). */
  stroke?: Color;
  /** → `strokeWidth`: the outline's width, ≥ 0 (rectangle, circle and line only). */
  strokeWidth?: number;
  /** → `borderRadius`: rounded corners, ≥ 0 (rectangle only). */
  borderRadius?: number;
} & Placement;

const schema = z.strictObject({
  name: z.enum(SHAPE_NAMES as [ShapeName, ...ShapeName[]]),
  fill: colorSchema.optional(),
  stroke: colorSchema.optional(),
  strokeWidth: z.number().nonnegative().optional(),
  borderRadius: z.number().nonnegative().optional(),
  ...placementShape,
});

/** A shape over the scene: `elements[]` item `{type: "shape", name, fill, stroke, strokeWidth, borderRadius, …}`. */
export const Shape = defineComponent<ShapeProps>()({
  name: 'Shape',
  place: elementPlace,
  schema,
  emit: (p) => ({
    type: 'shape',
    name: p.name,
    fill: p.fill,
    stroke: p.stroke,
    strokeWidth: p.strokeWidth,
    borderRadius: p.borderRadius,
    position: p.position,
    top: p.top,
    left: p.left,
    width: p.width,
  }),
  rules: (node, context) => {
    const out: Diagnostic[] = elementRules(node, context);
    const { name } = node.props;
    if (!shapeTakesStroke(name)) {
      for (const prop of ['stroke', 'strokeWidth'] as const) {
        if (node.props[prop] !== undefined) out.push(report(node, 'shape-stroke-ignored', { prop, name }, prop));
      }
    }
    if (node.props.borderRadius !== undefined && !shapeTakesBorderRadius(name)) out.push(report(node, 'shape-radius-ignored', { name }, 'borderRadius'));
    return out;
  },
});
