/**
 * Zod pieces the component schemas share for Pictory's value formats (URL, colour, percentage, clip,
 * colour overlay). Each format check carries the phrase a user reads: `overlay.color "blurple" must be a
 * colour like "#1a2b3c", "rgb(26,43,60)" or "rgba(26,43,60,0.5)"`.
 */
import { z } from 'zod';
import { HEX_COLOR, PERCENTAGE, RGBA_COLOR, RGB_COLOR } from '../catalog/formats.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';

const COLOR = new RegExp(`${RGB_COLOR.source}|${RGBA_COLOR.source}|${HEX_COLOR.source}`);

export const urlProp = () => z.url({ protocol: /^https?$/, error: 'an http(s) URL like "https://example.com/file"' });
export const colorProp = () => z.string().regex(COLOR, { error: 'a colour like "#1a2b3c", "rgb(26,43,60)" or "rgba(26,43,60,0.5)"' });
export const percentProp = () => z.string().regex(PERCENTAGE, { error: 'a whole percentage from "0%" to "100%", like "10%"' });
export const textProp = () => z.string().min(1);

/** `{start, end}` in seconds (a music clip, a trim of a video). `end` after `start` is a rule. */
export const clipProp = () => z.strictObject({ start: z.number().nonnegative(), end: z.number().nonnegative() });

export const overlayProp = () =>
  z.strictObject({
    color: colorProp(),
    opacity: z.number().min(STORYBOARD_LIMITS.overlayOpacity.min).max(STORYBOARD_LIMITS.overlayOpacity.max).optional(),
  });
