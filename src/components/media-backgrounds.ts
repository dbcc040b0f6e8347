/** Backgrounds that use your own media or a plain colour (no AI credits). */
import { z } from 'zod';
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

export const imageBackgroundProps = z.strictObject({ src: z.string().min(1) });
export const videoBackgroundProps = z.strictObject({
  src: z.string().min(1),
  mute: z.boolean().optional(),
  loop: z.boolean().optional(),
});
export const colorBackgroundProps = z.strictObject({ color: z.string().min(1) });

/** Your image as the background: `background: {type: "image", visualUrl}`. */
export const ImageBackground = defineComponent<ImageBackgroundProps>({
  name: 'ImageBackground',
  role: 'background',
  props: imageBackgroundProps,
  acceptsText: false,
});

/** Your video as the background: `background: {type: "video", visualUrl, settings}`. */
export const VideoBackground = defineComponent<VideoBackgroundProps>({
  name: 'VideoBackground',
  role: 'background',
  props: videoBackgroundProps,
  acceptsText: false,
});

/** A solid colour background: `background: {color}`. */
export const ColorBackground = defineComponent<ColorBackgroundProps>({
  name: 'ColorBackground',
  role: 'background',
  props: colorBackgroundProps,
  acceptsText: false,
});
