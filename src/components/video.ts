import { z } from 'zod';
import { ASPECT_RATIOS, LANGUAGES, LANGUAGES_UNCONFIRMED, type AspectRatio, type Language } from '../catalog/catalog.js';
import { VISUAL_SELECTION_PREFERENCES, type VisualSelectionPreference } from '../catalog/search.js';
import type { DSLNode } from '../../jsx-runtime/namespace.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BrandId, BrandName, SmartLayoutId, SmartLayoutName, SubtitleStyleId, SubtitleStyleName, TemplateProps } from './account.js';
import { defineComponent } from './define.js';
import { textProp } from './prop-values.js';

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
      brandId: BrandId;
      brandName?: never;
    }
  | {
      /** → `brandName`: a brand kit of your Pictory account, by name (or `brandId`, never both). */
      brandName: BrandName;
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
  /** → `smartLayoutName`: a smart layout of your account, by name (or `smartLayoutId`, never both). */
  smartLayoutName?: SmartLayoutName;
  /** → `smartLayoutId`: a smart layout of your account, by id (or `smartLayoutName`, never both). */
  smartLayoutId?: SmartLayoutId;
  /** → `subtitleStyleName`: a saved subtitle style of your account, by name (or `subtitleStyleId`, never both). */
  subtitleStyleName?: SubtitleStyleName;
  /** → `subtitleStyleId`: a saved subtitle style of your account, by id (or `subtitleStyleName`, never both). */
  subtitleStyleId?: SubtitleStyleId;
  /** → `visualLibraryId`: your media library that automatic visuals may come from. */
  visualLibraryId?: string;
  /** → `visualSelectionPreference`: where automatic visuals come from (stock, your library, or both). */
  visualSelectionPreference?: VisualSelectionPreference;
  /** → `destinations`: where Pictory delivers the finished video (passed as given: Pictory publishes no item schema). */
  destinations?: readonly Record<string, unknown>[];
  /** → `awsConnectionId`: your AWS connection, for S3 destinations. */
  awsConnectionId?: string;
  /** → `vimeoConnectionId`: your Vimeo connection, for Vimeo destinations. */
  vimeoConnectionId?: string;
  /** → `projectMetadata`: your own data saved with the project (passed as given). */
  projectMetadata?: Record<string, unknown>;
  /**
   * → `storyboardVersion`: only `"v3"`, Pictory's current engine (the default). Any other value would select
   * the old engine, which ignores elements, AI visuals, overlays and avatars, so it is refused.
   */
  storyboardVersion?: 'v3';
  /** Scenes, and video-wide `<VoiceOver>` / `<BackgroundMusic>`. */
  children?: DSLNode;
} & Size &
  Brand &
  (TemplateProps | { templateId?: never; variables?: never });

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
  smartLayoutName: textProp().optional(),
  smartLayoutId: textProp().optional(),
  subtitleStyleName: textProp().optional(),
  subtitleStyleId: textProp().optional(),
  visualLibraryId: textProp().optional(),
  visualSelectionPreference: z.enum(VISUAL_SELECTION_PREFERENCES).optional(),
  destinations: z.array(z.record(z.string(), z.unknown())).min(1).optional(),
  awsConnectionId: textProp().optional(),
  vimeoConnectionId: textProp().optional(),
  templateId: textProp().optional(),
  variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  projectMetadata: z.record(z.string(), z.unknown()).optional(),
  storyboardVersion: z.literal('v3').optional(),
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
    templateId: p.templateId,
    variables: p.variables,
    smartLayoutId: p.smartLayoutId,
    smartLayoutName: p.smartLayoutName,
    subtitleStyleId: p.subtitleStyleId,
    subtitleStyleName: p.subtitleStyleName,
    visualLibraryId: p.visualLibraryId,
    visualSelectionPreference: p.visualSelectionPreference,
    destinations: p.destinations,
    awsConnectionId: p.awsConnectionId,
    vimeoConnectionId: p.vimeoConnectionId,
    logo: p.logo,
    projectMetadata: p.projectMetadata,
    storyboardVersion: p.storyboardVersion,
    backgroundMusic: children.backgroundMusic,
    voiceOver: children.voiceOver,
    // With a template, the scenes may all come from it.
    scenes: children.scenes ?? (p.templateId === undefined ? [] : undefined),
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
    for (const [id, name] of [['smartLayoutId', 'smartLayoutName'], ['subtitleStyleId', 'subtitleStyleName']] as const) {
      if (video.props[id] !== undefined && video.props[name] !== undefined) out.push(report(video, 'id-and-name', { id, name }, name));
    }
    if (video.props.variables !== undefined && video.props.templateId === undefined) out.push(report(video, 'variables-without-template', undefined, 'variables'));
    if (language !== undefined && (LANGUAGES_UNCONFIRMED as readonly string[]).includes(language)) {
      out.push(report(video, 'language-unconfirmed', { language }, 'language'));
    }
    if (video.props.templateId === undefined && !video.children.some((c) => c.key === 'scenes')) out.push(report(video, 'no-scenes'));
    return out;
  },
});
