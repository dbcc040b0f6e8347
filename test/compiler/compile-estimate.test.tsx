import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { AIImageBackground, AIVideoBackground,  Scene, Video } from 'pictory-jsx';
import * as pictory from 'pictory-jsx';
import { expectOk } from './expect-ok.js';

const compile = (node: ReactNode) => expectOk(pictory.compile(node));
import { splitStory } from '../../src/compiler/split-story.js';

describe('estimate', () => {
  it('prices a clip as rate × seconds, in exact decimals', () => {
    const { credits } = compile(
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground model="pixverse5.5" duration="8s" />
        </Scene>
        <Scene story="b">
          <AIVideoBackground model="veo3.1_fast" duration="6s" />
        </Scene>
      </Video>,
    );
    expect(credits.items.map((i) => i.credits)).toEqual([12.8, 60]);
    expect(credits.total).toBe(72.8);
    expect(credits.exact).toBe(true);
    expect(credits.items[0]).toMatchObject({ scene: 1, model: 'pixverse5.5', kind: 'video', seconds: 8, units: 8, unitCost: 1.6, visuals: 1 });
  });

  it("uses the model's shortest duration when none is given", () => {
    const { credits } = compile(
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground model="veo3.1" />
        </Scene>
      </Video>,
    );
    expect(credits.items[0]).toMatchObject({ seconds: 4, credits: 80 });
  });

  it('prices images per image and sums many small amounts without float noise', () => {
    const scenes = Array.from({ length: 7 }, (_, i) => (
      <Scene key={i} story="x">
        <AIImageBackground model="flux-schnell" />
      </Scene>
    ));
    const { credits } = compile(<Video name="v">{scenes}</Video>);
    expect(credits.total).toBe(4.2); // 0.6 × 7 in floating point is 4.199999999999999
  });

  it('counts one visual per sentence of a split story, and says it is an estimate', () => {
    const { credits } = compile(
      <Video name="v">
        <Scene splitSentences story="It was 3.5 degrees! Was it cold? Yes, and windy.">
          <AIImageBackground model="seedream3.0" />
        </Scene>
      </Video>,
    );
    expect(credits.items[0]).toMatchObject({ visuals: 3, units: 3, unitCost: 2, credits: 6, exact: false }); // "3.5" is no sentence end
    expect(credits.exact).toBe(false);
  });

  it('costs nothing for scenes without AI visuals', () => {
    const { credits } = compile(
      <Video name="v">
        <Scene story="Just words." />
      </Video>,
    );
    expect(credits).toEqual({ total: 0, exact: true, items: [] });
  });
});

describe('splitStory', () => {
  it('splits on lines, skipping empty ones', () => {
    expect(splitStory('One\n\nTwo\r\nThree', { lines: true })).toEqual(['One', 'Two', 'Three']);
  });
  it('splits lines, then sentences within them', () => {
    expect(splitStory('One. Two.\nThree', { lines: true, sentences: true })).toEqual(['One.', 'Two.', 'Three']);
  });
  it('leaves the story whole without a split flag', () => {
    expect(splitStory('A. B.', {})).toEqual(['A. B.']);
  });
});
