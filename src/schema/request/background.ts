/**
 * A scene's `background` (and its b-roll cuts and image pool): one source, and the settings that act on it.
 */
import { z } from 'zod';
import { SEARCH_LIMITS, STOCK_CATEGORY_VALUES, STOCK_LIBRARIES } from '../../catalog/search.js';
import { AIVisualSchema, kindOf } from './ai-visual.js';
import { ClipSchema, ColorOverlaySchema, color, fail, has, oneOf, text, url, type Ctx } from './values.js';

const zoomPoint = z.strictObject({
  zoom: z.number().positive(),
  centerX: z.number().min(0).max(1),
  centerY: z.number().min(0).max(1),
});

export const StockSearchSchema = z.strictObject({
  query: text,
  keywords: z
    .array(z.string().min(SEARCH_LIMITS.keywordLength.min).max(SEARCH_LIMITS.keywordLength.max))
    .min(SEARCH_LIMITS.keywords.min)
    .max(SEARCH_LIMITS.keywords.max)
    .optional(),
  category: oneOf(STOCK_CATEGORY_VALUES).optional(),
  libraries: z
    .array(oneOf(STOCK_LIBRARIES))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'a library is listed twice')
    .optional(),
});

const backgroundShape = {
  type: z.enum(['image', 'video']).optional(),
  visualUrl: url.optional(),
  color: color.optional(),
  aiVisual: AIVisualSchema.optional(),
  searchFilter: StockSearchSchema.optional(),
  clips: z.array(ClipSchema).min(1).optional(),
  colorOverlay: ColorOverlaySchema.optional(),
  settings: z
    .strictObject({
      loop: z.boolean().optional(),
      mute: z.boolean().optional(),
      zoomAndPan: z.boolean().optional(),
      kenBurnsEffect: z.boolean().optional(),
      videoKenBurns: z.strictObject({ start: zoomPoint, end: zoomPoint }).optional(),
    })
    .optional(),
  motionGraphics: z
    .strictObject({ enabled: z.boolean(), prompt: text.optional(), style: text.optional() })
    .optional(),
};

type BackgroundLike = z.infer<z.ZodObject<typeof backgroundShape>>;

const BACKGROUND_SOURCES = ['visualUrl', 'color', 'aiVisual', 'searchFilter'] as const;

function checkBackground(bg: BackgroundLike, ctx: Ctx) {
  const sources = BACKGROUND_SOURCES.filter((field) => has(bg[field]));
  if (sources.length !== 1) {
    fail(ctx, [], `a background takes exactly one of visualUrl, color, aiVisual, searchFilter (found ${sources.length ? sources.join(', ') : 'none'})`);
  }
  if (bg.aiVisual) {
    const kind = kindOf(bg.aiVisual.model);
    if (bg.type !== kind) fail(ctx, ['type'], `\`type: "${kind}"\` is required with ${bg.aiVisual.model}`);
  }
  if (has(bg.color) && has(bg.type)) fail(ctx, ['type'], 'a colour background has no `type` (ours)');
  if (has(bg.clips) && !(has(bg.visualUrl) && bg.type === 'video')) {
    fail(ctx, ['clips'], '`clips` trims a video from a URL: it needs `visualUrl` and `type: "video"`');
  }
  const settings = bg.settings ?? {};
  if (has(settings.kenBurnsEffect) && bg.type !== 'image') {
    fail(ctx, ['settings', 'kenBurnsEffect'], '`kenBurnsEffect` is for image backgrounds (`type: "image"`)');
  }
  if (settings.kenBurnsEffect && settings.zoomAndPan) {
    fail(ctx, ['settings', 'kenBurnsEffect'], '`kenBurnsEffect` and `zoomAndPan` are exclusive');
  }
  for (const field of ['loop', 'mute'] as const) {
    if (has(settings[field]) && (bg.type === 'image' || has(bg.color))) {
      fail(ctx, ['settings', field], `\`${field}\` is for video backgrounds (ours: Pictory ignores it)`);
    }
  }
}

export const BackgroundSchema = z.strictObject(backgroundShape).superRefine(checkBackground);

/** `backgroundBrolls[]`: a background cut over the base one, optionally only for `brollClip`. */
export const BrollSchema = z
  .strictObject({ ...backgroundShape, brollClip: ClipSchema.optional() })
  .superRefine(checkBackground);

/** `backgroundCorpus[]`: an image pool the engine picks from. */
export const CorpusImageSchema = z.strictObject({
  visualUrl: url,
  type: z.literal('image'),
  prefer: z.boolean().optional(),
});
