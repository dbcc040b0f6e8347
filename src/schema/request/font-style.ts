/**
 * Pictory's fontStyle object: `subtitleStyle` (video and scene) and text elements' `style`.
 */
import { z } from 'zod';
import {
  ANIMATION_DIRECTIONS,
  ANIMATION_LIMITS,
  ANIMATION_NAMES,
  ANIMATION_SPEEDS,
  ANIMATION_TYPES,
  ANIMATION_WRITING_STYLES,
  FUTURE_WORDS,
  takesFutureWords,
} from '../../catalog/animations.js';
import { TEXT_CASES, TEXT_DECORATIONS } from '../../catalog/font-style.js';
import { STORYBOARD_LIMITS } from '../../catalog/limits.js';
import { ALIGNMENTS, FONT_STYLE_POSITIONS } from '../../catalog/positions.js';
import { color, fail, has, oneOf, percentage, text, url, type Ctx } from './values.js';

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
