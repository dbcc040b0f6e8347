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
import {
  ASPECT_RATIOS,
  IMAGE_MODEL_IDS,
  LANGUAGES,
  LANGUAGES_UNCONFIRMED,
  LIMITS,
  MEDIA_STYLES,
  VIDEO_MODEL_IDS,
  VIDEO_MODELS,
  isImageModel,
  isVideoModel,
  type AIModel,
} from '../catalog/catalog.js';
import { AI_VISUAL_LIMITS, isImageEditModel } from '../catalog/ai-media.js';
import {
  ANIMATION_DIRECTIONS,
  ANIMATION_LIMITS,
  ANIMATION_NAMES,
  ANIMATION_SPEEDS,
  ANIMATION_TYPES,
  ANIMATION_WRITING_STYLES,
  FUTURE_WORDS,
  takesFutureWords,
} from '../catalog/animations.js';
import { AUDIO_LANGUAGES } from '../catalog/audio-languages.js';
import { isColor, PERCENTAGE } from '../catalog/formats.js';
import { TEXT_CASES, TEXT_DECORATIONS } from '../catalog/font-style.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import { ALIGNMENTS, ELEMENT_POSITIONS, FONT_STYLE_POSITIONS } from '../catalog/positions.js';
import { SEARCH_LIMITS, STOCK_CATEGORY_VALUES, STOCK_LIBRARIES, VISUAL_SELECTION_PREFERENCES } from '../catalog/search.js';
import { SHAPE_NAMES } from '../catalog/shapes.js';
import {
  STORY_COPILOT_LIMITS,
  STORY_COPILOT_PLATFORMS,
  STORY_COPILOT_TONES,
  STORY_COPILOT_VIDEO_TYPES,
} from '../catalog/story-copilot.js';
import { TEXT_VARIANT_NAMES } from '../catalog/text-variants.js';
import { TRANSITIONS } from '../catalog/transitions.js';
import { PREMIUM_VOICE_MODEL_IDS } from '../catalog/voices.js';

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
const has = (value: unknown) => value !== undefined;
const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

// ——— values ———

const text = z.string().min(1);
const url = z.url({ protocol: /^https?$/, message: 'an http(s) URL' });
const color = z.string().refine(isColor, 'a colour: rgb(r,g,b), rgba(r,g,b,a), #RGB, #RRGGBB or #RRGGBBAA');
const percentage = z.string().regex(PERCENTAGE, 'an integer percentage string from "0%" to "100%"');
const nonNegative = z.number().nonnegative();
const amplificationLevel = z.number().min(LIMITS.amplificationLevel.min).max(LIMITS.amplificationLevel.max);
/** Arbitrary JSON objects where Pictory publishes no schema. */
const opaqueObject = z.record(z.string(), z.unknown());

/** `{start, end}` in seconds, end after start (music clips, background trims, b-roll cuts). */
export const ClipSchema = z
  .strictObject({ start: nonNegative, end: nonNegative })
  .refine((clip) => clip.end > clip.start, { message: '`end` must be after `start`', path: ['end'] });

/** `colorOverlay`: a tint over the visual; the colour's alpha is dropped (use `opacity`). */
export const ColorOverlaySchema = z.strictObject({
  color,
  opacity: z.number().min(STORYBOARD_LIMITS.overlayOpacity.min).max(STORYBOARD_LIMITS.overlayOpacity.max).optional(),
});

// ——— fontStyle ———

export const AnimationSchema = z
  .strictObject({
    name: oneOf(ANIMATION_NAMES),
    type: oneOf(ANIMATION_TYPES),
    speed: oneOf(ANIMATION_SPEEDS),
    customSpeedValue: z.number().min(ANIMATION_LIMITS.customSpeedMin).optional(),
    direction: oneOf(ANIMATION_DIRECTIONS).optional(),
    writingStyle: oneOf(ANIMATION_WRITING_STYLES).optional(),
    futureWords: oneOf(FUTURE_WORDS).optional(),
  })
  .superRefine((a, ctx) => {
    if (has(a.customSpeedValue) && a.speed !== 'custom') {
      fail(ctx, ['customSpeedValue'], '`customSpeedValue` is only taken with `speed: "custom"`');
    }
    if (has(a.futureWords) && !takesFutureWords(a.name)) {
      fail(ctx, ['futureWords'], '`futureWords` is only taken by the `fade` and `blur` animations');
    }
  });

