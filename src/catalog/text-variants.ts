/**
 * Text element variants (`elements[].textVariant`) and the defaults each seeds; `style.fontSize`, `top`/`left`
 * and `width` then override. Source: "Text element" in Pictory's skill repository
 * (pictoryai/pictory-claude-skills, references/request-schema.md), checked there against rendered frames.
 * Without a variant Pictory uses `body`: a title without `fontSize` renders at 20.
 */
export const TEXT_VARIANTS = {
  heading: { fontSize: 66, position: 'center-center', width: '90%' },
  subheading: { fontSize: 42, position: 'top-center', width: '90%' },
  body: { fontSize: 20, position: 'center-center', width: '37%' },
} as const;

export type TextVariant = keyof typeof TEXT_VARIANTS;

export const TEXT_VARIANT_NAMES = Object.keys(TEXT_VARIANTS) as TextVariant[];

/** The variant Pictory applies when a text element names none. */
export const DEFAULT_TEXT_VARIANT: TextVariant = 'body';
