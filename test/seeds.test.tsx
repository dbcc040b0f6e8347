/**
 * Every request body in the seed documents (Pictory's own AI-visual guides), written as a DSL example under
 * examples/seeds/, must compile to exactly the seed's JSON (test/fixtures/seeds/, extracted from the seeds by
 * scripts/extract-seed-bodies.ts) and cost what the seeds' rates say.
 *
 * Rates (seeds 000–004): images per image — flux-schnell 0.6, seedream3.0 2, nanobanana 4, nanobanana-pro 14;
 * video per second — pixverse5.5 1.6 (default 5s), veo3.1_fast 10 (default 4s), veo3.1 20 (default 4s).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, type CompiledVideo } from '../src/index.js';
import { expectOk } from './compiler/expect-ok.js';
import { DEFAULT_SEEDS_DIR, FIXTURES_DIR, extractAll, fixtureText } from '../scripts/extract-seed-bodies.js';
import { CREATOR_STORY } from '../examples/seeds/creator-story.js';
import seed000 from '../examples/seeds/000-complete.js';
import seed001ex1 from '../examples/seeds/001-example-1-auto-prompt.js';
import seed001ex2 from '../examples/seeds/001-example-2-creative-direction.js';
import seed001ex3 from '../examples/seeds/001-example-3-scene-prompts.js';
import seed001ex4 from '../examples/seeds/001-example-4-auto-scenes.js';
import seed002 from '../examples/seeds/002-complete.js';
import seed003 from '../examples/seeds/003-complete.js';
import seed004ex1 from '../examples/seeds/004-example-1-auto-prompt.js';
import seed004ex2 from '../examples/seeds/004-example-2-creative-direction.js';
import seed004ex3 from '../examples/seeds/004-example-3-scene-prompts.js';
import seed004ex4 from '../examples/seeds/004-example-4-auto-scenes.js';

/** Sentences of the split story of Examples 1–2 (001 and 004), counted with Intl.Segmenter: 8. */
const CREATOR_SENTENCES = 8;

interface SeedCase {
  name: string;
  element: Parameters<typeof compile>[0];
  total: number;
  /** False exactly where a story is split (the visual count is then an estimate). */
  exact: boolean;
  /** One entry per AI visual component, in scene order. */
  items: Array<{ scene: number; model: string; visuals: number; credits: number; exact: boolean }>;
}

