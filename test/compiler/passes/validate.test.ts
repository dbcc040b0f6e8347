/** Pass 3 — validate, fed raw trees built by hand. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/compiler/validate.js';
import { at, inScene, rawVideo } from './build.js';

describe('validate', () => {
  it('returns a valid video when there is no error, warnings included', () => {
    const result = validate(rawVideo({ name: 'v', aspectRatio: '1:1' }, [{ props: { story: 'a' }, children: [inScene(1, 'AIVideoBackground', 'background', { model: 'veo3.1' })] }]));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'aspect-ratio-fallback']]);
  });

  it('returns no video when there is an error', () => {
    const result = validate(rawVideo({ name: 'v' }, []));
    expect(result).toEqual({ ok: false, diagnostics: [expect.objectContaining({ code: 'no-scenes', path: 'Video' })] });
    expect(result).not.toHaveProperty('video');
  });

  it("checks each node's props against its schema, with the node's path and location", () => {
    const video = rawVideo({ name: 'v' }, [{ props: { story: 'a', minimumDuration: 0 }, children: [inScene(1, 'ColorBackground', 'background', { colour: '#000' })] }]);
    video.children[0].loc = at(3);
    const { diagnostics } = validate(video);
    expect(diagnostics.map((d) => [d.code, d.path, d.prop, d.loc?.line])).toEqual([
      ['out-of-range', 'Video > Scene[1]', 'minimumDuration', 3],
      ['missing-prop', 'Video > Scene[1] > ColorBackground', 'color', undefined],
      ['unknown-prop', 'Video > Scene[1] > ColorBackground', 'colour', undefined],
    ]);
  });

  it("runs a component's rules only when its props passed the schema", () => {
    // speed is invalid, so VoiceOver is not trusted; music's own rules still run.
    const video = rawVideo({ name: 'v' }, [{ props: { story: 'a' } }], [
      { ...inScene(1, 'VoiceOver', 'voiceOver', { speaker: 'B', speed: 10 }), path: 'Video > VoiceOver' },
      { ...inScene(1, 'BackgroundMusic', 'backgroundMusic', { autoMusic: true }), path: 'Video > BackgroundMusic' },
    ]);
    expect(validate(video).diagnostics.map((d) => d.code)).toEqual(['out-of-range', 'music-full-volume']);
  });

  it('does not run rules that read the video when the video itself is invalid', () => {
    const video = rawVideo({ name: 'v', aspectRatio: '21:9' }, [{ props: { story: 'a' }, children: [inScene(1, 'AIVideoBackground', 'background', { model: 'veo3.1' })] }]);
    expect(validate(video).diagnostics.map((d) => d.code)).toEqual(['invalid-value']);
  });
});
