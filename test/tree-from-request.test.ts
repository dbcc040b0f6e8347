/**
 * Every documented field is expressible in the DSL: for random valid request bodies (every field of the wire
 * schema in play, test/support/arbitrary-request.ts), the DSL tree that writes them (test/support/
 * tree-from-request.ts, one component or prop per field) compiles without an error and gives the same body back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as pictory from '../src/index.js';
import type { PictoryRequest } from '../src/index.js';
import { arbitraryRequest } from './support/arbitrary-request.js';
import { TAGS, treeFromRequest } from './support/tree-from-request.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/official');

/** The body the tree compiles to, or the compiler's diagnostics as the failure. */
function roundTrip(body: PictoryRequest): unknown {
  const result = pictory.compile(treeFromRequest(body));
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    throw new Error(`${pictory.formatDiagnostics(errors)}\nfor the body\n${JSON.stringify(body, null, 1)}`);
  }
  return JSON.parse(JSON.stringify(result.request));
}

describe('the DSL writes every documented field', () => {
  it('with components the package exports', () => {
    const exported = pictory as unknown as Record<string, unknown>;
    expect(TAGS.filter((tag) => exported[tag] !== tag)).toEqual([]);
  });

  it("Pictory's five official bodies, built generically, compile back to themselves", () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const body = JSON.parse(readFileSync(path.join(FIXTURES, `example-${n}.json`), 'utf8')) as PictoryRequest;
      expect(roundTrip(body)).toStrictEqual(body);
    }
  });

  it('random valid bodies compile back to themselves (property)', () => {
    fc.assert(
      fc.property(arbitraryRequest(), (body) => {
        expect(roundTrip(body)).toStrictEqual(body);
      }),
      { numRuns: 300 },
    );
  });
});
