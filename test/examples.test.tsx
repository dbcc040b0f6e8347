/**
 * Every example compiles, without errors, to the AI-credit total worked out by hand below; the campaigns
 * follow their brand kit; the product promos are shaped per row. (The seeds' examples: test/seeds.test.tsx.)
 *
 * Rates: images per image — flux-schnell 0.6, seedream3.0 2, nanobanana 4, nanobanana-pro 14; video per
 * second — pixverse5.5 1.6, veo3.1_fast 10, veo3.1 20.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import * as pictory from '../src/index.js';
import type { CompiledVideo } from '../src/index.js';
import { expectOk } from './compiler/expect-ok.js';
import { compileFile } from '../src/cli/compile-file.js';
import hello from '../examples/hello.js';
import SpringSale from '../examples/campaigns/spring-sale.js';
import ProductLaunch from '../examples/campaigns/product-launch.js';
import { BrandKitProvider, fernhill, type BrandKit } from '../examples/campaigns/brand-kit.js';
import promoVideos, { products } from '../examples/products/promo.js';
import ProductPromos from '../examples/products/promo-async.js';

// Every example is valid: a result with errors fails the test where it is compiled, with its diagnostics.
const compile = (node: ReactNode) => expectOk(pictory.compile(node));
const compileAll = (node: ReactNode) => pictory.compileAll(node).map(expectOk);
const compileAllAsync = async (node: ReactNode) => (await pictory.compileAllAsync(node)).map(expectOk);
type CompileResult = CompiledVideo;

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples');

/** Every video file under examples/ (seeds/ aside), with its total over all the videos it yields. */
const TOTALS: Record<string, { total: number; exact: boolean }> = {
  // pixverse5.5 5s = 1.6×5 = 8, + flux-schnell 0.6, + a colour (0)
  'hello.tsx': { total: 8.6, exact: true },
  // pixverse5.5 8s = 1.6×8 = 12.8, + seedream3.0 2, + nanobanana 4 (the scene's own pick) = 18.8
  'campaigns/spring-sale.tsx': { total: 18.8, exact: true },
  // veo3.1_fast 8s = 10×8 = 80, + 3 sentences × seedream3.0 2 = 6 (split: an estimate), + seedream3.0 2 = 88
  'campaigns/product-launch.tsx': { total: 88, exact: false },
  // the twelve promos below: 162 + 66 + 9.8 + 66 + 9.8 + 58 + 9.8 + 66 + 66 + 9.8 + 162 + 18.8 = 704
  'products/promo.tsx': { total: 704, exact: true },
  'products/promo-async.tsx': { total: 704, exact: true },
  // ── Pictory's official examples (exact JSON: test/official-examples.test.tsx) and the designed explainer ──
  'official/example-1.tsx': { total: 0, exact: true },
  // pixverse5.5 5s × 3 = 3 × 8 = 24
  'official/example-2.tsx': { total: 24, exact: true },
  // seedream3.0 × 3 = 6, + pixverse5.5 5s = 8 → 14
  'official/example-3.tsx': { total: 14, exact: true },
  'official/example-4.tsx': { total: 0, exact: true },
  'official/example-5.tsx': { total: 0, exact: true },
  // pixverse5.5 5s = 8, + nanobanana 4 = 12
  'explainer/explainer.tsx': { total: 12, exact: true },
};
/** Files that are libraries, not videos (no default export). */
const LIBRARIES = ['campaigns/brand-kit.tsx', 'explainer/brand-kit.tsx', 'explainer/components.tsx'];

/** Sum credit totals without binary-fraction drift (totals have at most one decimal here). */
const sum = (results: CompileResult[]) => results.reduce((acc, r) => acc + Math.round(r.credits.total * 1000), 0) / 1000;
const errors = (results: CompileResult[]) => results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'));

function exampleFiles(dir = EXAMPLES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'seeds' ? [] : exampleFiles(full);
    return entry.name.endsWith('.tsx') ? [path.relative(EXAMPLES, full).split(path.sep).join('/')] : [];
  });
}

const LINT_CODES = new Set(['text-wraps', 'label-wraps', 'leaves-frame', 'overlap', 'label-off-centre', 'shape-too-small', 'busy-background']);

