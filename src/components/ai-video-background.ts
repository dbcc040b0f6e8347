import { z } from 'zod';
import {
  LIMITS,
  MEDIA_STYLES,
  VIDEO_MODELS,
  VIDEO_MODEL_IDS,
  type DurationOf,
  type MediaStyle,
  type VideoModel,
} from '../catalog/catalog.js';
import { defineComponent } from './define.js';

/** The props for one model: `duration` is narrowed to what that model offers. */
type PropsFor<M extends VideoModel> = {
  /** → `aiVisual.model`: the video model; priced per second of clip. */
  model: M;
  /** → `aiVisual.videoDuration`. Omitted: the model's shortest (and cheapest) duration. */
  duration?: DurationOf<M>;
  /** → `aiVisual.prompt` (≤ 500 characters). Omitted: Pictory writes one from the scene's story. */
  prompt?: string;
  /** → `aiVisual.mediaStyle`: for video models it only matters without a prompt. */
  mediaStyle?: MediaStyle;
};

export type AIVideoBackgroundProps = { [M in VideoModel]: PropsFor<M> }[VideoModel];

const allDurations = [...new Set(Object.values(VIDEO_MODELS).flatMap((m) => m.durations))] as [string, ...string[]];

export const aiVideoBackgroundProps = z.strictObject({
  model: z.enum(VIDEO_MODEL_IDS as [VideoModel, ...VideoModel[]]),
  // Which durations a given model offers is checked by the compiler's rules, with a model-specific message.
  duration: z.enum(allDurations).optional(),
  prompt: z.string().min(1).max(LIMITS.promptMaxLength).optional(),
  mediaStyle: z.enum(MEDIA_STYLES).optional(),
});

/** A generated video clip as the scene's background: `background: {type: "video", aiVisual}`. */
export const AIVideoBackground = defineComponent<AIVideoBackgroundProps>({
  name: 'AIVideoBackground',
  role: 'background',
  props: aiVideoBackgroundProps,
  acceptsText: false,
});
