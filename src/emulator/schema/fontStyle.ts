/**
 * The fontStyle object: Pictory's text style, used by the video's and scenes' `subtitleStyle` and by text
 * elements' `style`. Rules: a catalog font family, or any family with `fontUrl`; `fontSize` an integer ≥ 1;
 * colours and percentages in their formats; 1–2 animations, at most one `entry` and one `exit`;
 * `customSpeedValue` (≥ 0.5) only with speed `custom`; `futureWords` only on `fade`/`blur`.
 */
import { z } from 'zod';
import {
  ALIGNMENTS, ANIMATION_DIRECTIONS, ANIMATION_NAMES, ANIMATION_SPEEDS, ANIMATION_TYPES, DECORATIONS, FONT_POSITIONS,
  FUTURE_WORDS, FUTURE_WORDS_ANIMATIONS, MIN_CUSTOM_SPEED, TEXT_CASES, WRITING_STYLES,
} from '../vocabulary.js';
import { colour, oneOf, percent, url } from './values.js';

const animationSchema = z
  .object({
    name: oneOf(ANIMATION_NAMES, 'animation name'),
    type: oneOf(ANIMATION_TYPES, 'animation type'),
    speed: oneOf(ANIMATION_SPEEDS, 'animation speed').optional(),
    customSpeedValue: z.number().min(MIN_CUSTOM_SPEED).optional(),
    direction: oneOf(ANIMATION_DIRECTIONS, 'animation direction').optional(),
    writingStyle: oneOf(WRITING_STYLES, 'writing style').optional(),
    futureWords: oneOf(FUTURE_WORDS, 'futureWords value').optional(),
  })
  .superRefine((animation, ctx) => {
    if (animation.customSpeedValue !== undefined && animation.speed !== 'custom') {
      ctx.addIssue({ code: 'custom', path: ['customSpeedValue'], message: 'customSpeedValue is only allowed with speed "custom"' });
    }
    if (animation.futureWords !== undefined && !FUTURE_WORDS_ANIMATIONS.includes(animation.name)) {
      ctx.addIssue({ code: 'custom', path: ['futureWords'], message: `futureWords is only allowed on the fade and blur animations, not "${animation.name}"` });
    }
  });

const animationsSchema = z
  .array(animationSchema)
  .min(1, { error: 'animations must have 1 or 2 entries' })
  .max(2, { error: 'animations must have 1 or 2 entries (one entry, one exit)' })
  .superRefine((animations, ctx) => {
    for (const type of ANIMATION_TYPES) {
      if (animations.filter((a) => a.type === type).length > 1) {
        ctx.addIssue({ code: 'custom', message: `animations may have only one "${type}" animation` });
      }
    }
  });

export const fontStyleSchema = z.object({
  fontFamily: z.string().min(1).optional(),
  fontUrl: url.optional(),
  fontSize: z.number().int({ error: 'fontSize must be an integer' }).min(1, { error: 'fontSize must be at least 1' }).optional(),
  color: colour.optional(),
  backgroundColor: colour.optional(),
  keywordColor: colour.optional(),
  shadowColor: colour.optional(),
  shadowWidth: percent.optional(),
  position: oneOf(FONT_POSITIONS as [string, ...string[]], 'text position').optional(),
  alignment: oneOf(ALIGNMENTS, 'alignment').optional(),
  decorations: z.array(oneOf(DECORATIONS, 'decoration')).optional(),
  case: oneOf(TEXT_CASES, 'case').optional(),
  paragraphWidth: percent.optional(),
  showBoxBackground: z.boolean().optional(),
  showBullet: z.boolean().optional(),
  bulletSize: z.number().min(0).optional(),
  bulletFillColor: colour.optional(),
  animations: animationsSchema.optional(),
}).superRefine((style, ctx) => {
  if (style.fontUrl !== undefined && style.fontFamily === undefined) {
    ctx.addIssue({ code: 'custom', path: ['fontFamily'], message: 'fontFamily is required with fontUrl' });
  }
});

export type FontStyleBody = z.infer<typeof fontStyleSchema>;
