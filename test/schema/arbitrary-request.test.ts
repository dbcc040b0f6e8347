import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PictoryRequestSchema } from '../../src/schema/request.js';
import { arbitraryRequest } from '../support/arbitrary-request.js';

/** Every field path the schema declares, e.g. `scenes[].elements[].style.animations[].name`. */
function schemaPaths(schema: z.ZodType, prefix = '', out = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return schemaPaths(def.innerType, prefix, out);
    case 'array':
      return schemaPaths(def.element, `${prefix}[]`, out);
    case 'union':
      for (const option of def.options) schemaPaths(option, prefix, out);
      return out;
    case 'object':
      for (const [key, value] of Object.entries(def.shape)) schemaPaths(value as z.ZodType, prefix ? `${prefix}.${key}` : key, out);
      return out;
    default:
      out.add(prefix);
      return out;
  }
}

/** The field paths a body uses, stopping at the schema's leaves (open objects such as `webhookInput`). */
function bodyPaths(value: unknown, leaves: Set<string>, prefix = '', out = new Set<string>()): Set<string> {
  if (leaves.has(prefix)) out.add(prefix);
  else if (Array.isArray(value)) for (const item of value) bodyPaths(item, leaves, `${prefix}[]`, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) bodyPaths(v, leaves, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

describe('arbitrary valid request bodies', () => {
  const samples = fc.sample(arbitraryRequest(), { numRuns: 1000, seed: 20261129 });

  it('1,000 generated bodies all pass the wire schema', () => {
    for (const body of samples) {
      const result = PictoryRequestSchema.safeParse(body);
      if (!result.success) {
        throw new Error(`${JSON.stringify(result.error.issues, null, 1)}\nin\n${JSON.stringify(body, null, 1)}`);
      }
    }
  });

  it('pass the schema for any seed (property)', () => {
    fc.assert(fc.property(arbitraryRequest(), (body) => PictoryRequestSchema.safeParse(body).success), { numRuns: 200 });
  });

  it('between them, use every field the schema declares', () => {
    const declared = schemaPaths(PictoryRequestSchema);
    const used = new Set<string>();
    for (const body of samples) bodyPaths(body, declared, '', used);
    const missing = [...declared].filter((path) => !used.has(path));
    expect(missing).toEqual([]);
    expect(declared.size).toBeGreaterThan(150);
  });
});
