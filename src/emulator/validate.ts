/**
 * Validation of storyboard bodies, as Pictory documents it: a zod schema per endpoint whose objects *strip*
 * unknown keys (Pictory silently drops misspelled fields), plus the cross-field rules of the guides.
 * Violations become the documented 400 body `{code:"INVALID_REQUEST_BODY", message, fields:[{name, errors}]}`
 * with `name` a path like `scenes[0].background`.
 *
 * Field names used for the cross-field rules (the docs give none; these are the emulator's choice):
 * - `scenes[i].background`: more than one of visualUrl/color/aiVisual; aiVisual without `type`;
 *   `type` that does not match the model's kind.
 * - `scenes[i].background.aiVisual.model`: unknown model.
 * - `scenes[i].background.aiVisual.videoDuration`: a duration on an image; an invalid duration when
 *   `invalidDuration` is `'reject'`.
 * - `scenes[i].background.aiVisual.prompt`: prompt over the limit.
 * - `videoHeight` / `videoWidth`: the missing half of the pair.
 * - `brandId`, `subtitleStyleId`, `smartLayoutId`: the id/name pair given together.
 */
import { z } from 'zod';
import { ASPECT_RATIOS, LANGUAGES, MEDIA_STYLES, findModel } from './catalog.js';

/** One entry of the 400 body's `fields`. */
export interface FieldError {
  name: string;
  errors: string;
}

/** Validation settings that come from `EmulatorOptions`. */
export interface ValidationRules {
  promptMaxLength: number;
  invalidDuration: 'fallback' | 'reject';
}

/** Values kept verbatim: documented fields whose inner shape the emulator does not interpret. */
const opaque = z.unknown().optional();
const url = z.string().max(2000);

const aiVoiceSchema = z.object({
  speaker: z.string(),
  speed: z.number().min(50).max(200).optional(),
  amplificationLevel: z.number().min(-1).max(1).optional(),
  premiumVoiceSettings: opaque,
});

const voiceOverSchema = z
  .object({
    enabled: z.boolean().optional(),
    aiVoices: z.array(aiVoiceSchema).optional(),
    externalVoice: z
      .object({
        voiceUrl: url,
        syncVoice: z.boolean().optional(),
        amplificationLevel: z.number().min(-1).max(1).optional(),
      })
      .optional(),
  })
  .superRefine((voice, ctx) => {
    if (voice.aiVoices !== undefined && voice.externalVoice !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'aiVoices and externalVoice are mutually exclusive' });
    }
  });

const backgroundMusicSchema = z
  .object({
    enabled: z.boolean().optional(),
    autoMusic: z.boolean().optional(),
    musicUrl: url.optional(),
    volume: z.number().min(0).max(1).optional(),
    clips: z.array(z.object({ start: z.number(), end: z.number() })).max(10).optional(),
  })
  .superRefine((music, ctx) => {
    if (music.autoMusic === true && music.musicUrl !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'autoMusic and musicUrl are mutually exclusive' });
    }
  });

function aiVisualSchema(rules: ValidationRules) {
  return z.object({
    prompt: z
      .string()
      .max(rules.promptMaxLength, { error: `prompt must be at most ${rules.promptMaxLength} characters` })
      .optional(),
    model: z.string({ error: 'model is required' }),
    mediaStyle: z.enum(MEDIA_STYLES).optional(),
    videoDuration: z.string().optional(),
    visualContinuity: z.boolean().optional(),
    firstFrameImageUrl: url.optional(),
    referenceImageUrls: z.array(url).min(1).max(2).optional(),
    referenceImageUrl: url.optional(),
  });
}

function backgroundSchema(rules: ValidationRules) {
  return z
    .object({
      type: z.enum(['image', 'video']).optional(),
      visualUrl: url.optional(),
      color: z.string().optional(),
      aiVisual: aiVisualSchema(rules).optional(),
      searchFilter: opaque,
      clips: opaque,
      colorOverlay: opaque,
      settings: z
        .object({
          mute: z.boolean().optional(),
          loop: z.boolean().optional(),
          zoomAndPan: z.boolean().optional(),
          kenBurnsEffect: z.boolean().optional(),
          videoKenBurns: opaque,
        })
        .optional(),
      motionGraphics: opaque,
    })
    .superRefine((background, ctx) => {
      const sources = (['visualUrl', 'color', 'aiVisual'] as const).filter((k) => background[k] !== undefined);
      if (sources.length > 1) {
        ctx.addIssue({
          code: 'custom',
          message: `Invalid background configuration: only one of visualUrl, color or aiVisual is allowed (got ${sources.join(', ')})`,
        });
      }
      const visual = background.aiVisual;
      if (visual === undefined) return;
      if (background.type === undefined) {
        ctx.addIssue({ code: 'custom', message: 'Invalid background configuration: type is required with aiVisual' });
      }
      if (background.type === 'image' && visual.videoDuration !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['aiVisual', 'videoDuration'],
          message: 'videoDuration is not allowed when type is "image"',
        });
      }
      const model = findModel(visual.model);
      if (model === undefined) {
        ctx.addIssue({ code: 'custom', path: ['aiVisual', 'model'], message: `Unknown AI model "${visual.model}"` });
        return;
      }
      if (background.type !== undefined && background.type !== model.kind) {
        ctx.addIssue({
          code: 'custom',
          message: `Invalid background configuration: type must be "${model.kind}" for model ${visual.model}`,
        });
      }
      if (
        model.kind === 'video' &&
        rules.invalidDuration === 'reject' &&
        visual.videoDuration !== undefined &&
        !model.durations.some((s) => `${s}s` === visual.videoDuration)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['aiVisual', 'videoDuration'],
          message: `Invalid videoDuration for model ${visual.model}: expected one of ${model.durations.map((s) => `"${s}s"`).join(', ')}`,
        });
      }
    });
}

