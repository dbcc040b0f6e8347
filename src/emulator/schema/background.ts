/**
 * A scene's `background` and its extras.
 *
 * Rules (field names are the emulator's choice; the docs give none):
 * - at most one of `visualUrl`, `color`, `aiVisual`; a `searchFilter` only without them → `…background`;
 * - `type` required with `aiVisual` and matching the model's kind → `…background` (see `visual.ts`);
 * - `clips` only with `visualUrl` and `type: "video"` → `…background.clips`;
 * - `settings.loop`/`settings.mute` only on video backgrounds (an explicit `type: "image"`, or a colour) →
 *   `…background.settings.loop`/`.mute`;
 * - `settings.kenBurnsEffect` only on image backgrounds and never with `zoomAndPan` →
 *   `…background.settings.kenBurnsEffect`.
 */
import { z } from 'zod';
import { type ValidationRules, aiVisualSchema, checkAiVisual, colorOverlaySchema, searchFilterSchema } from './visual.js';
import { colour, timeRange, url } from './values.js';

const kenBurnsPoint = z.object({ zoom: z.number().positive(), centerX: z.number().min(0).max(1), centerY: z.number().min(0).max(1) });

const settingsSchema = z.object({
  mute: z.boolean().optional(),
  loop: z.boolean().optional(),
  zoomAndPan: z.boolean().optional(),
  kenBurnsEffect: z.boolean().optional(),
  videoKenBurns: z.object({ start: kenBurnsPoint, end: kenBurnsPoint }).optional(),
});

const motionGraphicsSchema = z.object({
  enabled: z.boolean().optional(),
  prompt: z.string().optional(),
  style: z.string().optional(),
});

/** The fields of a background object, without its cross-field rules (b-roll entries reuse them). */
function backgroundFields(rules: ValidationRules) {
  return {
    type: z.enum(['image', 'video'], { error: 'type must be "image" or "video"' }).optional(),
    visualUrl: url.optional(),
    color: colour.optional(),
    aiVisual: aiVisualSchema(rules).optional(),
    searchFilter: searchFilterSchema.optional(),
    clips: z.array(timeRange).min(1).optional(),
    colorOverlay: colorOverlaySchema.optional(),
    settings: settingsSchema.optional(),
    motionGraphics: motionGraphicsSchema.optional(),
  };
}

type BackgroundShape = z.infer<z.ZodObject<ReturnType<typeof backgroundFields>>>;

function checkBackground(background: BackgroundShape, rules: ValidationRules, ctx: z.RefinementCtx): void {
  const sources = (['visualUrl', 'color', 'aiVisual'] as const).filter((k) => background[k] !== undefined);
  if (sources.length > 1) {
    ctx.addIssue({
      code: 'custom',
      message: `Invalid background configuration: only one of visualUrl, color or aiVisual is allowed (got ${sources.join(', ')})`,
    });
  }
  if (background.searchFilter !== undefined && sources.length > 0) {
    ctx.addIssue({ code: 'custom', message: `Invalid background configuration: searchFilter cannot be combined with ${sources.join(', ')}` });
  }
  if (background.clips !== undefined && (background.visualUrl === undefined || background.type !== 'video')) {
    ctx.addIssue({ code: 'custom', path: ['clips'], message: 'clips are only allowed with visualUrl and type "video"' });
  }
  const settings = background.settings;
  const notVideo = background.type === 'image' || sources.length === 1 && background.color !== undefined;
  for (const key of ['loop', 'mute'] as const) {
    if (settings?.[key] !== undefined && notVideo) {
      ctx.addIssue({ code: 'custom', path: ['settings', key], message: `settings.${key} is only allowed on video backgrounds` });
    }
  }
  if (settings?.kenBurnsEffect === true) {
    if (background.type === 'video') {
      ctx.addIssue({ code: 'custom', path: ['settings', 'kenBurnsEffect'], message: 'kenBurnsEffect is only allowed on image backgrounds' });
    }
    if (settings.zoomAndPan === true) {
      ctx.addIssue({ code: 'custom', path: ['settings', 'kenBurnsEffect'], message: 'kenBurnsEffect and zoomAndPan are mutually exclusive' });
    }
  }
  if (background.aiVisual === undefined) return;
  if (background.type === undefined) {
    ctx.addIssue({ code: 'custom', message: 'Invalid background configuration: type is required with aiVisual' });
  }
  checkAiVisual(background.aiVisual, background.type, rules, ctx, 'background');
}

export function backgroundSchema(rules: ValidationRules) {
  return z.object(backgroundFields(rules)).superRefine((background, ctx) => checkBackground(background, rules, ctx));
}

/** One `backgroundBrolls` entry: a background cut over the base one, with its own time range. */
export function brollSchema(rules: ValidationRules) {
  return z
    .object({ ...backgroundFields(rules), brollClip: timeRange.optional() })
    .superRefine((background, ctx) => checkBackground(background, rules, ctx));
}

/** One `backgroundCorpus` entry: an image the engine may pick from. */
export const corpusItemSchema = z.object({
  visualUrl: url,
  type: z.literal('image', { error: 'type must be "image"' }).optional(),
  prefer: z.unknown().optional(),
});

export type BackgroundBody = z.infer<ReturnType<typeof backgroundSchema>>;
