/**
 * The one table of Pictory facts the DSL relies on: the AI models with their prices, durations and aspect
 * ratios, and the values Pictory's v2 storyboard API accepts for aspect ratio, media style and language
 * (as its API reference and its AI-visual guides give them).
 * The components' TypeScript prop types and the compiler's runtime checks are both derived from it:
 * add a model here and it becomes a valid `model=` value, with its durations and price, everywhere.
 */

/** AI image models (`background.type: "image"`), priced per generated image. */
export const IMAGE_MODELS = {
  'flux-schnell': { label: 'Flux', creditsPerImage: 0.6, aspectRatios: ['1:1', '16:9', '9:16'] },
  'seedream3.0': { label: 'Seedream', creditsPerImage: 2, aspectRatios: ['1:1', '16:9', '9:16'] },
  nanobanana: { label: 'Nano Banana', creditsPerImage: 4, aspectRatios: ['1:1', '16:9', '9:16'] },
  'nanobanana-pro': { label: 'Nano Banana Pro', creditsPerImage: 14, aspectRatios: ['1:1', '16:9', '9:16'] },
} as const;

/**
 * AI video models (`background.type: "video"`), priced per second of the clip. The first duration is the
 * default (Pictory falls back to it when `videoDuration` is omitted), the first aspect ratio the fallback.
 */
export const VIDEO_MODELS = {
  'pixverse5.5': {
    label: 'Pixverse 5.5',
    creditsPerSecond: 1.6,
    durations: ['5s', '8s', '10s'],
    aspectRatios: ['16:9', '9:16', '1:1'],
  },
  'veo3.1_fast': {
    label: 'Veo 3.1 Fast',
    creditsPerSecond: 10,
    durations: ['4s', '6s', '8s'],
    aspectRatios: ['16:9', '9:16'],
  },
  'veo3.1': {
    label: 'Veo 3.1',
    creditsPerSecond: 20,
    durations: ['4s', '6s', '8s'],
    aspectRatios: ['16:9', '9:16'],
  },
} as const;

/** Values of the top-level `aspectRatio`. */
export const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:5'] as const;

/** `aiVisual.mediaStyle` values. */
export const MEDIA_STYLES = ['photorealistic', 'artistic', 'cartoon', 'minimalist', 'vintage', 'futuristic'] as const;

/** The 14 language codes of Pictory's API reference. */
export const LANGUAGES = ['en', 'zh', 'nl', 'fr', 'de', 'hi', 'it', 'ja', 'ko', 'mr', 'pt', 'ru', 'es', 'ta'] as const;
/** Six more codes listed only by Pictory's own skill repository: accepted, with a warning. */
export const LANGUAGES_UNCONFIRMED = ['ar', 'id', 'pl', 'tr', 'ur', 'vi'] as const;

/** Limits on numeric and text values. */
export const LIMITS = {
  promptMaxLength: 500,
  /** The older documents' prompt limit: longer prompts get a warning. */
  promptLegacyMaxLength: 250,
  storyMaxLength: 15_000,
  speed: { min: 50, max: 200 },
  amplificationLevel: { min: -1, max: 1 },
  volume: { min: 0, max: 1 },
} as const;

export type ImageModel = keyof typeof IMAGE_MODELS;
export type VideoModel = keyof typeof VIDEO_MODELS;
export type AIModel = ImageModel | VideoModel;
/** The durations one video model offers, e.g. `DurationOf<'veo3.1'>` is `'4s' | '6s' | '8s'`. */
export type DurationOf<M extends VideoModel> = (typeof VIDEO_MODELS)[M]['durations'][number];
export type AspectRatio = (typeof ASPECT_RATIOS)[number];
export type MediaStyle = (typeof MEDIA_STYLES)[number];
export type Language = (typeof LANGUAGES)[number] | (typeof LANGUAGES_UNCONFIRMED)[number];

export const IMAGE_MODEL_IDS = Object.keys(IMAGE_MODELS) as ImageModel[];
export const VIDEO_MODEL_IDS = Object.keys(VIDEO_MODELS) as VideoModel[];

export function isImageModel(model: string): model is ImageModel {
  return Object.hasOwn(IMAGE_MODELS, model);
}

export function isVideoModel(model: string): model is VideoModel {
  return Object.hasOwn(VIDEO_MODELS, model);
}

/** Seconds of a duration string such as `"6s"`. */
export function secondsOf(duration: string): number {
  return Number.parseInt(duration, 10);
}