const AnimationsSchema = z
  .array(AnimationSchema)
  .min(ANIMATION_LIMITS.perStyle.min)
  .max(ANIMATION_LIMITS.perStyle.max)
  .superRefine((list, ctx) => {
    if (list.length === 2 && list[0].type === list[1].type) {
      fail(ctx, [1, 'type'], `two \`${list[0].type}\` animations: one entry and one exit at most`);
    }
  });

const fontStyleShape = {
  fontFamily: text.optional(),
  fontUrl: url.optional(),
  fontSize: z.number().int().min(STORYBOARD_LIMITS.fontSizeMin).optional(),
  color: color.optional(),
  backgroundColor: color.optional(),
  keywordColor: color.optional(),
  shadowColor: color.optional(),
  shadowWidth: percentage.optional(),
  position: oneOf(FONT_STYLE_POSITIONS).optional(),
  alignment: oneOf(ALIGNMENTS).optional(),
  decorations: z
    .array(oneOf(TEXT_DECORATIONS))
    .refine((list) => new Set(list).size === list.length, 'a decoration is listed twice')
    .optional(),
  case: oneOf(TEXT_CASES).optional(),
  paragraphWidth: percentage.optional(),
  showBoxBackground: z.boolean().optional(),
  animations: AnimationsSchema.optional(),
};

function checkFontStyle(style: { fontFamily?: string; fontUrl?: string }, ctx: Ctx) {
  if (has(style.fontUrl) && !has(style.fontFamily)) {
    fail(ctx, ['fontFamily'], '`fontUrl` needs a `fontFamily` naming the font it loads');
  }
}

/**
 * A text element's `style`. `fontFamily` is any name here: the catalog's names are what the DSL's types offer,
 * and an unknown name without `fontUrl` is the compiler's warning, not a wire error.
 */
export const TextStyleSchema = z.strictObject(fontStyleShape).superRefine(checkFontStyle);

/** `subtitleStyle` (whole video or one scene): the fontStyle fields plus bullets. */
export const SubtitleStyleSchema = z
  .strictObject({
    ...fontStyleShape,
    showBullet: z.boolean().optional(),
    bulletSize: z.number().positive().optional(),
    bulletFillColor: color.optional(),
  })
  .superRefine(checkFontStyle);

// ——— AI visuals ———

const aiModel = oneOf<AIModel>([...IMAGE_MODEL_IDS, ...VIDEO_MODEL_IDS]);

/** `aiVisual` on a background or a media element; which fields apply depends on the model. */
export const AIVisualSchema = z
  .strictObject({
    model: aiModel,
    prompt: text.max(LIMITS.promptMaxLength).optional(),
    mediaStyle: oneOf(MEDIA_STYLES).optional(),
    videoDuration: z.string().optional(),
    visualContinuity: z.boolean().optional(),
    firstFrameImageUrl: url.optional(),
    referenceImageUrls: z.array(url).min(AI_VISUAL_LIMITS.referenceImageUrls.min).max(AI_VISUAL_LIMITS.referenceImageUrls.max).optional(),
    referenceImageUrl: url.optional(),
  })
  .superRefine((ai, ctx) => {
    if (isImageModel(ai.model)) {
      for (const field of ['videoDuration', 'firstFrameImageUrl', 'referenceImageUrls'] as const) {
        if (has(ai[field])) fail(ctx, [field], `\`${field}\` is for video models; ${ai.model} makes images`);
      }
      if (has(ai.referenceImageUrl) && !isImageEditModel(ai.model)) {
        fail(ctx, ['referenceImageUrl'], `${ai.model} does not edit images: \`referenceImageUrl\` needs seedream3.0 or nanobanana`);
      }
    }
    if (isVideoModel(ai.model)) {
      const durations: readonly string[] = VIDEO_MODELS[ai.model].durations;
      if (has(ai.videoDuration) && !durations.includes(ai.videoDuration!)) {
        fail(ctx, ['videoDuration'], `${ai.model} offers ${durations.join(', ')}`);
      }
      if (has(ai.referenceImageUrl)) fail(ctx, ['referenceImageUrl'], '`referenceImageUrl` is for image models');
      if (has(ai.firstFrameImageUrl) && has(ai.referenceImageUrls)) {
        fail(ctx, ['referenceImageUrls'], '`referenceImageUrls` and `firstFrameImageUrl` are exclusive');
      }
    }
  });

