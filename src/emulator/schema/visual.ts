/**
 * The visual sources shared by backgrounds and media elements: `aiVisual` (an AI-generated image or clip),
 * `searchFilter` (a stock search) and `colorOverlay`, and the check tying an `aiVisual` to its `type`.
 *
 * aiVisual rules: `model` required and known; `type` must match the model's kind; `videoDuration` only on
 * video models (an invalid one falls back, or is rejected with `invalidDuration: 'reject'`);
 * `firstFrameImageUrl` and `referenceImageUrls` (1–2) only on video models and not together;
 * `referenceImageUrl` only on image models that edit (seedream3.0, nanobanana).
 */
import { z } from 'zod';
import { MEDIA_STYLES, findModel } from '../catalog.js';
import { CATEGORIES, EDITING_IMAGE_MODELS, STOCK_LIBRARIES } from '../vocabulary.js';
import { colour, oneOf, oneOfMany, opacity, url } from './values.js';

/** Validation settings that come from `EmulatorOptions`. */
export interface ValidationRules {
  promptMaxLength: number;
  invalidDuration: 'fallback' | 'reject';
}

export function aiVisualSchema(rules: ValidationRules) {
  return z.object({
    prompt: z
      .string()
      .max(rules.promptMaxLength, { error: `prompt must be at most ${rules.promptMaxLength} characters` })
      .optional(),
    model: z.string({ error: 'model is required' }),
    mediaStyle: oneOf(MEDIA_STYLES, 'mediaStyle').optional(),
    videoDuration: z.string().optional(),
    visualContinuity: z.boolean().optional(),
    firstFrameImageUrl: url.optional(),
    referenceImageUrls: z
      .array(url)
      .min(1, { error: 'referenceImageUrls must have 1 or 2 URLs' })
      .max(2, { error: 'referenceImageUrls must have 1 or 2 URLs' })
      .optional(),
    referenceImageUrl: url.optional(),
  });
}

export type AiVisualBody = z.infer<ReturnType<typeof aiVisualSchema>>;

/**
 * Check an `aiVisual` against its owner's `type` (a background's `type`, which may be missing, or a media
 * element's element type). Issues about the pairing are reported on the owner (named `owner` in the
 * message: "Invalid background configuration: …"), the others under its `aiVisual`.
 */
export function checkAiVisual(
  visual: AiVisualBody,
  type: 'image' | 'video' | undefined,
  rules: ValidationRules,
  ctx: z.RefinementCtx,
  owner: string,
): void {
  const at = (...path: string[]) => ['aiVisual', ...path];
  if (type === 'image' && visual.videoDuration !== undefined) {
    ctx.addIssue({ code: 'custom', path: at('videoDuration'), message: 'videoDuration is not allowed when type is "image"' });
  }
  const model = findModel(visual.model);
  if (model === undefined) {
    ctx.addIssue({ code: 'custom', path: at('model'), message: `Unknown AI model "${visual.model}"` });
    return;
  }
  if (type !== undefined && type !== model.kind) {
    ctx.addIssue({ code: 'custom', message: `Invalid ${owner} configuration: type must be "${model.kind}" for model ${visual.model}` });
  }
  if (model.kind === 'video') {
    if (
      rules.invalidDuration === 'reject' &&
      visual.videoDuration !== undefined &&
      !model.durations.some((s) => `${s}s` === visual.videoDuration)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: at('videoDuration'),
        message: `Invalid videoDuration for model ${visual.model}: expected one of ${model.durations.map((s) => `"${s}s"`).join(', ')}`,
      });
    }
    if (visual.firstFrameImageUrl !== undefined && visual.referenceImageUrls !== undefined) {
      ctx.addIssue({ code: 'custom', path: at('referenceImageUrls'), message: 'referenceImageUrls and firstFrameImageUrl are mutually exclusive' });
    }
    if (visual.referenceImageUrl !== undefined) {
      ctx.addIssue({ code: 'custom', path: at('referenceImageUrl'), message: `referenceImageUrl is only for image models that edit (${EDITING_IMAGE_MODELS.join(', ')}); video models take referenceImageUrls` });
    }
    return;
  }
  if (visual.videoDuration !== undefined && type === undefined) {
    ctx.addIssue({ code: 'custom', path: at('videoDuration'), message: `videoDuration is not allowed with the image model ${visual.model}` });
  }
  for (const key of ['firstFrameImageUrl', 'referenceImageUrls'] as const) {
    if (visual[key] !== undefined) {
      ctx.addIssue({ code: 'custom', path: at(key), message: `${key} is only for video models, not ${visual.model}` });
    }
  }
  if (visual.referenceImageUrl !== undefined && !EDITING_IMAGE_MODELS.includes(visual.model)) {
    ctx.addIssue({ code: 'custom', path: at('referenceImageUrl'), message: `referenceImageUrl needs an image model that edits (${EDITING_IMAGE_MODELS.join(', ')}), not ${visual.model}` });
  }
}

const keyword = z
  .string()
  .min(2, { error: 'each keyword must have 2 to 100 characters' })
  .max(100, { error: 'each keyword must have 2 to 100 characters' });

/** A background's stock search. */
export const searchFilterSchema = z.object({
  query: z.string().min(1).optional(),
  keywords: z
    .array(keyword)
    .min(1, { error: 'keywords must have 1 to 10 entries' })
    .max(10, { error: 'keywords must have 1 to 10 entries' })
    .optional(),
  category: oneOfMany(CATEGORIES, 'category ("Parent" or "Parent/Child" from the category list)').optional(),
  libraries: z.array(oneOf(STOCK_LIBRARIES, 'library')).optional(),
});

export type SearchFilterBody = z.infer<typeof searchFilterSchema>;

/** A media element's stock search: only `query` (other keys are stripped). */
export const elementSearchFilterSchema = z.object({ query: z.string().min(1, { error: 'query is required' }) });

/** A tint over a visual; the colour's alpha is dropped by Pictory (use `opacity`). */
export const colorOverlaySchema = z.object({ color: colour, opacity: opacity.optional() });
