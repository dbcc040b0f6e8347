import { z } from 'zod';
import { VIDEO_MODELS, VIDEO_MODEL_IDS, secondsOf, type DurationOf, type MediaStyle, type VideoModel } from '../catalog/catalog.js';
import { AI_VISUAL_LIMITS } from '../catalog/ai-media.js';
import { report } from '../diagnostics/catalogue.js';
import { defineComponent } from './define.js';
import { elementPlace } from './element-schema.js';
import { mediaRules, mediaShape, mediaSource, urlSchema } from './media-element.js';
import type { Overlay, Placement } from './placement.js';

/** The AI props, absent from a clip that is not generated. */
interface NotGenerated {
  model?: never;
  duration?: never;
  prompt?: never;
  mediaStyle?: never;
  visualContinuity?: never;
  firstFrameImageUrl?: never;
  referenceImageUrls?: never;
}

/** An AI-generated clip of one model: `duration` is narrowed to what that model offers. */
interface Generated<M extends VideoModel> {
  /** → `aiVisual.model`: the video model, priced per second of clip (see the catalog). */
  model: M;
  /** → `aiVisual.videoDuration`. Omitted: the model's shortest (and cheapest) duration. */
  duration?: DurationOf<M>;
  /** → `aiVisual.prompt` (≤ 500 characters). */
  prompt?: string;
  /** → `aiVisual.mediaStyle`: for video models it only matters without a prompt. */
  mediaStyle?: MediaStyle;
  /** → `aiVisual.visualContinuity`: keep the look consistent with the other AI visuals. */
  visualContinuity?: boolean;
  src?: never;
  query?: never;
}

/** A generated clip starts from a given picture, or follows 1–2 reference pictures; never both. */
type Guide =
  | {
      /** → `aiVisual.firstFrameImageUrl`: the picture the clip starts from (not with `referenceImageUrls`). */
      firstFrameImageUrl?: string;
      referenceImageUrls?: never;
    }
  | {
      /** → `aiVisual.referenceImageUrls`: 1–2 pictures that guide the clip (not with `firstFrameImageUrl`). */
      referenceImageUrls?: readonly string[];
      firstFrameImageUrl?: never;
    };

/** Exactly one source: your file, a stock search, or an AI model (one member per model of the catalog). */
type ClipSource =
  | ({
      /** → `visualUrl`: URL of your video clip. */
      src: string;
      query?: never;
    } & NotGenerated)
  | ({
      /** → `searchFilter.query`: a stock search (a clip with no match is dropped by Pictory). */
      query: string;
      src?: never;
    } & NotGenerated)
  | ({ [M in VideoModel]: Generated<M> }[VideoModel] & Guide);

export type ClipProps = ClipSource & {
  /** → `settings.loop`: loop the clip to fill the scene (Pictory's default: true). */
  loop?: boolean;
  /** → `settings.mute`: silence the clip's own audio (Pictory's default: true). */
  mute?: boolean;
  /** → `colorOverlay`: a tint over the clip, `{ color, opacity }`. */
  overlay?: Overlay;
} & Placement;

type Duration = DurationOf<VideoModel>;
const allDurations = [...new Set(Object.values(VIDEO_MODELS).flatMap((m) => m.durations))] as [Duration, ...Duration[]];

const schema = z.strictObject({
  ...mediaShape,
  model: z.enum(VIDEO_MODEL_IDS as [VideoModel, ...VideoModel[]]).optional(),
  // Which durations a given model offers is checked by the rules below, with a model-specific message.
  duration: z.enum(allDurations).optional(),
  firstFrameImageUrl: urlSchema.optional(),
  referenceImageUrls: z.array(urlSchema).min(AI_VISUAL_LIMITS.referenceImageUrls.min).max(AI_VISUAL_LIMITS.referenceImageUrls.max).readonly().optional(),
  loop: z.boolean().optional(),
  mute: z.boolean().optional(),
});

/** The duration billed: the one asked for when the model offers it, else the model's default (shortest). */
function durationOf(model: VideoModel, duration: string | undefined): string {
  const offered: readonly string[] = VIDEO_MODELS[model].durations;
  return duration !== undefined && offered.includes(duration) ? duration : offered[0];
}

/** A video clip over the scene: `elements[]` item `{type: "video", visualUrl | searchFilter | aiVisual, settings, …}`. */
export const Clip = defineComponent<ClipProps>()({
  name: 'Clip',
  place: elementPlace,
  schema,
  emit: (p) => ({
    type: 'video',
    ...mediaSource(
      p,
      p.model === undefined
        ? undefined
        : {
            model: p.model,
            prompt: p.prompt,
            mediaStyle: p.mediaStyle,
            videoDuration: p.duration,
            visualContinuity: p.visualContinuity,
            firstFrameImageUrl: p.firstFrameImageUrl,
            referenceImageUrls: p.referenceImageUrls,
          },
    ),
    colorOverlay: p.overlay,
    settings: p.loop === undefined && p.mute === undefined ? undefined : { loop: p.loop, mute: p.mute },
    position: p.position,
    top: p.top,
    left: p.left,
    width: p.width,
  }),
  rules: (node, context) => {
    const out = mediaRules(node, context, ['duration', 'prompt', 'mediaStyle', 'visualContinuity', 'firstFrameImageUrl', 'referenceImageUrls']);
    const { model, duration, firstFrameImageUrl, referenceImageUrls } = node.props;
    if (model === undefined) return out;
    const offered: readonly string[] = VIDEO_MODELS[model].durations;
    if (duration !== undefined && !offered.includes(duration)) {
      out.push(report(node, 'duration-not-offered', { model, duration, offered: offered.join(', '), fallback: offered[0] }, 'duration'));
    }
    if (firstFrameImageUrl !== undefined && referenceImageUrls !== undefined) {
      out.push(report(node, 'reference-images-with-first-frame', undefined, 'referenceImageUrls'));
    }
    return out;
  },
  credits: (p) =>
    p.model === undefined
      ? undefined
      : { model: p.model, kind: 'video', unitCost: VIDEO_MODELS[p.model].creditsPerSecond, seconds: secondsOf(durationOf(p.model, p.duration)) },
});