/** The media kind an AI model produces: `"image"` or `"video"`. */
function kindOf(model: AIModel): 'image' | 'video' {
  return isVideoModel(model) ? 'video' : 'image';
}

// ——— backgrounds ———

const zoomPoint = z.strictObject({
  zoom: z.number().positive(),
  centerX: z.number().min(0).max(1),
  centerY: z.number().min(0).max(1),
});

export const StockSearchSchema = z.strictObject({
  query: text,
  keywords: z
    .array(z.string().min(SEARCH_LIMITS.keywordLength.min).max(SEARCH_LIMITS.keywordLength.max))
    .min(SEARCH_LIMITS.keywords.min)
    .max(SEARCH_LIMITS.keywords.max)
    .optional(),
  category: oneOf(STOCK_CATEGORY_VALUES).optional(),
  libraries: z
    .array(oneOf(STOCK_LIBRARIES))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'a library is listed twice')
    .optional(),
});

const backgroundShape = {
  type: z.enum(['image', 'video']).optional(),
  visualUrl: url.optional(),
  color: color.optional(),
  aiVisual: AIVisualSchema.optional(),
  searchFilter: StockSearchSchema.optional(),
  clips: z.array(ClipSchema).min(1).optional(),
  colorOverlay: ColorOverlaySchema.optional(),
  settings: z
    .strictObject({
      loop: z.boolean().optional(),
      mute: z.boolean().optional(),
      zoomAndPan: z.boolean().optional(),
      kenBurnsEffect: z.boolean().optional(),
      videoKenBurns: z.strictObject({ start: zoomPoint, end: zoomPoint }).optional(),
    })
    .optional(),
  motionGraphics: z
    .strictObject({ enabled: z.boolean(), prompt: text.optional(), style: text.optional() })
    .optional(),
};

type BackgroundLike = z.infer<z.ZodObject<typeof backgroundShape>>;

const BACKGROUND_SOURCES = ['visualUrl', 'color', 'aiVisual', 'searchFilter'] as const;

function checkBackground(bg: BackgroundLike, ctx: Ctx) {
  const sources = BACKGROUND_SOURCES.filter((field) => has(bg[field]));
  if (sources.length !== 1) {
    fail(ctx, [], `a background takes exactly one of visualUrl, color, aiVisual, searchFilter (found ${sources.length ? sources.join(', ') : 'none'})`);
  }
  if (bg.aiVisual) {
    const kind = kindOf(bg.aiVisual.model);
    if (bg.type !== kind) fail(ctx, ['type'], `\`type: "${kind}"\` is required with ${bg.aiVisual.model}`);
  }
  if (has(bg.color) && has(bg.type)) fail(ctx, ['type'], 'a colour background has no `type` (ours)');
  if (has(bg.clips) && !(has(bg.visualUrl) && bg.type === 'video')) {
    fail(ctx, ['clips'], '`clips` trims a video from a URL: it needs `visualUrl` and `type: "video"`');
  }
  const settings = bg.settings ?? {};
  if (has(settings.kenBurnsEffect) && bg.type !== 'image') {
    fail(ctx, ['settings', 'kenBurnsEffect'], '`kenBurnsEffect` is for image backgrounds (`type: "image"`)');
  }
  if (settings.kenBurnsEffect && settings.zoomAndPan) {
    fail(ctx, ['settings', 'kenBurnsEffect'], '`kenBurnsEffect` and `zoomAndPan` are exclusive');
  }
  for (const field of ['loop', 'mute'] as const) {
    if (has(settings[field]) && (bg.type === 'image' || has(bg.color))) {
      fail(ctx, ['settings', field], `\`${field}\` is for video backgrounds (ours: Pictory ignores it)`);
    }
  }
}