describe('every example', () => {
  it('is listed here with its credit total', () => {
    expect(exampleFiles().sort()).toEqual([...Object.keys(TOTALS), ...LIBRARIES].sort());
  });

  // Loaded the way the CLI loads a file (`pictory-jsx estimate <file>`), whatever its default export is.
  it.each(Object.entries(TOTALS))('%s compiles without errors to its total', async (file, expected) => {
    const compiled = await compileFile(path.join(EXAMPLES, file), {}, new PassThrough());
    expect(compiled.failed).toBe(false);
    const results = compiled.results.map(expectOk);
    // No warnings either, except the design lint's on Pictory's own examples (see official-examples.test.tsx).
    const warnings = results.flatMap((r) => r.diagnostics).filter((d) => !(file.startsWith('official/') && LINT_CODES.has(d.code)));
    expect(warnings).toEqual([]);
    expect(sum(results)).toBe(expected.total);
    expect(results.every((r) => r.credits.exact)).toBe(expected.exact);
  });
});

describe('hello.tsx', () => {
  it('is one short video: three scenes, one AI clip, one AI image, a voice and music', () => {
    const { request, credits } = compile(hello);
    expect(request.scenes).toHaveLength(3);
    expect(credits.items.map((i) => [i.model, i.credits])).toEqual([
      ['pixverse5.5', 8],
      ['flux-schnell', 0.6],
    ]);
    expect(request).toMatchObject({
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Jackson' }] },
      backgroundMusic: { enabled: true, autoMusic: true, volume: 0.3 },
    });
  });
});

describe('campaigns share a brand kit', () => {
  const nightOwl: BrandKit = {
    website: 'nightowl.tea',
    logoUrl: 'https://cdn.nightowl.tea/brand/logo-card.png',
    voice: { speaker: 'Martin', speed: 95 },
    music: { src: 'https://cdn.nightowl.tea/music/evening-loop.mp3', volume: 0.2 },
    clip: { model: 'veo3.1', duration: '4s' },
    imageModel: 'nanobanana-pro',
    mediaStyle: 'cartoon',
    primaryColor: '#2B1B4A',
  };
  const campaigns = { SpringSale, ProductLaunch };
  const withKit = (Campaign: typeof SpringSale, kit: BrandKit) =>
    compile(
      <BrandKitProvider kit={kit}>
        <Campaign />
      </BrandKitProvider>,
    );
  const aiVisuals = (r: CompileResult) =>
    r.request.scenes!.flatMap((s) => {
      const visual = (s.background as { aiVisual?: Record<string, unknown> } | undefined)?.aiVisual;
      return visual ? [[visual.model, visual.videoDuration ?? visual.mediaStyle]] : [];
    });

  it('without a provider, both use the default kit (Fernhill)', () => {
    for (const Campaign of Object.values(campaigns)) {
      expect(compile(<Campaign />).request).toStrictEqual(withKit(Campaign, fernhill).request);
    }
  });

  it.each(Object.entries(campaigns))('%s follows the kit it is given', (_name, Campaign) => {
    const before = withKit(Campaign, fernhill);
    const after = withKit(Campaign, nightOwl);
    expect(errors([before, after])).toEqual([]);
    const last = (r: CompileResult) => r.request.scenes!.at(-1)!;

    // What the kit owns changes…
    expect(before.request).toMatchObject({
      voiceOver: { aiVoices: [{ speaker: 'Jackson', speed: 105 }] },
      backgroundMusic: { enabled: true, autoMusic: true, volume: 0.3 },
    });
    expect(before.request.scenes![0]).toMatchObject({ background: { type: 'image', visualUrl: fernhill.logoUrl } });
    expect(after.request).toMatchObject({
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Martin', speed: 95 }] },
      backgroundMusic: { enabled: true, musicUrl: 'https://cdn.nightowl.tea/music/evening-loop.mp3', volume: 0.2 },
    });
    expect(after.request.scenes![0]).toMatchObject({ background: { type: 'image', visualUrl: nightOwl.logoUrl } });
    expect(last(after)).toMatchObject({ background: { color: '#2B1B4A' } });
    expect(last(after).story).toMatch(/Visit nightowl\.tea today\.$/);
    // …and nothing else does: same names, ratios and scene count.
    expect(after.request.videoName).toBe(before.request.videoName);
    expect(after.request.aspectRatio).toBe(before.request.aspectRatio);
    expect(after.request.scenes).toHaveLength(before.request.scenes!.length);
  });

  it("spring sale: the kit's clip and image model, its own style and one scene's own model", () => {
    expect(aiVisuals(withKit(SpringSale, fernhill))).toEqual([
      ['pixverse5.5', '8s'],
      ['seedream3.0', 'artistic'],
      ['nanobanana', 'artistic'],
    ]);
    const night = withKit(SpringSale, nightOwl);
    expect(aiVisuals(night)).toEqual([
      ['veo3.1', '4s'],
      ['nanobanana-pro', 'artistic'], // the campaign's style overrides the kit's
      ['nanobanana', 'artistic'],
    ]);
    expect(night.credits.total).toBe(98); // veo3.1 4s = 20×4 = 80, + nanobanana-pro 14, + nanobanana 4
  });

  it("product launch: its own hero clip, the kit's image model and style", () => {
    expect(aiVisuals(withKit(ProductLaunch, fernhill))).toEqual([
      ['veo3.1_fast', '8s'],
      ['seedream3.0', 'photorealistic'],
      ['seedream3.0', 'photorealistic'],
    ]);
    const night = withKit(ProductLaunch, nightOwl);
    expect(aiVisuals(night)).toEqual([
      ['veo3.1_fast', '8s'], // the campaign's clip overrides the kit's
      ['nanobanana-pro', 'cartoon'],
      ['nanobanana-pro', 'cartoon'],
    ]);
    expect(night.credits.total).toBe(136); // veo3.1_fast 8s = 80, + 3 sentences × nanobanana-pro 14 = 42, + 14
    expect(night.credits.exact).toBe(false);
    // The customer quote keeps its own narrator whatever the kit's.
    expect(night.request.scenes![3]).toMatchObject({ voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }] } });
  });
});

