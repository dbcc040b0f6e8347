/**
 * Pictory's fontStyle object: `subtitleStyle` (whole video and per scene) and text elements' `style`.
 * Source: "fontStyle object" in Pictory's skill repository (pictoryai/pictory-claude-skills,
 * references/request-schema.md) and the key list of Pictory's create-storyboard API reference.
 */
export const TEXT_DECORATIONS = ['bold', 'underline', 'italics', 'linethrough'] as const;

export const TEXT_CASES = ['uppercase', 'lowercase', 'capitalize', 'smallcapitalize'] as const;

/**
 * Every fontStyle field and the kind of value it takes. `subtitleOnly` fields (bullets) belong to subtitle
 * styles; a text element's `style` does not take them.
 */
export const FONT_STYLE_FIELDS = {
  fontFamily: { kind: 'font' },
  fontUrl: { kind: 'url' },
  fontSize: { kind: 'integer ≥ 1' },
  color: { kind: 'colour' },
  backgroundColor: { kind: 'colour' },
  keywordColor: { kind: 'colour' },
  shadowColor: { kind: 'colour' },
  shadowWidth: { kind: 'percentage' },
  position: { kind: 'font-style position' },
  alignment: { kind: 'alignment' },
  decorations: { kind: 'decorations' },
  case: { kind: 'case' },
  paragraphWidth: { kind: 'percentage' },
  showBoxBackground: { kind: 'boolean' },
  showBullet: { kind: 'boolean', subtitleOnly: true },
  bulletSize: { kind: 'number > 0', subtitleOnly: true },
  bulletFillColor: { kind: 'colour', subtitleOnly: true },
  animations: { kind: 'animations' },
} as const;

/** `backgroundColor` that hides the default translucent strip behind text. */
export const TRANSPARENT = 'rgba(0,0,0,0)';

export type TextDecoration = (typeof TEXT_DECORATIONS)[number];
export type TextCase = (typeof TEXT_CASES)[number];
export type FontStyleField = keyof typeof FONT_STYLE_FIELDS;

export const SUBTITLE_ONLY_FIELDS = (Object.keys(FONT_STYLE_FIELDS) as FontStyleField[]).filter(
  (field) => 'subtitleOnly' in FONT_STYLE_FIELDS[field],
);