export const BackgroundSchema = z.strictObject(backgroundShape).superRefine(checkBackground);

/** `backgroundBrolls[]`: a background cut over the base one, optionally only for `brollClip`. */
export const BrollSchema = z
  .strictObject({ ...backgroundShape, brollClip: ClipSchema.optional() })
  .superRefine(checkBackground);

/** `backgroundCorpus[]`: an image pool the engine picks from. */
export const CorpusImageSchema = z.strictObject({
  visualUrl: url,
  type: z.literal('image'),
  prefer: z.boolean().optional(),
});

// ——— elements ———

const placementShape = {
  position: oneOf(ELEMENT_POSITIONS).optional(),
  top: percentage.optional(),
  left: percentage.optional(),
  width: percentage.optional(),
};

function checkPlacement(el: { position?: string; top?: string; left?: string }, ctx: Ctx) {
  if (has(el.position) && (has(el.top) || has(el.left))) {
    fail(ctx, ['position'], '`position` and `top`/`left` are exclusive');
  }
  if (has(el.top) !== has(el.left)) fail(ctx, [has(el.top) ? 'left' : 'top'], '`top` and `left` go together');
}

export const TextElementSchema = z
  .strictObject({
    type: z.literal('text'),
    text: text.max(STORYBOARD_LIMITS.textMaxLength),
    textVariant: oneOf(TEXT_VARIANT_NAMES).optional(),
    style: TextStyleSchema.optional(),
    ...placementShape,
  })
  .superRefine(checkPlacement);

export const ShapeElementSchema = z
  .strictObject({
    type: z.literal('shape'),
    name: oneOf(SHAPE_NAMES),
    fill: color.optional(),
    stroke: color.optional(),
    strokeWidth: nonNegative.optional(),
    borderRadius: nonNegative.optional(),
    ...placementShape,
  })
  .superRefine(checkPlacement);

const mediaShape = {
  visualUrl: url.optional(),
  searchFilter: z.strictObject({ query: text }).optional(),
  aiVisual: AIVisualSchema.optional(),
  colorOverlay: ColorOverlaySchema.optional(),
  ...placementShape,
};

function checkMedia(el: z.infer<z.ZodObject<typeof mediaShape>> & { type: 'image' | 'video' }, ctx: Ctx) {
  checkPlacement(el, ctx);
  const sources = (['visualUrl', 'searchFilter', 'aiVisual'] as const).filter((field) => has(el[field]));
  if (sources.length !== 1) {
    fail(ctx, [], `a media element takes exactly one of visualUrl, searchFilter, aiVisual (found ${sources.length ? sources.join(', ') : 'none'})`);
  }
  if (el.aiVisual && kindOf(el.aiVisual.model) !== el.type) {
    fail(ctx, ['aiVisual', 'model'], `${el.aiVisual.model} makes ${kindOf(el.aiVisual.model)}s, not ${el.type}s`);
  }
}

export const ImageElementSchema = z
  .strictObject({ type: z.literal('image'), ...mediaShape })
  .superRefine(checkMedia);

export const VideoElementSchema = z
  .strictObject({
    type: z.literal('video'),
    ...mediaShape,
    settings: z.strictObject({ loop: z.boolean().optional(), mute: z.boolean().optional() }).optional(),
  })
  .superRefine(checkMedia);

