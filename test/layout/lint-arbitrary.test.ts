/** Any valid request lays out and lints without throwing, and every finding names a real element of its scene. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, layoutRequest, lintRequest } from '../../src/layout/index.js';
import { arbitraryRequest } from '../support/arbitrary-request.js';

describe('layout and lint on arbitrary valid requests', () => {
  it('never throw; boxes are finite; findings point at existing elements with a known code', () => {
    fc.assert(
      fc.property(arbitraryRequest(), (body) => {
        const layouts = layoutRequest(body);
        for (const layout of layouts) {
          for (const el of layout.elements) {
            for (const v of Object.values(el.box)) expect(Number.isFinite(v)).toBe(true);
          }
        }
        for (const f of lintRequest(body)) {
          const elements = body.scenes?.[f.scene].elements ?? [];
          expect(f.element).toBeLessThan(elements.length);
          expect(FINDING_CODES).toContain(f.code);
          expect(f.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
