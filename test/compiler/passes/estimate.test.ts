/** Pass 4 — estimate, fed valid trees built by hand. */
import { describe, expect, it } from 'vitest';
import { estimate, sumCredits } from '../../../src/compiler/estimate.js';
import { inScene, rawVideo, valid } from './build.js';

describe('estimate', () => {
  it('bills each AI visual by its declared price, in exact hundredths', () => {
    const credits = estimate(
      valid(
        rawVideo({ name: 'v' }, [
          { props: { story: 'a' }, children: [inScene(1, 'AIVideoBackground', 'background', { model: 'pixverse5.5', duration: '8s' })] },
          { props: { story: 'b' }, children: [inScene(2, 'ColorBackground', 'background', { color: '#000' })] },
          { props: { story: 'c' }, children: [inScene(3, 'AIImageBackground', 'background', { model: 'flux-schnell' })] },
        ]),
      ),
    );
    expect(credits).toEqual({
      total: 13.4,
      exact: true,
      items: [
        { scene: 1, path: 'Video > Scene[1] > AIVideoBackground', model: 'pixverse5.5', kind: 'video', visuals: 1, seconds: 8, units: 8, unitCost: 1.6, credits: 12.8, exact: true },
        { scene: 3, path: 'Video > Scene[3] > AIImageBackground', model: 'flux-schnell', kind: 'image', visuals: 1, units: 1, unitCost: 0.6, credits: 0.6, exact: true },
      ],
    });
  });

  it("bills a clip without a duration at the model's shortest", () => {
    const credits = estimate(valid(rawVideo({ name: 'v' }, [{ props: { story: 'a' }, children: [inScene(1, 'AIVideoBackground', 'background', { model: 'veo3.1_fast' })] }])));
    expect(credits.items[0]).toMatchObject({ seconds: 4, credits: 40 });
  });

  it('counts one visual per line and sentence of a split story, as an estimate', () => {
    const story = 'One. Two.\nThree.';
    const credits = estimate(
      valid(rawVideo({ name: 'v' }, [{ props: { story, splitLines: true, splitSentences: true }, children: [inScene(1, 'AIImageBackground', 'background', { model: 'nanobanana' })] }])),
    );
    expect(credits).toMatchObject({ total: 12, exact: false, items: [{ visuals: 3, units: 3, credits: 12, exact: false }] });
  });

  it('sums without float noise', () => {
    expect(sumCredits([0.1, 0.2])).toBe(0.3);
    expect(sumCredits(Array(7).fill(0.6))).toBe(4.2);
  });
});
