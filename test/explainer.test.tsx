/**
 * The designed explainer (examples/explainer): its JSON shape, its AI-credit total, and that its look comes from
 * the brand kit in context — the same video in another kit has the same shape and none of the first kit's colours.
 */
import { describe, expect, it } from 'vitest';
import { compile, type PictoryRequest } from '../src/index.js';
import { expectOk } from './compiler/expect-ok.js';
import explainer, { Explainer } from '../examples/explainer/explainer.js';
import { BrandKitProvider, harbor, paper, type BrandKit } from '../examples/explainer/brand-kit.js';

const inKit = (kit: BrandKit) =>
  expectOk(
    compile(
      <BrandKitProvider kit={kit}>
        <Explainer />
      </BrandKitProvider>,
    ),
  );

/** Per scene: what the background is, then the element types in drawing order. */
function shape(request: PictoryRequest) {
  return request.scenes!.map((scene) => {
    const bg = scene.background!;
    const kind = bg.aiVisual ? `ai ${bg.type}` : bg.searchFilter ? 'stock' : bg.color ? 'colour' : 'other';
    return [kind, ...(scene.elements ?? []).map((e) => e.type)].join(' ');
  });
}

describe('the designed explainer', () => {
  const { request, credits, diagnostics } = expectOk(compile(explainer));

  it('compiles without a diagnostic to five scenes: title card, three numbered steps (one with a lower third), a call to action', () => {
    expect(diagnostics).toEqual([]);
    expect(request.videoName).toBe('Videos as code, in three steps');
    expect(shape(request)).toEqual([
      'ai video shape text text',
      'stock shape text text shape text text',
      'stock shape text text',
      'colour shape text text image',
      'colour text shape text',
    ]);
    const texts = request.scenes!.map((s) => (s.elements ?? []).flatMap((e) => (e.type === 'text' ? [e.text] : [])));
    expect(texts).toEqual([
      ['pictory-jsx', 'Videos as code, in three steps'],
      ['1', 'Write it in TSX', 'Ada Park', 'Video engineer, Harbor Labs'],
      ['2', 'Price it before you pay'],
      ['3', 'Render and share'],
      ['Your next video is a pull request', 'pictory-jsx.dev'],
    ]);
  });

  it('costs 12 AI credits: the title clip (pixverse5.5, 5 s × 1.6) and the step-three image (nanobanana, 4)', () => {
    expect(credits.total).toBe(12);
    expect(credits.exact).toBe(true);
    expect(credits.items.map((i) => [i.path, i.model, i.credits])).toEqual([
      ['Video > Scene[1] > AIVideoBackground', 'pixverse5.5', 8],
      ['Video > Scene[4] > Image[4]', 'nanobanana', 4],
    ]);
  });

  it('takes its voice, music, faces and colours from the kit in context', () => {
    expect(request.voiceOver).toEqual({ enabled: true, aiVoices: [{ speaker: 'Martin', speed: 100 }] });
    expect(request.backgroundMusic).toEqual({ enabled: true, autoMusic: true, volume: 0.12 });
    expect(request.subtitleStyle).toMatchObject({ fontFamily: 'DM Sans', color: harbor.colors.text, keywordColor: harbor.colors.highlight });
    expect(request.scenes![1].background).toEqual({
      searchFilter: { query: 'developer typing code on laptop at night' },
      colorOverlay: { color: harbor.colors.ground, opacity: 0.45 },
      settings: { loop: true, mute: true },
    });
    // Every numbered step's disc is the highlight colour, its number in the display face.
    for (const [scene, n] of [[1, '1'], [2, '2'], [3, '3']] as const) {
      const [disc, number] = request.scenes![scene].elements!;
      expect(disc).toMatchObject({ type: 'shape', name: 'circle', fill: harbor.colors.highlight });
      expect(number).toMatchObject({ type: 'text', text: n, style: { fontFamily: 'Space Grotesk', color: harbor.colors.ground } });
    }
  });

  it('re-skins completely in another kit: same shape and price, none of the first kit’s colours', () => {
    const other = inKit(paper);
    expect(other.diagnostics).toEqual([]);
    expect(shape(other.request)).toEqual(shape(request));
    expect(other.credits.total).toBe(12);
    expect(other.request.voiceOver).toEqual({ enabled: true, aiVoices: [{ speaker: 'Joanna', speed: 95 }] });
    const json = JSON.stringify(other.request);
    expect(Object.values(harbor.colors).filter((colour) => json.includes(colour))).toEqual([]);
    expect(json).not.toContain('Space Grotesk');
    expect(json).toContain('Unbounded');
    expect(JSON.stringify(inKit(harbor).request)).toBe(JSON.stringify(request));
  });
});
