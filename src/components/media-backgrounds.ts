/** Backgrounds that use your own media or a plain colour (no AI credits). */
import { z } from 'zod';
import { backgroundPlace } from './background.js';
import { defineComponent } from './define.js';

export interface ImageBackgroundProps {
  /** → `visualUrl`: URL of your image. */
  src: string;
}

export interface VideoBackgroundProps {
  /** → `visualUrl`: URL of your video clip. */
  src: string;
  /** → `settings.mute`: silence the clip's own audio. */
  mute?: boolean;
  /** → `settings.loop`: loop the clip to fill the scene. */
  loop?: boolean;
}

export interface ColorBackgroundProps {
  /** → `color`: a solid colour (`#1a2b3c`, `rgb(…)`, `rgba(…)`). */
  color: string;
}

/** Your image as the background: `background: {type: "image", visualUrl}`. */
export const ImageBackground = defineComponent<ImageBackgroundProps>()({
  name: 'ImageBackground',
  place: backgroundPlace,
  schema: z.strictObject({ src: z.string().min(1) }),
  emit: (p) => ({ type: 'image', visualUrl: p.src }),
});

/** Your video as the background: `background: {type: "video", visualUrl, settings}`. */
export const VideoBackground = defineComponent<VideoBackgroundProps>()({
  name: 'VideoBackground',
  place: backgroundPlace,
  schema: z.strictObject({ src: z.string().min(1), mute: z.boolean().optional(), loop: z.boolean().optional() }),
  emit: (p) => ({
    type: 'video',
    visualUrl: p.src,
    settings: p.mute === undefined && p.loop === undefined ? undefined : { mute: p.mute, loop: p.loop },
  }),
});

/** A solid colour background: `background: {color}`. */
export const ColorBackground = defineComponent<ColorBackgroundProps>()({
  name: 'ColorBackground',
  place: backgroundPlace,
  schema: z.strictObject({ color: z.string().min(1) }),
  emit: (p) => ({ color: p.color }),
});
