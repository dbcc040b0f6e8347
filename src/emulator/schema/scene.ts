/**
 * One scene of `scenes[]`.
 *
 * Rules (→ field name):
 * - exactly one content source: `story`, `storyCoPilot`, `blogUrl`, `pptUrl`, `audioUrl`, `videoUrl`, or
 *   none with a background that shows something (visualUrl, color, aiVisual or searchFilter) → `scenes[i]`;
 * - `isSSMLStory` only with `story` → `…isSSMLStory`;
 * - `caption` needs `story` and neither split flag → `…caption`;
 * - `audioLanguage` required with `audioUrl`/`videoUrl` → `…audioLanguage`; `transcript` and
 *   `mediaRepurposeSettings` only with them → their own names;
 * - `maxSubtitleLines` 1–4 (and not with a smart layout: checked in `storyboard.ts`).
 */
import { z } from 'zod';
import {
  AUDIO_LANGUAGES, COPILOT_PLATFORMS, COPILOT_TONES, COPILOT_VIDEO_TYPES, ELEMENT_POSITIONS, TRANSITIONS,
} from '../vocabulary.js';
import { sceneMusicSchema, voiceOverSchema } from './audio.js';
import { backgroundSchema, brollSchema, corpusItemSchema } from './background.js';
import { elementsSchema } from './elements.js';
import { fontStyleSchema } from './fontStyle.js';
import { colour, oneOf, percent, url } from './values.js';
import type { ValidationRules } from './visual.js';

export const CONTENT_SOURCES = ['story', 'storyCoPilot', 'blogUrl', 'pptUrl', 'audioUrl', 'videoUrl'] as const;

const storyCoPilotSchema = z.object({
  prompt: z.string({ error: 'prompt is required' }).min(1, { error: 'prompt is required' }).max(5000, { error: 'prompt must be at most 5000 characters' }),
  videoType: oneOf(COPILOT_VIDEO_TYPES, 'videoType').optional(),
  duration: z.number().min(1).max(600).optional(),
  platform: oneOf(COPILOT_PLATFORMS, 'platform').optional(),
  tone: oneOf(COPILOT_TONES, 'tone').optional(),
});

/** A scene's avatar override (the avatar itself is chosen at the top level). */
const sceneAvatarSchema = z
  .object({
    position: oneOf(ELEMENT_POSITIONS, 'position').optional(),
    top: percent.optional(),
    left: percent.optional(),
    width: percent.optional(),
    hide: z.boolean().optional(),
    backgroundColor: colour.optional(),
    borderRadius: z.union([percent, z.number().min(0)]).optional(),
    borderColor: colour.optional(),
    borderThickness: z.number().min(0).optional(),
  })
  .superRefine((avatar, ctx) => {
    if (avatar.position !== undefined && (avatar.top !== undefined || avatar.left !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['position'], message: 'position and top/left are mutually exclusive' });
    }
  });

export function sceneSchema(rules: ValidationRules) {
  return z
    .object({
      story: z.string().max(15_000, { error: 'story must be at most 15000 characters' }).optional(),
      isSSMLStory: z.boolean().optional(),
      createSceneOnNewLine: z.boolean().optional(),
      createSceneOnEndOfSentence: z.boolean().optional(),
      minimumDuration: z.number().min(0).optional(),
      endPauseDuration: z.number().min(0).optional(),
      sceneTransition: oneOf(TRANSITIONS, 'sceneTransition').optional(),
      hideSubtitles: z.boolean().optional(),
      highlightKeywords: z.boolean().optional(),
      maxSubtitleLines: z.number().int().min(1, { error: 'maxSubtitleLines must be 1 to 4' }).max(4, { error: 'maxSubtitleLines must be 1 to 4' }).optional(),
      subtitleStyle: fontStyleSchema.optional(),
      background: backgroundSchema(rules).optional(),
      voiceOver: voiceOverSchema.optional(),
      backgroundMusic: sceneMusicSchema.optional(),
      elements: elementsSchema(rules).optional(),
      storyCoPilot: storyCoPilotSchema.optional(),
      blogUrl: url.optional(),
      pptUrl: url.optional(),
      audioUrl: url.optional(),
      videoUrl: url.optional(),
      audioLanguage: oneOf(AUDIO_LANGUAGES, 'audioLanguage').optional(),
      transcript: z.unknown().optional(),
      mediaRepurposeSettings: z.record(z.string(), z.unknown()).optional(),
      caption: z.string().optional(),
      backgroundBrolls: z.array(brollSchema(rules)).optional(),
      backgroundCorpus: z.array(corpusItemSchema).optional(),
      avatar: sceneAvatarSchema.optional(),
    })
    .superRefine((scene, ctx) => {
      const sources = CONTENT_SOURCES.filter((k) => scene[k] !== undefined);
      const bg = scene.background;
      const showsSomething = bg !== undefined && [bg.visualUrl, bg.color, bg.aiVisual, bg.searchFilter].some((v) => v !== undefined);
      if (sources.length > 1) {
        ctx.addIssue({ code: 'custom', message: `a scene takes exactly one content source (${CONTENT_SOURCES.join(', ')}); got ${sources.join(', ')}` });
      } else if (sources.length === 0 && !showsSomething) {
        ctx.addIssue({
          code: 'custom',
          message: `a scene needs one content source (${CONTENT_SOURCES.join(', ')}) or a background with a visual or colour`,
        });
      }
      if (scene.isSSMLStory === true && scene.story === undefined) {
        ctx.addIssue({ code: 'custom', path: ['isSSMLStory'], message: 'isSSMLStory is only allowed with story' });
      }
      if (scene.caption !== undefined) {
        if (scene.story === undefined) ctx.addIssue({ code: 'custom', path: ['caption'], message: 'caption requires story' });
        if (scene.createSceneOnNewLine === true || scene.createSceneOnEndOfSentence === true) {
          ctx.addIssue({ code: 'custom', path: ['caption'], message: 'caption cannot be used with createSceneOnNewLine or createSceneOnEndOfSentence' });
        }
      }
      const media = scene.audioUrl !== undefined || scene.videoUrl !== undefined;
      if (media && scene.audioLanguage === undefined) {
        ctx.addIssue({ code: 'custom', path: ['audioLanguage'], message: 'audioLanguage is required with audioUrl or videoUrl' });
      }
      if (!media) {
        for (const key of ['transcript', 'mediaRepurposeSettings'] as const) {
          if (scene[key] !== undefined) {
            ctx.addIssue({ code: 'custom', path: [key], message: `${key} is only allowed with audioUrl or videoUrl` });
          }
        }
      }
    });
}

export type SceneBody = z.infer<ReturnType<typeof sceneSchema>>;
