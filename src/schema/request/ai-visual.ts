/**
 * `aiVisual`: an AI-generated image or clip, on a background or a media element.
 */
import { z } from 'zod';
import {
  IMAGE_MODEL_IDS,
  LIMITS,
  MEDIA_STYLES,
  VIDEO_MODEL_IDS,
  VIDEO_MODELS,
  isImageModel,
  isVideoModel,
  type AIModel,
} from '../../catalog/catalog.js';
import { AI_VISUAL_LIMITS, isImageEditModel } from '../../catalog/ai-media.js';
import { fail, has, oneOf, text, url } from './values.js';

const aiModel = oneOf<AIModel>([...IMAGE_MODEL_IDS, ...VIDEO_MODEL_IDS]);

/** `aiVisual` on a background or a media element; which fields apply depends on the model. */
export const AIVisualSchema = z
  .strictObject({
    model: aiModel,
    prompt: text.max(LIMITS.promptMaxLength).optional(),
    mediaStyle: oneOf(MEDIA_STYLES).optional(),
    videoDuration: z.string().optional(),
    visualContinuity: z.boolean().optional(),
    firstFrameImageUrl: url.optional(),
    referenceImageUrls: z.array(url).min(AI_VISUAL_LIMITS.referenceImageUrls.min).max(AI_VISUAL_LIMITS.referenceImageUrls.max).optional(),
    referenceImageUrl: url.optional(),
  })
  .superRefine((ai, ctx) => {
    if (isImageModel(ai.model)) {
      for (const field of ['videoDuration', 'firstFrameImageUrl', 'referenceImageUrls'] as const) {
        if (has(ai[field])) fail(ctx, [field], `\`${field}\` is for video models; ${ai.model} makes images`);
      }
      if (has(ai.referenceImageUrl) && !isImageEditModel(ai.model)) {
        fail(ctx, ['referenceImageUrl'], `${ai.model} does not edit images: \`referenceImageUrl\` needs seedream3.0 or nanobanana`);
      }
    }
    if (isVideoModel(ai.model)) {
      const durations: readonly string[] = VIDEO_MODELS[ai.model].durations;
      if (has(ai.videoDuration) && !durations.includes(ai.videoDuration!)) {
        fail(ctx, ['videoDuration'], `${ai.model} offers ${durations.join(', ')}`);
      }
      if (has(ai.referenceImageUrl)) fail(ctx, ['referenceImageUrl'], '`referenceImageUrl` is for image models');
      if (has(ai.firstFrameImageUrl) && has(ai.referenceImageUrls)) {
        fail(ctx, ['referenceImageUrls'], '`referenceImageUrls` and `firstFrameImageUrl` are exclusive');
      }
    }
  });

/** The media kind an AI model produces: `"image"` or `"video"`. */
export function kindOf(model: AIModel): 'image' | 'video' {
  return isVideoModel(model) ? 'video' : 'image';
}
