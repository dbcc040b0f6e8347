import { z } from 'zod';
import { ASPECT_RATIOS, LANGUAGES, LANGUAGES_UNCONFIRMED, type AspectRatio, type Language } from '../catalog/catalog.js';
import type { DSLNode } from '../../jsx-runtime/namespace.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defineComponent } from './define.js';

/** Your logo over the whole video. */
export interface Logo {
  /** → `logo.url`: URL of the logo image. */
  url: string;
  /** → `logo.position`, e.g. `top-right`. */
  position?: string;
  /** → `logo.width`: a percentage of the frame's width, e.g. `"10%"`. */
  width?: string;
}

type Size =
  | {
      /** → `videoWidth` (pixels): always together with `height`. */
      width: number;
      /** → `videoHeight` (pixels): always together with `width`. */
      height: number;
    }
  | { width?: never; height?: never };

type Brand =
  | {
      /** → `brandId`: a brand kit of your Pictory account, by id (or `brandName`, never both). */
      brandId: string;
      brandName?: never;
    }
  | {
      /** → `brandName`: a brand kit of your Pictory account, by name (or `brandId`, never both). */
      brandName: string;
      brandId?: never;
    }
  | { brandId?: never; brandName?: never };

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
  logo?: Logo;
  /** Scenes, and video-wide `<VoiceOver>` / `<BackgroundMusic>`. */
  children?: DSLNode;
} & Size &
  Brand;

const schema = z.strictObject({
  name: z.string().min(1),
  aspectRatio: z.enum(ASPECT_RATIOS).optional(),
  language: z.enum([...LANGUAGES, ...LANGUAGES_UNCONFIRMED]).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  saveProject: z.boolean().optional(),
  webhook: z.url({ error: 'a URL like "https://example.com/hook"' }).max(500).optional(),
  webhookData: z.record(z.string(), z.unknown()).optional(),
  logo: z
    .strictObject({
      url: z.string().min(1),
      position: z.string().min(1).optional(),
      width: z.string().regex(/^\d+%$/, { error: 'a percentage like "10%"' }).optional(),
    })
    .optional(),
  brandId: z.string().min(1).optional(),
  brandName: z.string().min(1).optional(),
});

/** The root of a video: `<Video name="launch">…scenes…</Video>` becomes one Pictory request. */
export const Video = defineComponent<VideoProps>()({
  name: 'Video',
  place: { parents: [], key: 'video', misplaced: () => 'a <Video> must be the top of the tree, not inside another component of the DSL' },
  schema,
  emit: (p, children) => ({
    videoName: p.name,
    videoWidth: p.width,
    videoHeight: p.height,
    aspectRatio: p.aspectRatio,
    language: p.language,
    saveProject: p.saveProject,
    webhook: p.webhook,
    webhookInput: p.webhookData,
    brandId: p.brandId,
    brandName: p.brandName,
    logo: p.logo,
    backgroundMusic: children.backgroundMusic,
    voiceOver: children.voiceOver,
    scenes: children.scenes ?? [],
    ...children,
  }),
  rules: (video) => {
    const out: Diagnostic[] = [];
    const { width, height, brandId, brandName, language } = video.props;
    if ((width === undefined) !== (height === undefined)) {
      const [given, missing] = width === undefined ? ['height', 'width'] : ['width', 'height'];
      out.push(report(video, 'size-incomplete', { given, missing }, given));
    }
    if (brandId !== undefined && brandName !== undefined) out.push(report(video, 'brand-twice', undefined, 'brandName'));
    if (language !== undefined && (LANGUAGES_UNCONFIRMED as readonly string[]).includes(language)) {
      out.push(report(video, 'language-unconfirmed', { language }, 'language'));
    }
    if (!video.children.some((c) => c.key === 'scenes')) out.push(report(video, 'no-scenes'));
    return out;
  },
});