export const ElementSchema = z.discriminatedUnion('type', [
  TextElementSchema,
  ShapeElementSchema,
  ImageElementSchema,
  VideoElementSchema,
]);

// ——— voice, music, logo, avatar ———

export const AIVoiceSchema = z.strictObject({
  speaker: text,
  speed: z.number().min(LIMITS.speed.min).max(LIMITS.speed.max).optional(),
  amplificationLevel: amplificationLevel.optional(),
  premiumVoiceSettings: z
    .strictObject({
      modelId: oneOf(PREMIUM_VOICE_MODEL_IDS).optional(),
      stability: percentage.optional(),
      similarityBoost: percentage.optional(),
      style: percentage.optional(),
      useSpeakerBoost: z.boolean().optional(),
    })
    .optional(),
});

export const VoiceOverSchema = z
  .strictObject({
    enabled: z.boolean(),
    aiVoices: z.array(AIVoiceSchema).min(1).optional(),
    externalVoice: z
      .strictObject({ voiceUrl: url, syncVoice: z.boolean().optional(), amplificationLevel: amplificationLevel.optional() })
      .optional(),
  })
  .superRefine((vo, ctx) => {
    const voices = [has(vo.aiVoices) && 'aiVoices', has(vo.externalVoice) && 'externalVoice'].filter(Boolean);
    if (voices.length === 2) fail(ctx, ['externalVoice'], '`aiVoices` and `externalVoice` are exclusive');
    if (vo.enabled && voices.length === 0) fail(ctx, ['aiVoices'], 'an enabled voice-over names its voice: `aiVoices` or `externalVoice` (ours)');
    if (!vo.enabled && voices.length > 0) fail(ctx, ['enabled'], 'a disabled voice-over takes no voice (ours)');
  });

export const BackgroundMusicSchema = z
  .strictObject({
    enabled: z.boolean(),
    autoMusic: z.boolean().optional(),
    musicUrl: url.optional(),
    volume: z.number().min(LIMITS.volume.min).max(LIMITS.volume.max).optional(),
    clips: z.array(ClipSchema).min(1).max(STORYBOARD_LIMITS.musicClipsMax).optional(),
  })
  .superRefine((music, ctx) => {
    if (music.autoMusic && has(music.musicUrl)) fail(ctx, ['musicUrl'], '`autoMusic` and `musicUrl` are exclusive');
    if (!music.enabled && Object.keys(music).length > 1) fail(ctx, ['enabled'], 'disabled music takes no other field (ours)');
  });

/** The logo: position vocabulary undocumented; the 9-grid presets used everywhere else. */
export const LogoSchema = z.strictObject({
  url,
  position: oneOf(FONT_STYLE_POSITIONS).optional(),
  width: percentage.optional(),
});

export const AvatarSchema = z.strictObject({
  avatarId: text,
  position: oneOf(ELEMENT_POSITIONS).optional(),
  width: percentage.optional(),
  borderRadius: percentage.optional(),
  backgroundColor: color.optional(),
  hide: z.boolean().optional(),
});

/** A scene's avatar override: placement and look only (the avatar itself is chosen at the top level). */
export const SceneAvatarSchema = z
  .strictObject({
    ...placementShape,
    hide: z.boolean().optional(),
    backgroundColor: color.optional(),
    borderRadius: percentage.optional(),
    borderColor: color.optional(),
    borderThickness: nonNegative.optional(),
  })
  .superRefine(checkPlacement);

// ——— scenes ———

export const StoryCoPilotSchema = z.strictObject({
  prompt: text.max(STORY_COPILOT_LIMITS.promptMaxLength),
  videoType: oneOf(STORY_COPILOT_VIDEO_TYPES).optional(),
  duration: z.number().min(STORY_COPILOT_LIMITS.duration.min).max(STORY_COPILOT_LIMITS.duration.max).optional(),
  platform: oneOf(STORY_COPILOT_PLATFORMS).optional(),
  tone: oneOf(STORY_COPILOT_TONES).optional(),
});

