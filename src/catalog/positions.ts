/**
 * Placement presets. Source: "Positioning" and the fontStyle object in Pictory's skill repository
 * (pictoryai/pictory-claude-skills, references/request-schema.md).
 *
 * Elements (and the avatar) take a `position` preset OR `top` + `left` percentage strings, never both; `width`
 * is always allowed. Elements accept `center` as an alias of `center-center`; fontStyle's `position` (where the
 * subtitle or text sits) does not.
 */
export const FONT_STYLE_POSITIONS = [
  'top-left',
  'top-center',
  'top-right',
  'center-left',
  'center-center',
  'center-right',
  'bottom-left',
  'bottom-center',
  'bottom-right',
] as const;

export const ELEMENT_POSITIONS = [...FONT_STYLE_POSITIONS, 'center'] as const;

/** Horizontal text alignment inside its box (fontStyle `alignment`). */
export const ALIGNMENTS = ['left', 'center', 'right'] as const;

export type FontStylePosition = (typeof FONT_STYLE_POSITIONS)[number];
export type ElementPosition = (typeof ELEMENT_POSITIONS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];

/** A preset as fractions of the frame: where the box's anchor sits (0 = left/top, 0.5 = centre, 1 = right/bottom). */
export function presetAnchor(position: ElementPosition): { x: 0 | 0.5 | 1; y: 0 | 0.5 | 1 } {
  const [row, column] = position === 'center' ? ['center', 'center'] : position.split('-');
  const at = (part: string | undefined) => (part === 'top' || part === 'left' ? 0 : part === 'center' ? 0.5 : 1);
  return { x: at(column), y: at(row) };
}
