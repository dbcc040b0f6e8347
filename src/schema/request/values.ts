/**
 * Shared pieces of the request schema: value formats (colour, percentage, URL), clips, colour
 * overlays, element placement, and the helpers the refinements use.
 */
import { z } from 'zod';
import { LIMITS } from '../../catalog/catalog.js';
import { isColor, PERCENTAGE } from '../../catalog/formats.js';
import { STORYBOARD_LIMITS } from '../../catalog/limits.js';
import { ELEMENT_POSITIONS } from '../../catalog/positions.js';

export type Ctx = z.RefinementCtx;
export const fail = (ctx: Ctx, path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
export const has = (value: unknown) => value !== undefined;
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

export const text = z.string().min(1);
export const url = z.url({ protocol: /^https?$/, message: 'an http(s) URL' });
export const color = z.string().refine(isColor, 'a colour: rgb(r,g,b), rgba(r,g,b,a), #RGB, #RRGGBB or #RRGGBBAA');
export const percentage = z.string().regex(PERCENTAGE, 'an integer percentage string from "0%" to "100%"');
export const nonNegative = z.number().nonnegative();
export const amplificationLevel = z.number().min(LIMITS.amplificationLevel.min).max(LIMITS.amplificationLevel.max);
/** Arbitrary JSON objects where Pictory publishes no schema. */
export const opaqueObject = z.record(z.string(), z.unknown());

/** `{start, end}` in seconds, end after start (music clips, background trims, b-roll cuts). */
export const ClipSchema = z
  .strictObject({ start: nonNegative, end: nonNegative })
  .refine((clip) => clip.end > clip.start, { message: '`end` must be after `start`', path: ['end'] });

/** `colorOverlay`: a tint over the visual; the colour's alpha is dropped (use `opacity`). */
export const ColorOverlaySchema = z.strictObject({
  color,
  opacity: z.number().min(STORYBOARD_LIMITS.overlayOpacity.min).max(STORYBOARD_LIMITS.overlayOpacity.max).optional(),
});

/** Placement of an element or a scene avatar: a `position` preset or `top` + `left`; `width` any time. */
export const placementShape = {
  position: oneOf(ELEMENT_POSITIONS).optional(),
  top: percentage.optional(),
  left: percentage.optional(),
  width: percentage.optional(),
};

export function checkPlacement(el: { position?: string; top?: string; left?: string }, ctx: Ctx) {
  if (has(el.position) && (has(el.top) || has(el.left))) {
    fail(ctx, ['position'], '`position` and `top`/`left` are exclusive');
  }
  if (has(el.top) !== has(el.left)) fail(ctx, [has(el.top) ? 'left' : 'top'], '`top` and `left` go together');
}
