import { z } from 'zod';
import {
  LIMITS,
  MEDIA_STYLES,
  VIDEO_MODELS,
  VIDEO_MODEL_IDS,
  secondsOf,
  type DurationOf,
  type MediaStyle,
  type VideoModel,
} from '../catalog/catalog.js';
import { AI_VISUAL_LIMITS } from '../catalog/ai-media.js';
import { report } from '../diagnostics/catalogue.js';
import { aiVisualRules } from './ai-visual-rules.js';
import { backgroundPlace, emitLook, lookRules, lookShape, playbackShape } from './background.js';
import type { BackgroundLook, VideoPlayback } from './prop-types.js';
import { defineComponent } from './define.js';
import { urlProp } from './prop-values.js';

/** The props for one model: `duration` is narrowed to what that model offers. */
interface PropsFor<M extends VideoModel> extends BackgroundLook, VideoPlayback {
  /** → `aiVisual.model`: the video model; priced per second of clip. */
  model: M;
  /** → `aiVisual.videoDuration`. Omitted: the model's shortest (and cheapest) duration. */
  duration?: DurationOf<M>;
  /** → `aiVisual.prompt` (≤ 500 characters). Omitted: Pictory writes one from the scene's story. */
  prompt?: string;
  /** → `aiVisual.mediaStyle`: for video models it only matters without a prompt. */
  mediaStyle?: MediaStyle;
  /** → `aiVisual.visualContinuity`: keep the look consistent with the previous AI visuals. */
  visualContinuity?: boolean;
}

/** The clip starts from a given picture, or follows 1–2 reference pictures; never both. */
type Guide =
  | {
      /** → `aiVisual.firstFrameImageUrl`: the picture the clip starts from (not with `referenceImageUrls`). */
      firstFrameImageUrl?: string;
      referenceImageUrls?: never;
    }
  | {
      /** → `aiVisual.referenceImageUrls`: 1–2 pictures the clip follows (not with `firstFrameImageUrl`). */
      referenceImageUrls?: readonly string[];
      firstFrameImageUrl?: never;
    };

/** One member per model of the catalog (a flat union of object types: cheap to check, no conditional types). */
export type AIVideoBackgroundProps = { [M in VideoModel]: PropsFor<M> }[VideoModel] & Guide;
type Duration = DurationOf<VideoModel>;

const allDurations = [...new Set(Object.values(VIDEO_MODELS).flatMap((m) => m.durations))] as [Duration, ...Duration[]];

const schema = z.strictObject({
  model: z.enum(VIDEO_MODEL_IDS as [VideoModel, ...VideoModel[]]),
  // Which durations a given model offers is checked by the rules below, with a model-specific message.
  duration: z.enum(allDurations).optional(),
  prompt: z.string().min(1).max(LIMITS.promptMaxLength).optional(),
  mediaStyle: z.enum(MEDIA_STYLES).optional(),
  visualContinuity: z.boolean().optional(),
  firstFrameImageUrl: urlProp().optional(),
  referenceImageUrls: z.array(urlProp()).min(AI_VISUAL_LIMITS.referenceImageUrls.min).max(AI_VISUAL_LIMITS.referenceImageUrls.max).optional(),
  ...lookShape,
  ...playbackShape,
});

/** The seconds of a clip: the duration asked for, or the model's default (shortest) one. */
function seconds(model: VideoModel, duration: string | undefined): number {
  const offered: readonly string[] = VIDEO_MODELS[model].durations;
  return secondsOf(duration !== undefined && offered.includes(duration) ? duration : offered[0]);
}

/** A generated video clip as the scene's background: `background: {type: "video", aiVisual}`. */
export const AIVideoBackground = defineComponent<AIVideoBackgroundProps>()({
  name: 'AIVideoBackground',
  place: backgroundPlace,
  schema,
  emit: (p) => ({
    type: 'video',
    aiVisual: {
      model: p.model,
      prompt: p.prompt,
      mediaStyle: p.mediaStyle,
      videoDuration: p.duration,
      visualContinuity: p.visualContinuity,
      firstFrameImageUrl: p.firstFrameImageUrl,
      referenceImageUrls: p.referenceImageUrls,
    },
    ...emitLook(p),
  }),
  rules: (node, { video }) => {
    const { model, duration } = node.props;
    const offered: readonly string[] = VIDEO_MODELS[model].durations;
    const out = [...aiVisualRules(node, video), ...lookRules(node, 'video')];
    if (node.props.firstFrameImageUrl !== undefined && node.props.referenceImageUrls !== undefined) {
      out.push(report(node, 'first-frame-and-references', undefined, 'referenceImageUrls'));
    }
    if (duration !== undefined && !offered.includes(duration)) {
      out.unshift(report(node, 'duration-not-offered', { model, duration, offered: offered.join(', '), fallback: offered[0] }, 'duration'));
    }
    return out;
  },
  credits: (p) => ({ model: p.model, kind: 'video', unitCost: VIDEO_MODELS[p.model].creditsPerSecond, seconds: seconds(p.model, p.duration) }),
});