/** A scene's content sources: exactly one, or none for a visual-only scene (which then needs a background). */
export const SCENE_SOURCES = ['story', 'storyCoPilot', 'blogUrl', 'pptUrl', 'audioUrl', 'videoUrl'] as const;

export const SceneSchema = z
  .strictObject({
    story: text.max(LIMITS.storyMaxLength).optional(),
    isSSMLStory: z.boolean().optional(),
    createSceneOnNewLine: z.boolean().optional(),
    createSceneOnEndOfSentence: z.boolean().optional(),
    caption: text.optional(),
    storyCoPilot: StoryCoPilotSchema.optional(),
    blogUrl: url.optional(),
    pptUrl: url.optional(),
    audioUrl: url.optional(),
    videoUrl: url.optional(),
    audioLanguage: oneOf(AUDIO_LANGUAGES).optional(),
    transcript: text.optional(),
    mediaRepurposeSettings: opaqueObject.optional(),
    minimumDuration: z.number().positive().optional(),
    endPauseDuration: nonNegative.optional(),
    sceneTransition: oneOf(TRANSITIONS).optional(),
    hideSubtitles: z.boolean().optional(),
    highlightKeywords: z.boolean().optional(),
    maxSubtitleLines: z
      .number()
      .int()
      .min(STORYBOARD_LIMITS.maxSubtitleLines.min)
      .max(STORYBOARD_LIMITS.maxSubtitleLines.max)
      .optional(),
    subtitleStyle: SubtitleStyleSchema.optional(),
    background: BackgroundSchema.optional(),
    voiceOver: VoiceOverSchema.optional(),
    backgroundMusic: z.strictObject({ enabled: z.boolean() }).optional(),
    elements: z
      .array(ElementSchema)
      .min(STORYBOARD_LIMITS.elementsPerScene.min)
      .max(STORYBOARD_LIMITS.elementsPerScene.max)
      .optional(),
    backgroundBrolls: z.array(BrollSchema).min(1).optional(),
    backgroundCorpus: z.array(CorpusImageSchema).min(1).optional(),
    avatar: SceneAvatarSchema.optional(),
  })
  .superRefine((scene, ctx) => {
    const sources = SCENE_SOURCES.filter((field) => has(scene[field]));
    if (sources.length > 1) fail(ctx, [sources[1]], `a scene takes one content source; found ${sources.join(', ')}`);
    if (sources.length === 0 && !has(scene.background)) {
      fail(ctx, [], `a scene needs a content source (${SCENE_SOURCES.join(', ')}) or a background (visual-only scene)`);
    }
    const story = has(scene.story);
    for (const field of ['isSSMLStory', 'createSceneOnNewLine', 'createSceneOnEndOfSentence'] as const) {
      if (has(scene[field]) && !story) fail(ctx, [field], `\`${field}\` applies to a \`story\` (ours)`);
    }
    if (has(scene.caption)) {
      if (!story) fail(ctx, ['caption'], '`caption` requires a `story`');
      if (scene.createSceneOnNewLine || scene.createSceneOnEndOfSentence) {
        fail(ctx, ['caption'], '`caption` cannot be used with createSceneOnNewLine / createSceneOnEndOfSentence');
      }
    }
    const media = has(scene.audioUrl) || has(scene.videoUrl);
    if (media && !has(scene.audioLanguage)) fail(ctx, ['audioLanguage'], '`audioUrl`/`videoUrl` scenes require `audioLanguage`');
    for (const field of ['transcript', 'mediaRepurposeSettings', 'audioLanguage'] as const) {
      if (has(scene[field]) && !media) fail(ctx, [field], `\`${field}\` is only for \`audioUrl\`/\`videoUrl\` scenes`);
    }
  });

// ——— the request ———

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
