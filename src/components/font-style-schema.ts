/**
 * The one check of Pictory's fontStyle object (see `font-style.ts` for its public types): the schema that
 * `<Text style>` and `<SubtitleStyle>` share, and the rules beyond it (animations, fonts, decorations).
 * Internal: zod stays out of the published declarations.
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
} from '../catalog/animations.js';
import { TEXT_CASES, TEXT_DECORATIONS } from '../catalog/font-style.js';
import { FONT_NAMES, catalogFontLike, isCatalogFont } from '../catalog/fonts.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import { ALIGNMENTS, FONT_STYLE_POSITIONS } from '../catalog/positions.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic, Located } from '../diagnostics/diagnostic.js';
import { colorSchema, percentageSchema } from './element-schema.js';

const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

const animationSchema = z.strictObject({
  name: oneOf(ANIMATION_NAMES),
  type: oneOf(ANIMATION_TYPES),
  speed: oneOf(ANIMATION_SPEEDS),
  customSpeedValue: z.number().min(ANIMATION_LIMITS.customSpeedMin).optional(),
  direction: oneOf(ANIMATION_DIRECTIONS).optional(),
  writingStyle: oneOf(ANIMATION_WRITING_STYLES).optional(),
  futureWords: oneOf(FUTURE_WORDS).optional(),
});

/** The fontStyle fields shared by a text element's `style` and a subtitle style. */
export const fontStyleShape = {
  fontFamily: z.string().min(1).optional(),
  fontUrl: z.url({ protocol: /^https?$/, error: 'a URL like "https://example.com/font.ttf"' }).optional(),
  fontSize: z.number().int().min(STORYBOARD_LIMITS.fontSizeMin).optional(),
  color: colorSchema.optional(),
  backgroundColor: colorSchema.optional(),
  keywordColor: colorSchema.optional(),
  shadowColor: colorSchema.optional(),
  shadowWidth: percentageSchema.optional(),
  position: oneOf(FONT_STYLE_POSITIONS).optional(),
  alignment: oneOf(ALIGNMENTS).optional(),
  decorations: z.array(oneOf(TEXT_DECORATIONS)).readonly().optional(),
  case: oneOf(TEXT_CASES).optional(),
  paragraphWidth: percentageSchema.optional(),
  showBoxBackground: z.boolean().optional(),
  animations: z.array(animationSchema).min(ANIMATION_LIMITS.perStyle.min).max(ANIMATION_LIMITS.perStyle.max).readonly().optional(),
};

/** The subtitle-only fields (bullets). */
export const bulletShape = {
  showBullet: z.boolean().optional(),
  bulletSize: z.number().positive().optional(),
  bulletFillColor: colorSchema.optional(),
};

/** A text element's `style`: the fontStyle without bullets. */
export const textStyleSchema = z.strictObject(fontStyleShape);

interface StyleValues {
  fontFamily?: string;
  fontUrl?: string;
  decorations?: readonly string[];
  animations?: ReadonlyArray<{ name: string; type: string; speed: string; customSpeedValue?: number; futureWords?: string }>;
}

/**
 * The rules of a fontStyle beyond its schema. `prefix` is how its fields are named to the user: `style`
 * for a `<Text style>` (`style.fontFamily`), empty for `<SubtitleStyle>`'s own props (`fontFamily`).
 */
export function fontStyleRules(node: Located, style: StyleValues, prefix: string): Diagnostic[] {
  const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const out: Diagnostic[] = [];
  const { fontFamily, fontUrl, decorations, animations } = style;
  if (fontUrl !== undefined && fontFamily === undefined) {
    out.push(report(node, 'font-url-without-family', { prop: prefix || 'the style' }, name('fontFamily')));
  }
  if (fontFamily !== undefined && fontUrl === undefined && !isCatalogFont(fontFamily)) {
    out.push(report(node, 'unknown-font', { prop: name('fontFamily'), font: fontFamily, guess: fontLike(fontFamily) }, name('fontFamily')));
  }
  const seen = new Set<string>();
  for (const decoration of decorations ?? []) {
    if (seen.has(decoration)) out.push(report(node, 'decoration-twice', { prop: name('decorations'), decoration }, name('decorations')));
    seen.add(decoration);
  }
  const types = new Set<string>();
  (animations ?? []).forEach((animation, i) => {
    const at = name(`animations.${i}`);
    if (types.has(animation.type)) out.push(report(node, 'animations-same-type', { prop: name('animations'), type: animation.type }, `${at}.type`));
    types.add(animation.type);
    if (animation.customSpeedValue !== undefined && animation.speed !== 'custom') {
      out.push(report(node, 'custom-speed-not-custom', { prop: at, speed: animation.speed }, `${at}.customSpeedValue`));
    }
    if (animation.futureWords !== undefined && !takesFutureWords(animation.name)) {
      out.push(report(node, 'future-words-animation', { prop: at, name: animation.name }, `${at}.futureWords`));
    }
  });
  return out;
}

/** The catalog font a misspelt name means: the same name ignoring case and spaces, else the same family's first word. */
function fontLike(name: string): string | undefined {
  const first = (font: string) => font.toLowerCase().split(/\s+/)[0];
  return catalogFontLike(name) ?? FONT_NAMES.find((font) => first(font) === first(name));
}
