/**
 * A scene's `elements`: overlays drawn in array order, 1–20 per scene, each `text`, `shape`, `image` or
 * `video`.
 *
 * Rules: placement by a `position` preset or by `top` + `left` percentages, never both (→ `…position`);
 * `width`/`top`/`left` integer percentage strings; text ≤ 2,000 characters; a shape name from the catalog;
 * a media element has exactly one of `visualUrl`, `searchFilter` (only `query`) or `aiVisual` (→ the
 * element), its `aiVisual` matching the element type; `settings.loop`/`mute` only on video elements.
 * Shapes' `stroke`/`strokeWidth`/`borderRadius` pass validation on every shape (they only take effect on
 * basic shapes).
 */
import { z } from 'zod';
import { ELEMENT_POSITIONS, SHAPES, TEXT_VARIANTS } from '../vocabulary.js';
import { fontStyleSchema } from './fontStyle.js';
import { colour, oneOf, oneOfMany, percent, url } from './values.js';
import { type ValidationRules, aiVisualSchema, checkAiVisual, colorOverlaySchema, elementSearchFilterSchema } from './visual.js';

export const MAX_ELEMENTS = 20;
export const MAX_TEXT = 2000;

const placement = {
  position: oneOf(ELEMENT_POSITIONS, 'position').optional(),
  top: percent.optional(),
  left: percent.optional(),
  width: percent.optional(),
};

function checkPlacement(element: { position?: string; top?: string; left?: string }, ctx: z.RefinementCtx): void {
  if (element.position !== undefined && (element.top !== undefined || element.left !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['position'], message: 'position and top/left are mutually exclusive' });
  }
}

const textSchema = z
  .object({
    type: z.literal('text'),
    text: z
      .string({ error: 'text is required' })
      .min(1, { error: 'text is required' })
      .max(MAX_TEXT, { error: `text must be at most ${MAX_TEXT} characters` }),
    textVariant: oneOf(TEXT_VARIANTS, 'textVariant').optional(),
    style: fontStyleSchema.optional(),
    ...placement,
  })
  .superRefine(checkPlacement);

const shapeSchema = z
  .object({
    type: z.literal('shape'),
    name: oneOfMany(SHAPES, 'shape name'),
    fill: colour.optional(),
    stroke: colour.optional(),
    strokeWidth: z.number().min(0).optional(),
    borderRadius: z.number().min(0).optional(),
    ...placement,
  })
  .superRefine(checkPlacement);

function mediaSchema(type: 'image' | 'video', rules: ValidationRules) {
  return z
    .object({
      type: z.literal(type),
      visualUrl: url.optional(),
      searchFilter: elementSearchFilterSchema.optional(),
      aiVisual: aiVisualSchema(rules).optional(),
      colorOverlay: colorOverlaySchema.optional(),
      settings: z.object({ loop: z.boolean().optional(), mute: z.boolean().optional() }).optional(),
      ...placement,
    })
    .superRefine((element, ctx) => {
      checkPlacement(element, ctx);
      const sources = (['visualUrl', 'searchFilter', 'aiVisual'] as const).filter((k) => element[k] !== undefined);
      if (sources.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `Invalid ${type} element: exactly one of visualUrl, searchFilter or aiVisual is required (got ${sources.length === 0 ? 'none' : sources.join(', ')})`,
        });
      }
      if (type === 'image' && element.settings !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['settings'], message: 'settings (loop, mute) are only allowed on video elements' });
      }
      if (element.aiVisual !== undefined) checkAiVisual(element.aiVisual, type, rules, ctx, `${type} element`);
    });
}

export function elementSchema(rules: ValidationRules) {
  return z.discriminatedUnion(
    'type',
    [textSchema, shapeSchema, mediaSchema('image', rules), mediaSchema('video', rules)],
    { error: 'type must be one of text, shape, image, video' },
  );
}

export function elementsSchema(rules: ValidationRules) {
  return z
    .array(elementSchema(rules))
    .min(1, { error: `elements must have 1 to ${MAX_ELEMENTS} entries` })
    .max(MAX_ELEMENTS, { error: `elements must have 1 to ${MAX_ELEMENTS} entries` });
}

export type ElementBody = z.infer<ReturnType<typeof elementSchema>>;