describe('product promos', () => {
  // Per row: hero clip by tier (premium >= $500 veo3.1 6s, mid >= $100 veo3.1_fast 6s, budget pixverse5.5 5s;
  // square videos always pixverse5.5: 10s / 8s / 5s), three feature images by tier (nanobanana-pro 14,
  // seedream3.0 2, flux-schnell 0.6), aspect ratio by channel (youtube 16:9, tiktok 9:16, instagram 1:1).
  const EXPECTED = [
    ['promo-aurora-x1-youtube', '16:9', 162], // $649 premium: veo3.1 6s = 120, + 3 × 14 = 42
    ['promo-trailblazer-45-tiktok', '9:16', 66], // $189 mid: veo3.1_fast 6s = 60, + 3 × 2 = 6
    ['promo-lumen-lamp-instagram', '1:1', 9.8], // $59 budget: pixverse5.5 5s = 8, + 3 × 0.6 = 1.8
    ['promo-nimbus-anc-youtube', '16:9', 66], // $299 mid: 60 + 6
    ['promo-pulse-rope-tiktok', '9:16', 9.8], // $39 budget: 8 + 1.8
    ['promo-atlas-4k-instagram', '1:1', 58], // $1,199 premium, square: pixverse5.5 10s = 16, + 42
    ['promo-verde-planters-instagram', '1:1', 9.8], // $45 budget: 8 + 1.8
    ['promo-summit-poles-youtube', '16:9', 66], // $129 mid: 60 + 6
    ['promo-halo-ring-tiktok', '9:16', 66], // $349 mid: 60 + 6
    ['promo-forge-skillet-youtube', '16:9', 9.8], // $79 budget: 8 + 1.8
    ['promo-orbit-desk-tiktok', '9:16', 162], // $749 premium: 120 + 42
    ['promo-drift-linen-instagram', '1:1', 18.8], // $229 mid, square: pixverse5.5 8s = 12.8, + 6
  ];

  it('yields one video per product, shaped by its row', () => {
    expect(products.length).toBeGreaterThanOrEqual(10);
    const results = compileAll(promoVideos());
    expect(errors(results)).toEqual([]);
    expect(results.map((r) => [r.request.videoName, r.request.aspectRatio, r.credits.total])).toEqual(EXPECTED);
    expect(sum(results)).toBe(704);
  });

  it('premium products get veo3.1 clips unless the video is square', () => {
    const models = compileAll(promoVideos()).map((r) => r.credits.items[0]!.model);
    expect(models).toEqual([
      'veo3.1', 'veo3.1_fast', 'pixverse5.5', 'veo3.1_fast', 'pixverse5.5', 'pixverse5.5',
      'pixverse5.5', 'veo3.1_fast', 'veo3.1_fast', 'pixverse5.5', 'veo3.1', 'pixverse5.5',
    ]);
  });

  it('the async variant loads the rows with use() and yields the same requests', async () => {
    const sync = compileAll(promoVideos());
    const async = await compileAllAsync(<ProductPromos />);
    expect(async.map((r) => r.request)).toStrictEqual(sync.map((r) => r.request));
  });

});
