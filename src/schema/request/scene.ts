/**
 * One scene (`scenes[]`): a content source (or none: visual-only), its background, elements and overrides.
 */
import { z } from 'zod';
import { LIMITS } from '../../catalog/catalog.js';
import { AUDIO_LANGUAGES } from '../../catalog/audio-languages.js';
import { STORYBOARD_LIMITS } from '../../catalog/limits.js';
import {
  STORY_COPILOT_LIMITS,
  STORY_COPILOT_PLATFORMS,
  STORY_COPILOT_TONES,
  STORY_COPILOT_VIDEO_TYPES,
} from '../../catalog/story-copilot.js';
import { TRANSITIONS } from '../../catalog/transitions.js';
import { SceneAvatarSchema } from './avatar.js';
import { BackgroundSchema, BrollSchema, CorpusImageSchema } from './background.js';
import { ElementSchema } from './elements.js';
import { SubtitleStyleSchema } from './font-style.js';
import { nonNegative, fail, has, oneOf, opaqueObject, text, url } from './values.js';
import { VoiceOverSchema } from './voice-over.js';

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
