/**
 * Which `aiVisual` fields each kind of AI model takes (backgrounds and media elements alike). Source: the
 * `aiVisual` extra fields and the AI models table in Pictory's skill repository (pictoryai/pictory-claude-skills,
 * references/request-schema.md). The models themselves, their prices and durations are in catalog.ts.
 */
import type { ImageModel } from './catalog.js';

/** Image models that edit a given picture (`referenceImageUrl`); the others only generate. */
export const IMAGE_EDIT_MODELS = ['seedream3.0', 'nanobanana'] as const satisfies readonly ImageModel[];

export const AI_VISUAL_LIMITS = {
  /** `referenceImageUrls` (video models): 1–2 URLs, and never with `firstFrameImageUrl`. */
  referenceImageUrls: { min: 1, max: 2 },
} as const;

/** `aiVisual` fields only a video model takes. */
export const VIDEO_ONLY_AI_FIELDS = ['videoDuration', 'firstFrameImageUrl', 'referenceImageUrls'] as const;
/** `aiVisual` fields only an image model takes (and of those, only the editing ones). */
export const IMAGE_ONLY_AI_FIELDS = ['referenceImageUrl'] as const;

export type ImageEditModel = (typeof IMAGE_EDIT_MODELS)[number];

export function isImageEditModel(model: string): model is ImageEditModel {
  return (IMAGE_EDIT_MODELS as readonly string[]).includes(model);
}
