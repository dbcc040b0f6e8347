import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PictoryRequestSchema } from '../../src/schema/request.js';
import { arbitraryRequest } from '../support/arbitrary-request.js';
import { schemaEnums, schemaPaths } from './schema-paths.js';

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

  it('between them, use every value of every vocabulary (most of the long ones: fonts, shapes, categories)', () => {
    const enums = schemaEnums(PictoryRequestSchema);
    // One vocabulary may sit at several paths (a category on backgrounds and b-rolls): pool what each path saw.
    const vocabularyOf = (path: string) => JSON.stringify(enums.get(path));
    const seen = new Map<string, Set<unknown>>();
    const visit = (value: unknown, path: string) => {
      if (enums.has(path)) seen.set(vocabularyOf(path), (seen.get(vocabularyOf(path)) ?? new Set()).add(value));
      else if (Array.isArray(value)) for (const item of value) visit(item, `${path}[]`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
    };
    for (const body of samples) visit(body, '');
    const short = [...enums].map(([path, values]) => {
      const unseen = values.filter((v) => !seen.get(vocabularyOf(path))?.has(v));
      // Long vocabularies (140 shapes, 63 categories) need not all appear in 1,000 bodies, but most must.
      return [path, values.length <= 30 || unseen.length > values.length / 4 ? unseen : []] as const;
    });
    expect(short.filter(([, unseen]) => unseen.length > 0)).toEqual([]);
  });
});
