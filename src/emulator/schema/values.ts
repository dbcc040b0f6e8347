/**
 * The value formats shared by every part of the storyboard body: URLs, colours, percentages, 0–1 opacities,
 * time ranges, and a helper for enums whose error lists the allowed values.
 */
import { z } from 'zod';

export const url = z.string().max(2000);

const BYTE = '(25[0-5]|2[0-4]\\d|1\\d\\d|\\d?\\d)';
const ALPHA = '(0|1|0?\\.\\d+|1\\.0+)';
const COLOUR = new RegExp(
  `^(rgb\\(\\s*${BYTE}\\s*,\\s*${BYTE}\\s*,\\s*${BYTE}\\s*\\)` +
    `|rgba\\(\\s*${BYTE}\\s*,\\s*${BYTE}\\s*,\\s*${BYTE}\\s*,\\s*${ALPHA}\\s*\\)` +
    `|#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8}))$`,
);

/** A colour: `rgb(r,g,b)`, `rgba(r,g,b,a)`, `#RGB`, `#RRGGBB` or `#RRGGBBAA`. */
export const colour = z
  .string()
  .regex(COLOUR, { error: (issue) => `${JSON.stringify(issue.input)} is not a colour: use rgb(r,g,b), rgba(r,g,b,a) or #RRGGBB` });

/** A percentage of the frame: an integer string `"0%"` … `"100%"` (decimals are rejected). */
export const percent = z.string().refine((value) => /^\d{1,3}%$/.test(value) && Number.parseInt(value, 10) <= 100, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a percentage: use an integer string from "0%" to "100%"`,
});

/** An opacity from 0 to 1. */
export const opacity = z.number().min(0).max(1);

/** `{start, end}` in seconds, start before end. */
export const timeRange = z
  .object({ start: z.number().min(0), end: z.number().min(0) })
  .refine((range) => range.end > range.start, { error: 'end must be after start' });

/** An enum whose error names the value given and every allowed one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid ${what}: expected one of ${values.join(', ')}`,
  });
}

/** Like `oneOf` for long lists (fonts, shapes, categories): the error does not repeat the whole list. */
export function oneOfMany(values: readonly string[], what: string) {
  const set = new Set(values);
  return z.string().refine((value) => set.has(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid ${what}`,
  });
}
