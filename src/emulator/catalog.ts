/**
 * The emulator's own table of Pictory facts: AI models, their rates, durations and aspect ratios, and the
 * enumerations the storyboard body accepts, as Pictory's API reference and its seed guides give them.
 *
 * Deliberately independent of `src/catalog`: the emulator is a second, separate reading of the docs, so a
 * mistake in one table shows up as a disagreement in tests instead of being copied into both.
 *
 * Credit rates are stored in integer hundredths of a credit so that sums and products are exact
 * (`1.6 × 8` is 1280 hundredths, i.e. 12.8, never 12.800000000000001).
 */

/** An AI image model: billed per generated image. */
export interface ImageModel {
  kind: 'image';
  /** Credits per image, in hundredths. */
  rateHundredths: number;
  /** Supported aspect ratios; the first one is the fallback. */
  aspectRatios: readonly AspectRatio[];
}

/** An AI video model: billed per generated second. */
export interface VideoModel {
  kind: 'video';
  /** Credits per second of clip, in hundredths. */
  rateHundredths: number;
  /** Offered clip lengths in whole seconds, shortest (the default) first. */
  durations: readonly number[];
  /** Supported aspect ratios; the first one is the fallback. */
  aspectRatios: readonly AspectRatio[];
}

export type AiModel = ImageModel | VideoModel;

/** Storyboard `aspectRatio` values (the docs' enum). */
export const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:5'] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

/** The aspect ratio assumed when a request names none (undocumented; 16:9 is the likely default). */
export const DEFAULT_ASPECT_RATIO: AspectRatio = '16:9';

/**
 * Language codes. The docs list 14; Pictory's official skill lists 20 (adding ar, id, pl, tr, ur, vi).
 * The emulator accepts all 20, the lenient reading.
 */
export const LANGUAGES = [
  'zh', 'nl', 'en', 'fr', 'de', 'hi', 'it', 'ja', 'ko', 'mr', 'pt', 'ru', 'es', 'ta',
  'ar', 'id', 'pl', 'tr', 'ur', 'vi',
] as const;

/** `aiVisual.mediaStyle` values. */
export const MEDIA_STYLES = ['photorealistic', 'artistic', 'cartoon', 'minimalist', 'vintage', 'futuristic'] as const;

const IMAGE_RATIOS: readonly AspectRatio[] = ['1:1', '16:9', '9:16'];

/**
 * Every model the emulator accepts. `titan` (named only by one older guide, with no rate anywhere) is
 * absent on purpose: the emulator cannot bill it honestly, so it answers 400 "unknown model" like any other
 * name it does not know.
 */
export const MODELS: Readonly<Record<string, AiModel>> = {
  'flux-schnell': { kind: 'image', rateHundredths: 60, aspectRatios: IMAGE_RATIOS },
  'seedream3.0': { kind: 'image', rateHundredths: 200, aspectRatios: IMAGE_RATIOS },
  nanobanana: { kind: 'image', rateHundredths: 400, aspectRatios: IMAGE_RATIOS },
  'nanobanana-pro': { kind: 'image', rateHundredths: 1400, aspectRatios: IMAGE_RATIOS },
  'pixverse5.5': { kind: 'video', rateHundredths: 160, durations: [5, 8, 10], aspectRatios: ['16:9', '9:16', '1:1'] },
  'veo3.1_fast': { kind: 'video', rateHundredths: 1000, durations: [4, 6, 8], aspectRatios: ['16:9', '9:16'] },
  'veo3.1': { kind: 'video', rateHundredths: 2000, durations: [4, 6, 8], aspectRatios: ['16:9', '9:16'] },
};

/** The model called `name`, or undefined when the emulator does not know it. */
export function findModel(name: string): AiModel | undefined {
  return Object.hasOwn(MODELS, name) ? MODELS[name] : undefined;
}

/** Frame size used for an aspect ratio when the request gives no `videoWidth`/`videoHeight`. */
export const FRAME_SIZES: Readonly<Record<AspectRatio, { width: number; height: number }>> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 720, height: 720 },
  '4:5': { width: 720, height: 900 },
};
