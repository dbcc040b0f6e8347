/**
 * Validation of storyboard bodies, as Pictory documents it: zod schemas (in `schema/`) whose objects *strip*
 * unknown keys (Pictory silently drops misspelled fields), plus the cross-field rules of the request schema
 * and the guides. Violations become the documented 400 body
 * `{code:"INVALID_REQUEST_BODY", message, fields:[{name, errors}]}` with `name` a path like
 * `scenes[0].background` (one entry per path, its messages joined by "; "). Each schema file lists the rules
 * it checks and the field name each violation is reported under.
 */
import { z } from 'zod';
import { url } from './schema/values.js';

export type { ValidationRules } from './schema/visual.js';
export type { AiVisualBody } from './schema/visual.js';
export { storyboardSchema } from './schema/storyboard.js';
export type { StoryboardBody } from './schema/storyboard.js';
export type { SceneBody } from './schema/scene.js';
export type { BackgroundBody } from './schema/background.js';
export type { ElementBody } from './schema/elements.js';
export type { FontStyleBody } from './schema/fontStyle.js';

/** One entry of the 400 body's `fields`. */
export interface FieldError {
  name: string;
  errors: string;
}

/** The schema of `PUT /v2/video/render/{storyboardJobId}`. */
export const renderFromPreviewSchema = z.object({
  webhook: url.max(500).optional(),
  webhookInput: z.unknown().optional(),
});

/** The outcome of validating a body: the stripped value, or the `fields` of a 400 answer. */
export type Validated<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/** Parse `input` with `schema`, turning zod issues into Pictory's `fields[]` (one entry per path). */
export function validate<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const byName = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = fieldName(issue.path);
    byName.set(name, [...(byName.get(name) ?? []), issue.message]);
  }
  return { ok: false, fields: [...byName].map(([name, errors]) => ({ name, errors: errors.join('; ') })) };
}

/** `['scenes', 0, 'background']` → `scenes[0].background`; the empty path → `body`. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let name = '';
  for (const key of path) {
    name += typeof key === 'number' ? `[${key}]` : `${name ? '.' : ''}${String(key)}`;
  }
  return name || 'body';
}