function sceneSchema(rules: ValidationRules) {
  return z.object({
    story: z.string().max(15_000).optional(),
    isSSMLStory: z.boolean().optional(),
    createSceneOnNewLine: z.boolean().optional(),
    createSceneOnEndOfSentence: z.boolean().optional(),
    minimumDuration: z.number().min(0).optional(),
    endPauseDuration: z.number().min(0).optional(),
    sceneTransition: z.string().optional(),
    hideSubtitles: z.boolean().optional(),
    highlightKeywords: z.boolean().optional(),
    maxSubtitleLines: z.number().int().min(1).max(4).optional(),
    subtitleStyle: opaque,
    background: backgroundSchema(rules).optional(),
    voiceOver: voiceOverSchema.optional(),
    backgroundMusic: z.object({ enabled: z.boolean() }).optional(),
    elements: opaque,
    storyCoPilot: opaque,
    blogUrl: url.optional(),
    pptUrl: url.optional(),
    audioUrl: url.optional(),
    videoUrl: url.optional(),
    audioLanguage: z.string().optional(),
    transcript: opaque,
    mediaRepurposeSettings: opaque,
    caption: z.string().optional(),
    backgroundBrolls: opaque,
    backgroundCorpus: opaque,
    avatar: opaque,
  });
}

/** Pairs of top-level fields of which at most one may be given; the issue is reported on the first. */
const EXCLUSIVE_PAIRS = [
  ['brandId', 'brandName'],
  ['subtitleStyleId', 'subtitleStyleName'],
  ['smartLayoutId', 'smartLayoutName'],
] as const;

/** The schema of `POST /v2/video/storyboard` and `POST /v2/video/storyboard/render`. */
export function storyboardSchema(rules: ValidationRules) {
  return z
    .object({
      videoName: z.string({ error: 'videoName is required' }).min(1, { error: 'videoName is required' }),
      videoWidth: z.number().int().positive().optional(),
      videoHeight: z.number().int().positive().optional(),
      aspectRatio: z.enum(ASPECT_RATIOS).optional(),
      language: z.enum(LANGUAGES).optional(),
      saveProject: z.boolean().optional(),
      webhook: url.max(500).optional(),
      webhookInput: opaque,
      storyboardVersion: z.string().optional(),
      templateId: z.string().optional(),
      variables: opaque,
      brandId: z.string().optional(),
      brandName: z.string().optional(),
      smartLayoutId: z.string().optional(),
      smartLayoutName: z.string().optional(),
      subtitleStyleId: z.string().optional(),
      subtitleStyleName: z.string().optional(),
      subtitleStyle: opaque,
      awsConnectionId: z.string().optional(),
      vimeoConnectionId: z.string().optional(),
      destinations: opaque,
      voiceOver: voiceOverSchema.optional(),
      backgroundMusic: backgroundMusicSchema.optional(),
      logo: z.object({ url, position: z.string().optional(), width: z.string().optional() }).optional(),
      scenes: z
        .array(sceneSchema(rules), { error: 'scenes is required (templates are not emulated)' })
        .min(1, { error: 'scenes must contain at least one scene' }),
      avatar: opaque,
      visualLibraryId: z.string().optional(),
      visualSelectionPreference: z
        .enum(['prefer-stock', 'prefer-user-library', 'stock-only', 'user-library-only'])
        .optional(),
      projectMetadata: opaque,
    })
    .superRefine((body, ctx) => {
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
    });
}

/** A storyboard body after validation and stripping. */
export type StoryboardBody = z.infer<ReturnType<typeof storyboardSchema>>;
export type SceneBody = StoryboardBody['scenes'][number];
export type BackgroundBody = NonNullable<SceneBody['background']>;

/** The schema of `PUT /v2/video/render/{storyboardJobId}`. */
export const renderFromPreviewSchema = z.object({
  webhook: url.max(500).optional(),
  webhookInput: opaque,
});

/** The outcome of validating a body: the stripped value, or the `fields` of a 400 answer. */
export type Validated<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/** Parse `input` with `schema`, turning zod issues into Pictory's `fields[]` (one entry per path). */
export function validate<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const byName = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = fieldName(issue.path);
    byName.set(name, [...(byName.get(name) ?? []), issue.message]);
  }
  return { ok: false, fields: [...byName].map(([name, errors]) => ({ name, errors: errors.join('; ') })) };
}

/** `['scenes', 0, 'background']` → `scenes[0].background`; the empty path → `body`. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let name = '';
  for (const key of path) {
    name += typeof key === 'number' ? `[${key}]` : `${name ? '.' : ''}${String(key)}`;
  }
  return name || 'body';
}
