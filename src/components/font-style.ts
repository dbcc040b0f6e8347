/**
 * Pictory's fontStyle object, as the DSL types it: the props of `<SubtitleStyle>` and the `style` of
 * `<Text>`. Public types only; the one schema that checks them is in `font-style-schema.ts` (kept apart so
 * the published declarations never load zod). Every vocabulary comes from the catalog.
 */
import type {
  AnimationDirection,
  AnimationName,
  AnimationType,
  AnimationWritingStyle,
  FutureWords,
  FutureWordsAnimation,
} from '../catalog/animations.js';
import type { TextCase, TextDecoration } from '../catalog/font-style.js';
import type { FontName } from '../catalog/fonts.js';
import type { Color, Percentage } from '../catalog/formats.js';
import type { Alignment, FontStylePosition } from '../catalog/positions.js';

/** How fast it plays: a preset, or `custom` with `customSpeedValue` (≥ 0.5). */
type AnimationSpeedProps =
  | {
      /** → `animations[].speed`. */
      speed: 'slow' | 'medium' | 'fast';
      customSpeedValue?: never;
    }
  | {
      /** → `animations[].speed`: `custom` plays at `customSpeedValue`. */
      speed: 'custom';
      /** → `animations[].customSpeedValue`: ≥ 0.5; only with `speed: "custom"`. */
      customSpeedValue?: number;
    };

/** Which animation: only `fade` and `blur` take `futureWords`. */
type AnimationNameProps =
  | {
      /** → `animations[].name`. */
      name: FutureWordsAnimation;
      /** → `animations[].futureWords`: how the words not yet shown look (fade and blur only). */
      futureWords?: FutureWords;
    }
  | {
      /** → `animations[].name`. */
      name: Exclude<AnimationName, FutureWordsAnimation>;
      futureWords?: never;
    };

/** One text animation (`fontStyle.animations[]`): at most one `entry` and one `exit` per style. */
export type TextAnimation = {
  /** → `animations[].type`: plays as the text appears (`entry`) or leaves (`exit`). */
  type: AnimationType;
  /** → `animations[].direction`. */
  direction?: AnimationDirection;
  /** → `animations[].writingStyle`: animate by character, word, line or paragraph. */
  writingStyle?: AnimationWritingStyle;
} & AnimationSpeedProps &
  AnimationNameProps;

/** A catalog font, or any font name when `fontUrl` says where to load it from. */
type FontProps =
  | {
      /** → `fontFamily`: one of Pictory's fonts (or any name, with `fontUrl`). */
      fontFamily?: FontName;
      fontUrl?: never;
    }
  | {
      /** → `fontFamily`: the name of the font `fontUrl` loads. */
      fontFamily: string;
      /** → `fontUrl`: URL of a font file (TTF/OTF/WOFF) for a font outside Pictory's catalog. */
      fontUrl: string;
    };

/** The fontStyle fields a text element's `style` and a subtitle style share. */
export type FontStyle = {
  /** → `fontSize`: an integer ≥ 1, in pixels of a 1280×720 (or 720×1280) canvas. */
  fontSize?: number;
  /** → `color`: the text colour. */
  color?: Color;
  /** → `backgroundColor`: the strip behind the text (`"rgba(0,0,0,0)"` hides it). */
  backgroundColor?: Color;
  /** → `keywordColor`: the colour of highlighted keywords (`<strong>` in a story). */
  keywordColor?: Color;
  /** → `shadowColor`. */
  shadowColor?: Color;
  /** → `shadowWidth`: a percentage, e.g. `"2%"`. */
  shadowWidth?: Percentage;
  /** → `position`: where the text sits on the 3×3 grid. */
  position?: FontStylePosition;
  /** → `alignment`: the text's alignment in its box. */
  alignment?: Alignment;
  /** → `decorations`: bold, underline, italics, linethrough (each at most once). */
  decorations?: readonly TextDecoration[];
  /** → `case`: uppercase, lowercase, capitalize, smallcapitalize. */
  case?: TextCase;
  /** → `paragraphWidth`: the text box's width as a percentage, e.g. `"80%"`. */
  paragraphWidth?: Percentage;
  /** → `showBoxBackground`: draw the box behind the text. */
  showBoxBackground?: boolean;
  /** → `animations`: 1–2 text animations, at most one `entry` and one `exit`. */
  animations?: readonly TextAnimation[];
} & FontProps;

/** A subtitle style: the fontStyle fields plus bullets (subtitle styles only). */
export type SubtitleFontStyle = FontStyle & {
  /** → `showBullet`: a bullet before each subtitle line. */
  showBullet?: boolean;
  /** → `bulletSize`: a number > 0. */
  bulletSize?: number;
  /** → `bulletFillColor`. */
  bulletFillColor?: Color;
};
