import { z } from 'zod';
import { ASPECT_RATIOS, LANGUAGES, LANGUAGES_UNCONFIRMED, type AspectRatio, type Language } from '../catalog/catalog.js';
import { defineComponent, type DSLNode } from './define.js';

type Size = { width: number; height: number } | { width?: never; height?: never };
type Brand = { brandId: string; brandName?: never } | { brandName: string; brandId?: never } | { brandId?: never; brandName?: never };

export type VideoProps = {
  /** → `videoName`: the output's file name and title. */
  name: string;
  /** → `aspectRatio`. AI models that do not support it fall back to their own first ratio (a warning). */
  aspectRatio?: AspectRatio;
  /** → `language`: the story's language (voice, subtitles, sentence splitting). */
  language?: Language;
  /** → `saveProject`: also save the video as a project in the Pictory app. */
  saveProject?: boolean;
  /** → `webhook`: URL Pictory POSTs the finished job to. */
  webhook?: string;
  /** → `webhookInput`: custom data included in the webhook's payload. */
  webhookData?: Record<string, unknown>;
  /** → `logo`: your logo over the whole video, e.g. `{ url, position: 'top-right', width: '10%' }`. */
  logo?: { url: string; position?: string; width?: string };
  /** Scenes, and video-wide `<VoiceOver>` / `<BackgroundMusic>`. */
  children?: DSLNode;
} & Size /* → `videoWidth` / `videoHeight`: always together */ &
  Brand /* → `brandId` or `brandName`, never both */;

export const videoProps = z.strictObject({
  name: z.string().min(1),
  aspectRatio: z.enum(ASPECT_RATIOS).optional(),
  language: z.enum([...LANGUAGES, ...LANGUAGES_UNCONFIRMED]).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  saveProject: z.boolean().optional(),
  webhook: z.url().max(500).optional(),
  webhookData: z.record(z.string(), z.unknown()).optional(),
  logo: z.strictObject({ url: z.string().min(1), position: z.string().min(1).optional(), width: z.string().regex(/^\d+%$/).optional() }).optional(),
  brandId: z.string().min(1).optional(),
  brandName: z.string().min(1).optional(),
});

/** The root of a video: `<Video name="launch">…scenes…</Video>` becomes one Pictory request. */
export const Video = defineComponent<VideoProps>({ name: 'Video', role: 'video', props: videoProps, acceptsText: false });
