/**
 * The whole body of `POST /v2/video/storyboard` and `POST /v2/video/storyboard/render`.
 *
 * Rules (→ field name): `videoWidth`/`videoHeight` together (→ the missing one); the id/name pairs
 * `brandId`/`brandName`, `subtitleStyleId`/`subtitleStyleName`, `smartLayoutId`/`smartLayoutName`
 * exclusive (→ the `…Id`); `scenes` (at least one) required unless `templateId` is given; an `avatar` needs
 * `voiceOver.enabled: true` (→ `avatar`); `maxSubtitleLines` not with a smart layout
 * (→ `scenes[i].maxSubtitleLines`).
 */
import { z } from 'zod';
import { ASPECT_RATIOS, LANGUAGES } from '../catalog.js';
import { ELEMENT_POSITIONS } from '../vocabulary.js';
import { backgroundMusicSchema, voiceOverSchema } from './audio.js';
import { fontStyleSchema } from './fontStyle.js';
import { sceneSchema } from './scene.js';
import { colour, oneOf, percent, url } from './values.js';
import type { ValidationRules } from './visual.js';

const avatarSchema = z.object({
  avatarId: z.string({ error: 'avatarId is required' }).min(1, { error: 'avatarId is required' }),
  position: oneOf(ELEMENT_POSITIONS, 'position').optional(),
  width: percent.optional(),
  borderRadius: z.union([percent, z.number().min(0)]).optional(),
  backgroundColor: colour.optional(),
  hide: z.boolean().optional(),
});

const logoSchema = z.object({ url, position: z.string().optional(), width: percent.optional() });

/** An export target (vimeo or s3); Pictory documents no item schema, so items are kept as given. */
const destinationSchema = z.record(z.string(), z.unknown());

/** Pairs of top-level fields of which at most one may be given; the issue is reported on the first. */
const EXCLUSIVE_PAIRS = [
  ['brandId', 'brandName'],
  ['subtitleStyleId', 'subtitleStyleName'],
  ['smartLayoutId', 'smartLayoutName'],
] as const;

export function storyboardSchema(rules: ValidationRules) {
  return z
    .object({
      videoName: z.string({ error: 'videoName is required' }).min(1, { error: 'videoName is required' }),
      videoWidth: z.number().int().positive().optional(),
      videoHeight: z.number().int().positive().optional(),
      aspectRatio: oneOf(ASPECT_RATIOS, 'aspectRatio').optional(),
      language: oneOf(LANGUAGES, 'language').optional(),
      saveProject: z.boolean().optional(),
      webhook: url.max(500).optional(),
      webhookInput: z.unknown().optional(),
      storyboardVersion: z.string().optional(),
      templateId: z.string().min(1).optional(),
      variables: z.record(z.string(), z.unknown()).optional(),
      brandId: z.string().optional(),
      brandName: z.string().optional(),
      smartLayoutId: z.string().optional(),
      smartLayoutName: z.string().optional(),
      subtitleStyleId: z.string().optional(),
      subtitleStyleName: z.string().optional(),
      subtitleStyle: fontStyleSchema.optional(),
      awsConnectionId: z.string().optional(),
      vimeoConnectionId: z.string().optional(),
      destinations: z.array(destinationSchema).optional(),
      voiceOver: voiceOverSchema.optional(),
      backgroundMusic: backgroundMusicSchema.optional(),
      logo: logoSchema.optional(),
      scenes: z.array(sceneSchema(rules)).min(1, { error: 'scenes must contain at least one scene' }).optional(),
      avatar: avatarSchema.optional(),
      visualLibraryId: z.string().optional(),
      visualSelectionPreference: oneOf(['prefer-stock', 'prefer-user-library', 'stock-only', 'user-library-only'], 'visualSelectionPreference').optional(),
      projectMetadata: z.unknown().optional(),
    })
    .superRefine((body, ctx) => {
      if (body.scenes === undefined && body.templateId === undefined) {
        ctx.addIssue({ code: 'custom', path: ['scenes'], message: 'scenes is required unless templateId is given' });
      }
      if ((body.videoWidth === undefined) !== (body.videoHeight === undefined)) {
        const missing = body.videoWidth === undefined ? 'videoWidth' : 'videoHeight';
        const given = missing === 'videoWidth' ? 'videoHeight' : 'videoWidth';
        ctx.addIssue({ code: 'custom', path: [missing], message: `${missing} is required when ${given} is given` });
      }
      for (const [a, b] of EXCLUSIVE_PAIRS) {
        if (body[a] !== undefined && body[b] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [a], message: `${a} and ${b} are mutually exclusive` });
        }
      }
      if (body.avatar !== undefined && body.voiceOver?.enabled !== true) {
        ctx.addIssue({ code: 'custom', path: ['avatar'], message: 'avatar requires voiceOver.enabled: true' });
      }
      if (body.smartLayoutId !== undefined || body.smartLayoutName !== undefined) {
        body.scenes?.forEach((scene, i) => {
          if (scene.maxSubtitleLines !== undefined) {
            ctx.addIssue({ code: 'custom', path: ['scenes', i, 'maxSubtitleLines'], message: 'maxSubtitleLines is not allowed with a smart layout' });
          }
        });
      }
    });
}

export type StoryboardBody = z.infer<ReturnType<typeof storyboardSchema>>;
