import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PictoryRequestSchema } from '../../src/schema/request.js';
import { arbitraryRequest } from '../support/arbitrary-request.js';
import { schemaPaths } from './schema-paths.js';

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
