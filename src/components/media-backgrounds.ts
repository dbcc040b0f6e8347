/** Backgrounds that use your own media or a plain colour (no AI credits). */
import { z } from 'zod';
import { backgroundPlace, emitLook, lookRules, lookShape, playbackShape } from './background.js';
import { clipRules } from './clip-rules.js';
import { defineComponent } from './define.js';
import type { BackgroundLook, TimeRange, VideoPlayback } from './prop-types.js';
import { clipProp, colorProp, textProp } from './prop-values.js';

export interface ImageBackgroundProps extends BackgroundLook {
  /** → `visualUrl`: URL of your image. */
  src: string;
}

export interface VideoBackgroundProps extends BackgroundLook, VideoPlayback {
  /** → `visualUrl`: URL of your video clip. */
  src: string;
  /** → `clips`: the parts of the video to use, in seconds, e.g. `[{ start: 2, end: 8 }]`. */
  clips?: readonly TimeRange[];
}

export interface ColorBackgroundProps extends BackgroundLook {
  /** → `color`: a solid colour (`#1a2b3c`, `rgb(…)`, `rgba(…)`). */
  color: string;
}

/** Your image as the background: `background: {type: "image", visualUrl}`. */
export const ImageBackground = defineComponent<ImageBackgroundProps>()({
  name: 'ImageBackground',
  place: backgroundPlace,
  schema: z.strictObject({ src: textProp(), ...lookShape }),
  emit: (p) => ({ type: 'image', visualUrl: p.src, ...emitLook(p) }),
  rules: (node) => lookRules(node, 'image'),
});

/** Your video as the background: `background: {type: "video", visualUrl, clips, settings}`. */
export const VideoBackground = defineComponent<VideoBackgroundProps>()({
  name: 'VideoBackground',
  place: backgroundPlace,
  schema: z.strictObject({ src: textProp(), clips: z.array(clipProp()).min(1).optional(), ...lookShape, ...playbackShape }),
  emit: (p) => ({ type: 'video', visualUrl: p.src, clips: p.clips, ...emitLook(p) }),
  rules: (node) => [...lookRules(node, 'video'), ...clipRules(node, node.props.clips ?? [])],
});

/** A solid colour background: `background: {color}`. */
export const ColorBackground = defineComponent<ColorBackgroundProps>()({
  name: 'ColorBackground',
  place: backgroundPlace,
  schema: z.strictObject({ color: colorProp(), ...lookShape }),
  emit: (p) => ({ color: p.color, ...emitLook(p) }),
  rules: (node) => lookRules(node, 'color'),
});
