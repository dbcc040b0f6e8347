/**
 * Scene overlay elements (`scenes[].elements[]`): text, shape, image and video.
 */
import { z } from 'zod';
import { STORYBOARD_LIMITS } from '../../catalog/limits.js';
import { SHAPE_NAMES } from '../../catalog/shapes.js';
import { TEXT_VARIANT_NAMES } from '../../catalog/text-variants.js';
import { AIVisualSchema, kindOf } from './ai-visual.js';
import { TextStyleSchema } from './font-style.js';
import {
  ColorOverlaySchema,
  checkPlacement,
  color,
  fail,
  has,
  nonNegative,
  oneOf,
  placementShape,
  text,
  url,
  type Ctx,
} from './values.js';

export const TextElementSchema = z
  .strictObject({
    type: z.literal('text'),
    text: text.max(STORYBOARD_LIMITS.textMaxLength),
    textVariant: oneOf(TEXT_VARIANT_NAMES).optional(),
    style: TextStyleSchema.optional(),
    ...placementShape,
  })
  .superRefine(checkPlacement);

export const ShapeElementSchema = z
  .strictObject({
    type: z.literal('shape'),
    name: oneOf(SHAPE_NAMES),
    fill: color.optional(),
    stroke: color.optional(),
    strokeWidth: nonNegative.optional(),
    borderRadius: nonNegative.optional(),
    ...placementShape,
  })
  .superRefine(checkPlacement);

const mediaShape = {
  visualUrl: url.optional(),
  searchFilter: z.strictObject({ query: text }).optional(),
  aiVisual: AIVisualSchema.optional(),
  colorOverlay: ColorOverlaySchema.optional(),
  ...placementShape,
};

function checkMedia(el: z.infer<z.ZodObject<typeof mediaShape>> & { type: 'image' | 'video' }, ctx: Ctx) {
  checkPlacement(el, ctx);
  const sources = (['visualUrl', 'searchFilter', 'aiVisual'] as const).filter((field) => has(el[field]));
  if (sources.length !== 1) {
    fail(ctx, [], `a media element takes exactly one of visualUrl, searchFilter, aiVisual (found ${sources.length ? sources.join(', ') : 'none'})`);
  }
  if (el.aiVisual && kindOf(el.aiVisual.model) !== el.type) {
    fail(ctx, ['aiVisual', 'model'], `${el.aiVisual.model} makes ${kindOf(el.aiVisual.model)}s, not ${el.type}s`);
  }
}

export const ImageElementSchema = z
  .strictObject({ type: z.literal('image'), ...mediaShape })
  .superRefine(checkMedia);

export const VideoElementSchema = z
  .strictObject({
    type: z.literal('video'),
    ...mediaShape,
    settings: z.strictObject({ loop: z.boolean().optional(), mute: z.boolean().optional() }).optional(),
  })
  .superRefine(checkMedia);

export const ElementSchema = z.discriminatedUnion('type', [
  TextElementSchema,
  ShapeElementSchema,
  ImageElementSchema,
  VideoElementSchema,
]);
