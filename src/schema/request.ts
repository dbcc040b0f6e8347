/**
 * Pictory's v2 storyboard request body (`POST /v2/video/storyboard` and `…/storyboard/render`) as a zod schema:
 * every documented field, strict (Pictory silently strips unknown fields; we reject them), with the cross-field
 * rules as refinements. Built from the catalog tables, so a value the catalog does not know is rejected here too.
 *
 * Sources: Pictory's API reference (docs.pictory.ai, create-storyboard-preview), its AI-visual guides, and the
 * request reference in Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md),
 * which is derived from the service's validation schema. Rules marked "(ours)" are stricter than Pictory: where
 * Pictory would silently ignore a field, or the body cannot be written with the DSL, we refuse it.
 */
import { z } from 'zod';
import { ASPECT_RATIOS, LANGUAGES, LANGUAGES_UNCONFIRMED } from '../catalog/catalog.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import { FONT_STYLE_POSITIONS } from '../catalog/positions.js';
import { VISUAL_SELECTION_PREFERENCES } from '../catalog/search.js';
import { AIVisualSchema } from './request/ai-visual.js';
import { AvatarSchema } from './request/avatar.js';
import { BackgroundSchema } from './request/background.js';
import { ElementSchema } from './request/elements.js';
import { SubtitleStyleSchema } from './request/font-style.js';
import { BackgroundMusicSchema } from './request/music.js';
import { SceneSchema } from './request/scene.js';
import { fail, has, oneOf, opaqueObject, percentage, text, url } from './request/values.js';
import { VoiceOverSchema } from './request/voice-over.js';

export { AIVisualSchema } from './request/ai-visual.js';
export { AvatarSchema, SceneAvatarSchema } from './request/avatar.js';
export { BackgroundSchema, BrollSchema, CorpusImageSchema, StockSearchSchema } from './request/background.js';
export {
  ElementSchema,
  ImageElementSchema,
  ShapeElementSchema,
  TextElementSchema,
  VideoElementSchema,
} from './request/elements.js';
export { AnimationSchema, SubtitleStyleSchema, TextStyleSchema } from './request/font-style.js';
export { BackgroundMusicSchema } from './request/music.js';
export { SCENE_SOURCES, SceneSchema, StoryCoPilotSchema } from './request/scene.js';
export { ClipSchema, ColorOverlaySchema } from './request/values.js';
export { AIVoiceSchema, VoiceOverSchema } from './request/voice-over.js';

export const LogoSchema = z.strictObject({
  url,
  position: oneOf(FONT_STYLE_POSITIONS).optional(),
  width: percentage.optional(),
});

const BODY_PAIRS = [
  ['brandId', 'brandName'],
  ['smartLayoutId', 'smartLayoutName'],
  ['subtitleStyleId', 'subtitleStyleName'],
] as const;

export const PictoryRequestSchema = z
  .strictObject({
    videoName: text,
    videoWidth: z.number().int().positive().optional(),
    videoHeight: z.number().int().positive().optional(),
    aspectRatio: oneOf(ASPECT_RATIOS).optional(),
    language: oneOf([...LANGUAGES, ...LANGUAGES_UNCONFIRMED]).optional(),
    saveProject: z.boolean().optional(),
    webhook: url.max(STORYBOARD_LIMITS.webhookMaxLength, 'at most 500 characters').optional(),
    webhookInput: opaqueObject.optional(),
    storyboardVersion: z.literal('v3').optional(),
    templateId: text.optional(),
    variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    brandId: text.optional(),
    brandName: text.optional(),
    smartLayoutId: text.optional(),
    smartLayoutName: text.optional(),
    subtitleStyleId: text.optional(),
    subtitleStyleName: text.optional(),
    subtitleStyle: SubtitleStyleSchema.optional(),
    visualLibraryId: text.optional(),
    visualSelectionPreference: oneOf(VISUAL_SELECTION_PREFERENCES).optional(),
    awsConnectionId: text.optional(),
    vimeoConnectionId: text.optional(),
    destinations: z.array(opaqueObject).min(1).optional(),
    projectMetadata: opaqueObject.optional(),
    voiceOver: VoiceOverSchema.optional(),
    backgroundMusic: BackgroundMusicSchema.optional(),
    logo: LogoSchema.optional(),
    avatar: AvatarSchema.optional(),
    scenes: z.array(SceneSchema).min(STORYBOARD_LIMITS.scenesMin).optional(),
  })
  .superRefine((body, ctx) => {
    if (has(body.videoWidth) !== has(body.videoHeight)) {
      fail(ctx, [has(body.videoWidth) ? 'videoHeight' : 'videoWidth'], '`videoWidth` and `videoHeight` go together');
    }
    for (const [a, b] of BODY_PAIRS) {
      if (has(body[a]) && has(body[b])) fail(ctx, [b], `\`${a}\` and \`${b}\` are exclusive`);
    }
    if (!has(body.scenes) && !has(body.templateId)) fail(ctx, ['scenes'], '`scenes` is required unless `templateId` is given');
    if (has(body.variables) && !has(body.templateId)) fail(ctx, ['variables'], '`variables` fill a template: they need `templateId` (ours)');
    if (has(body.avatar) && body.voiceOver?.enabled !== true) {
      fail(ctx, ['avatar'], 'an avatar needs a voice-over (`voiceOver.enabled: true`)');
    }
    const smartLayout = has(body.smartLayoutId) || has(body.smartLayoutName);
    body.scenes?.forEach((scene, i) => {
      if (smartLayout && has(scene.maxSubtitleLines)) {
        fail(ctx, ['scenes', i, 'maxSubtitleLines'], '`maxSubtitleLines` is not allowed with a smart layout');
      }
      if (has(scene.avatar) && !has(body.avatar)) {
        fail(ctx, ['scenes', i, 'avatar'], 'a scene avatar override needs the video\'s `avatar` (ours)');
      }
    });
  });

/** The request body as written (what `compile()` emits and the client sends). */
export type PictoryRequestBody = z.input<typeof PictoryRequestSchema>;
export type PictoryScene = z.input<typeof SceneSchema>;
export type PictoryBackground = z.input<typeof BackgroundSchema>;
export type PictoryElement = z.input<typeof ElementSchema>;
export type PictoryFontStyle = z.input<typeof SubtitleStyleSchema>;
export type PictoryAIVisual = z.input<typeof AIVisualSchema>;
export type PictoryVoiceOver = z.input<typeof VoiceOverSchema>;
