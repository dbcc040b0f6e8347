/** Pass 2 — normalise, fed raw trees built by hand. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/compiler/normalise.js';
import { raw, rawVideo } from './build.js';

describe('normalise', () => {
  it("moves trimmed text children into the component's text prop", () => {
    const video = rawVideo({ name: 'v' }, [{ props: {} }]);
    video.children[0].text = '  Only 499 dollars.\n ';
    const { video: out, diagnostics } = normalise(video);
    expect(diagnostics).toEqual([]);
    expect(out.children[0].props).toEqual({ story: 'Only 499 dollars.' });
    expect(out.children[0]).not.toHaveProperty('text');
  });

  it('ignores blank text, and keeps the prop (with an error) when both are given', () => {
    const video = rawVideo({ name: 'v' }, [{ props: {} }, { props: { story: 'Prop.' } }]);
    video.children[0].text = '  \n';
    video.children[1].text = 'Text.';
    const { video: out, diagnostics } = normalise(video);
    expect(out.children.map((c) => c.props)).toEqual([{}, { story: 'Prop.' }]);
    expect(diagnostics.map((d) => [d.code, d.path, d.prop])).toEqual([['story-twice', 'Video > Scene[2]', 'story']]);
  });

  it('drops props set to undefined, at every level', () => {
    const video = rawVideo({ name: 'v', aspectRatio: undefined }, [
      { props: { story: 'a', splitLines: undefined }, children: [raw('AIVideoBackground', 'Video > Scene[1] > AIVideoBackground', 'background', { model: 'veo3.1', prompt: undefined })] },
    ]);
    const { video: out } = normalise(video);
    expect(out.props).toEqual({ name: 'v' });
    expect(out.children[0].props).toEqual({ story: 'a' });
    expect(out.children[0].children[0].props).toEqual({ model: 'veo3.1' });
  });
});
