/**
 * One AI visual (a background's or a media element's `aiVisual`) with every fallback resolved and priced:
 * the aspect ratio falls back to the model's first supported one, an omitted or invalid `videoDuration` to
 * the model's shortest; an image costs the model's per-image rate, a clip its per-second rate × seconds.
 */
import { type AspectRatio, findModel } from './catalog.js';
import { visualCostHundredths } from './credits.js';
import type { AiVisualBody } from './validate.js';

export interface PlannedVisual {
  type: 'image' | 'video';
  model: string;
  prompt?: string;
  mediaStyle?: string;
  /** Resolved clip length, e.g. `"5s"` (video models only). */
  videoDuration?: string;
  /** The aspect ratio the model generates in (the request's, or the model's first when unsupported). */
  aspectRatio: AspectRatio;
  visualContinuity?: boolean;
  firstFrameImageUrl?: string;
  referenceImageUrls?: string[];
  referenceImageUrl?: string;
  costHundredths: number;
}

export function planVisual(aiVisual: AiVisualBody, aspectRatio: AspectRatio): PlannedVisual {
  // Validation guarantees the model is known.
  const model = findModel(aiVisual.model)!;
  const ratio = model.aspectRatios.includes(aspectRatio) ? aspectRatio : model.aspectRatios[0];
  const { prompt, mediaStyle, visualContinuity, firstFrameImageUrl, referenceImageUrls, referenceImageUrl } = aiVisual;
  const base = {
    type: model.kind,
    model: aiVisual.model,
    prompt,
    mediaStyle,
    aspectRatio: ratio,
    ...defined({ visualContinuity, firstFrameImageUrl, referenceImageUrls, referenceImageUrl }),
  };
  if (model.kind === 'image') return { ...base, costHundredths: visualCostHundredths(model, 0) };
  const asked = model.durations.find((s) => `${s}s` === aiVisual.videoDuration);
  const seconds = asked ?? model.durations[0];
  return { ...base, videoDuration: `${seconds}s`, costHundredths: visualCostHundredths(model, seconds) };
}

/** `object` without its undefined entries. */
function defined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}