const SEEDS: SeedCase[] = [
  {
    name: '000-complete',
    element: seed000,
    total: 72.8, // pixverse5.5 8s = 1.6×8 = 12.8, + veo3.1_fast 6s = 10×6 = 60
    exact: true,
    items: [
      { scene: 1, model: 'pixverse5.5', visuals: 1, credits: 12.8, exact: true },
      { scene: 2, model: 'veo3.1_fast', visuals: 1, credits: 60, exact: true },
    ],
  },
  {
    name: '001-example-1-auto-prompt',
    element: seed001ex1,
    total: 64, // split into 8 sentences × pixverse5.5 at its default 5s (1.6×5 = 8) = 64
    exact: false,
    items: [{ scene: 1, model: 'pixverse5.5', visuals: CREATOR_SENTENCES, credits: 64, exact: false }],
  },
  {
    name: '001-example-2-creative-direction',
    element: seed001ex2,
    total: 64, // as Example 1: 8 sentences × 8 (pixverse5.5, default 5s) = 64
    exact: false,
    items: [{ scene: 1, model: 'pixverse5.5', visuals: CREATOR_SENTENCES, credits: 64, exact: false }],
  },
  {
    name: '001-example-3-scene-prompts',
    element: seed001ex3,
    total: 24, // 3 scenes × pixverse5.5 5s (1.6×5 = 8) = 24
    exact: true,
    items: [1, 2, 3].map((scene) => ({ scene, model: 'pixverse5.5', visuals: 1, credits: 8, exact: true })),
  },
  {
    name: '001-example-4-auto-scenes',
    element: seed001ex4,
    total: 24, // 3 scenes × pixverse5.5 5s (1.6×5 = 8) = 24
    exact: true,
    items: [1, 2, 3].map((scene) => ({ scene, model: 'pixverse5.5', visuals: 1, credits: 8, exact: true })),
  },
  {
    name: '002-complete',
    element: seed002,
    total: 6, // seedream3.0 2 + nanobanana 4
    exact: true,
    items: [
      { scene: 1, model: 'seedream3.0', visuals: 1, credits: 2, exact: true },
      { scene: 2, model: 'nanobanana', visuals: 1, credits: 4, exact: true },
    ],
  },
  {
    name: '003-complete',
    element: seed003,
    total: 0.6, // one flux-schnell image (the seed's request uses flux-schnell, not the retired titan)
    exact: true,
    items: [{ scene: 1, model: 'flux-schnell', visuals: 1, credits: 0.6, exact: true }],
  },
  {
    name: '004-example-1-auto-prompt',
    element: seed004ex1,
    total: 32, // split into 8 sentences × nanobanana 4 = 32
    exact: false,
    items: [{ scene: 1, model: 'nanobanana', visuals: CREATOR_SENTENCES, credits: 32, exact: false }],
  },
  {
    name: '004-example-2-creative-direction',
    element: seed004ex2,
    total: 32, // as Example 1: 8 sentences × nanobanana 4 = 32
    exact: false,
    items: [{ scene: 1, model: 'nanobanana', visuals: CREATOR_SENTENCES, credits: 32, exact: false }],
  },
  {
    name: '004-example-3-scene-prompts',
    element: seed004ex3,
    total: 12, // 3 scenes × nanobanana 4 = 12
    exact: true,
    items: [1, 2, 3].map((scene) => ({ scene, model: 'nanobanana', visuals: 1, credits: 4, exact: true })),
  },
  {
    name: '004-example-4-auto-scenes',
    element: seed004ex4,
    total: 12, // 3 scenes × nanobanana 4 = 12
    exact: true,
    items: [1, 2, 3].map((scene) => ({ scene, model: 'nanobanana', visuals: 1, credits: 4, exact: true })),
  },
];

const fixture = (name: string): unknown => JSON.parse(readFileSync(`${FIXTURES_DIR}/${name}.json`, 'utf8'));

describe('seed examples', () => {
  it('the split story of Examples 1–2 has 8 sentences (Intl.Segmenter)', () => {
    const segments = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(CREATOR_STORY)];
    expect(segments).toHaveLength(CREATOR_SENTENCES);
  });

  describe.each(SEEDS)('$name', (seed) => {
    let result: CompiledVideo;
    beforeAll(() => {
      result = expectOk(compile(seed.element));
    });

    it('compiles to exactly the seed request', () => {
      expect(result.request).toStrictEqual(fixture(seed.name));
    });

    it('has no errors, nor warnings', () => {
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.diagnostics).toEqual([]);
    });

    it(`costs ${seed.total} credits${seed.exact ? '' : ' (estimate)'}`, () => {
      expect(result.credits.total).toBe(seed.total);
      expect(result.credits.exact).toBe(seed.exact);
      expect(result.credits.items).toMatchObject(seed.items);
    });
  });

  it('covers every fixture', () => {
    const fixtures = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(SEEDS.map((s) => s.name).sort()).toEqual(fixtures.sort());
  });

  // The fixtures are checked in; when the seed documents are beside the repo, prove they still say the same.
  it.skipIf(!existsSync(DEFAULT_SEEDS_DIR))('fixtures match the seed documents (JS and Python agree)', () => {
    for (const s of extractAll()) {
      expect(s.python, `${s.name}: the Python example differs from the JS one`).not.toBe('different');
      expect(readFileSync(`${FIXTURES_DIR}/${s.name}.json`, 'utf8'), s.name).toBe(fixtureText(s.body));
    }
  });
});
