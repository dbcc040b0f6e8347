/**
 * Pictory's five official example requests (test/fixtures/official, copied byte for byte from Pictory's skill
 * repository), written in the DSL as a user would (examples/official/example-N.tsx), compile to exactly their
 * JSON and are priced exactly. (That each file type-checks is part of the type tests: test/types/tsconfig.json
 * includes examples/official.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { compile } from '../src/index.js';
import { PictoryRequestSchema } from '../src/schema/request.js';
import { expectOk } from './compiler/expect-ok.js';
import example1 from '../examples/official/example-1.js';
import example2 from '../examples/official/example-2.js';
import example3 from '../examples/official/example-3.js';
import example4 from '../examples/official/example-4.js';
import example5 from '../examples/official/example-5.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/official');
const fixture = (n: number): unknown => JSON.parse(readFileSync(path.join(FIXTURES, `example-${n}.json`), 'utf8'));

/** Each example, its AI-credit bill as [scene, component path, model, credits]. */
const EXAMPLES: [number, ReactNode, [number, string, string, number][]][] = [
  [1, example1, []],
  [
    2,
    example2,
    // pixverse5.5, 5 s × 1.6 credits/s, three times: 24
    [1, 2, 3].map((scene) => [scene, `Video > Scene[${scene}] > AIVideoBackground`, 'pixverse5.5', 8]),
  ],
  [
    3,
    example3,
    // seedream3.0 images at 2 credits each (scenes 1, 2, 4), a pixverse5.5 5 s clip at 1.6/s (scene 3): 14
    [
      [1, 'Video > Scene[1] > Image[3]', 'seedream3.0', 2],
      [2, 'Video > Scene[2] > Image[2]', 'seedream3.0', 2],
      [3, 'Video > Scene[3] > Clip[2]', 'pixverse5.5', 8],
      [4, 'Video > Scene[4] > Image[3]', 'seedream3.0', 2],
    ],
  ],
  [4, example4, []],
  [5, example5, []],
];
const TOTALS = { 1: 0, 2: 24, 3: 14, 4: 0, 5: 0 } as Record<number, number>;

/**
 * What the design lint finds in each: real layout faults of Pictory's own examples, each proven with its
 * measured figures in test/layout/lint-official.test.ts (example 1's label wraps in its pill; 3's title runs
 * into the product image; 4's title is covered by the middle block and its 12 block labels sit 1.6 % low;
 * 5's heading is covered by the first card). Nothing else: no error, no other warning.
 */
const LINT: Record<number, string[]> = {
  1: ['label-wraps Video > Scene[6] > Text[3]'],
  2: [],
  3: ['overlap Video > Scene[1] > Image[3]'],
  4: [
    'overlap Video > Scene[1] > Shape[5]',
    ...[
      [1, 8],
      [1, 9],
      [1, 10],
      [2, 6],
      [2, 7],
      [2, 8],
      [3, 6],
      [3, 7],
      [3, 8],
      [4, 6],
      [4, 7],
      [4, 8],
    ].map(([scene, text]) => `label-off-centre Video > Scene[${scene}] > Text[${text}]`),
  ],
  5: ['overlap Video > Scene[1] > Shape[2]'],
};

describe("Pictory's official examples, written in the DSL", () => {
  it.each(EXAMPLES)('example %i compiles to exactly its JSON; its only diagnostics are its real layout faults', (n, tree) => {
    const { request, diagnostics } = expectOk(compile(tree));
    expect(diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(LINT[n]);
    expect(diagnostics.every((d) => d.severity === 'warning' && d.loc?.file.endsWith(`example-${n}.tsx`))).toBe(true);
    expect(JSON.parse(JSON.stringify(request))).toStrictEqual(fixture(n));
    expect(PictoryRequestSchema.safeParse(request).success).toBe(true);
  });

  it.each(EXAMPLES)('example %i is priced exactly, each AI visual named', (n, tree, items) => {
    const { credits } = expectOk(compile(tree));
    expect(credits.total).toBe(TOTALS[n]);
    expect(credits.exact).toBe(true);
    expect(credits.items.map((i) => [i.scene, i.path, i.model, i.credits])).toEqual(items);
  });

  it('between them, write 102 overlay elements', () => {
    const elements = EXAMPLES.map(([, tree]) => expectOk(compile(tree)).request.scenes!.flatMap((s) => s.elements ?? []));
    expect(elements.map((list) => list.length)).toEqual([19, 0, 10, 37, 36]);
    expect(elements.flat()).toHaveLength(102);
  });
});
