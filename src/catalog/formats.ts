/**
 * Value formats Pictory accepts. Source: "Value formats" in Pictory's skill repository
 * (pictoryai/pictory-claude-skills, references/request-schema.md).
 *
 * Colours: `rgb(r,g,b)`, `rgba(r,g,b,a)` (channels 0–255, alpha 0–1), `#RGB`, `#RRGGBB`, `#RRGGBBAA` (Pictory
 * normalises hex to rgba). Percentages: integer strings "0%"–"100%" (decimals are rejected).
 */
const channel = String.raw`\s*(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\s*`;
const alpha = String.raw`\s*(?:0|1|0?\.\d+|1\.0+)\s*`;

export const RGB_COLOR = new RegExp(`^rgb\\(${channel},${channel},${channel}\\)$`);
export const RGBA_COLOR = new RegExp(`^rgba\\(${channel},${channel},${channel},${alpha}\\)$`);
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
export const PERCENTAGE = /^(?:100|[1-9]?\d)%$/;

export function isColor(value: string): boolean {
  return RGB_COLOR.test(value) || RGBA_COLOR.test(value) || HEX_COLOR.test(value);
}

export function isPercentage(value: string): boolean {
  return PERCENTAGE.test(value);
}

/** Whether a colour carries an alpha below 1 (an `rgba()` or an 8-digit hex): dropped by `colorOverlay`. */
export function hasAlpha(value: string): boolean {
  if (RGBA_COLOR.test(value)) return Number(value.slice(value.lastIndexOf(',') + 1, -1)) < 1;
  return HEX_COLOR.test(value) && value.length === 9 && value.slice(7).toLowerCase() !== 'ff';
}

/** The integer of a percentage string: `"12%"` → 12. */
export function percentOf(value: string): number {
  return Number.parseInt(value, 10);
}

// ── Value types for the DSL's props (overlay elements and font styles) ─────────────────────────────────
/** A colour as Pictory takes it: `rgb(r,g,b)`, `rgba(r,g,b,a)` or hex (`#RGB`, `#RRGGBB`, `#RRGGBBAA`). */
export type Color = `#${string}` | `rgb(${string})` | `rgba(${string})`;
/** An integer percentage string from `"0%"` to `"100%"` (of the frame, or of the text box). */
export type Percentage = `${number}%`;
