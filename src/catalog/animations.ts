/**
 * Text animations (`fontStyle.animations[]`, on subtitle styles and text elements). Source: "Text animations" in
 * Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md).
 * A style takes 1–2 animations: at most one `entry` and one `exit`.
 */
export const ANIMATION_NAMES = [
  'none',
  'fade',
  'drift',
  'wipe',
  'text reveal',
  'elastic',
  'typewriter',
  'blur',
  'bulletin',
] as const;

/** When the animation plays: as the text appears or as it leaves. */
export const ANIMATION_TYPES = ['entry', 'exit'] as const;

/** `custom` needs `customSpeedValue` (≥ 0.5) and is the only speed that takes it. */
export const ANIMATION_SPEEDS = ['slow', 'medium', 'fast', 'custom'] as const;

export const ANIMATION_DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

export const ANIMATION_WRITING_STYLES = ['character', 'word', 'line', 'paragraph'] as const;

/** How the words not yet animated look; only the animations in `FUTURE_WORDS_ANIMATIONS` take it. */
export const FUTURE_WORDS = ['hidden', 'subtle', 'prominent'] as const;
export const FUTURE_WORDS_ANIMATIONS = ['fade', 'blur'] as const;

export const ANIMATION_LIMITS = {
  /** Animations per style: one entry and one exit at most. */
  perStyle: { min: 1, max: 2 },
  /** Minimum `customSpeedValue`. */
  customSpeedMin: 0.5,
} as const;

export type AnimationName = (typeof ANIMATION_NAMES)[number];
export type AnimationType = (typeof ANIMATION_TYPES)[number];
export type AnimationSpeed = (typeof ANIMATION_SPEEDS)[number];
export type AnimationDirection = (typeof ANIMATION_DIRECTIONS)[number];
export type AnimationWritingStyle = (typeof ANIMATION_WRITING_STYLES)[number];
export type FutureWords = (typeof FUTURE_WORDS)[number];
export type FutureWordsAnimation = (typeof FUTURE_WORDS_ANIMATIONS)[number];

export function takesFutureWords(name: string): name is FutureWordsAnimation {
  return (FUTURE_WORDS_ANIMATIONS as readonly string[]).includes(name);
}
