/** Pass 1 — flatten, fed host trees built by hand. */
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../src/compiler/flatten.js';
import { at, host, root, text } from './build.js';

const codes = (diagnostics: Array<{ code: string }>) => diagnostics.map((d) => d.code);

describe('flatten', () => {
  it('places scenes, backgrounds and voices by their declared place, with component paths and locations', () => {
    const tree = root(
      host('Video', { name: 'v' }, [
        host('VoiceOver', { speaker: 'Brian' }, [], 2),
        host('Scene', { story: 'a' }, [host('AIImageBackground', { model: 'flux-schnell' }, [], 4)], 3),
        host('Scene', {}, [text('Hello '), text('there.'), host('VoiceOver', { speaker: 'Jackson' }, [], 7)], 6),
      ], 1),
    );
    const { videos, diagnostics } = flatten(tree);
    expect(diagnostics).toEqual([]);
    expect(videos).toHaveLength(1);
    const [{ video, locations, diagnostics: own }] = videos;
    expect(own).toEqual([]);
    expect(video.children.map((c) => [c.path, c.key, c.index])).toEqual([
      ['Video > VoiceOver', 'voiceOver', undefined],
      ['Video > Scene[1]', 'scenes', 1],
      ['Video > Scene[2]', 'scenes', 2],
    ]);
    expect(video.children[1].children[0]).toMatchObject({ type: 'AIImageBackground', key: 'background', path: 'Video > Scene[1] > AIImageBackground' });
    expect(video.children[2].text).toBe('Hello there.');
    expect([...locations.entries()].map(([path, loc]) => [path, loc.line])).toEqual([
      ['Video', 1],
      ['Video > VoiceOver', 2],
      ['Video > Scene[1]', 3],
      ['Video > Scene[1] > AIImageBackground', 4],
      ['Video > Scene[2]', 6],
      ['Video > Scene[2] > VoiceOver', 7],
    ]);
  });

  it('yields one tree per video and reports what lies outside any video', () => {
    const { videos, diagnostics } = flatten(
      root(text('stray'), host('Scene', { story: 'x' }, [], 1), host('Video', { name: 'a' }), host('Video', { name: 'b' })),
    );
    expect(videos.map((v) => v.video.props.name)).toEqual(['a', 'b']);
    expect(codes(diagnostics)).toEqual(['stray-text', 'misplaced']);
    expect(diagnostics[1]).toMatchObject({ path: 'Scene', loc: at(1) });
  });

  it('keeps the first of two backgrounds or voices and reports the second', () => {
    const { videos } = flatten(
      root(
        host('Video', { name: 'v' }, [
          host('VoiceOver', { speaker: 'A' }, [], 2),
          host('ExternalVoice', { src: 'https://x/me.mp3' }, [], 3),
          host('Scene', {}, [host('ColorBackground', { color: '#000' }, [], 5), host('ImageBackground', { src: 'u' }, [], 6)], 4),
        ]),
      ),
    );
    const [{ video, diagnostics }] = videos;
    expect(codes(diagnostics)).toEqual(['voice-twice', 'two-backgrounds']);
    expect(diagnostics.map((d) => d.loc?.line)).toEqual([3, 6]);
    expect(video.children[0].props).toEqual({ speaker: 'A' });
    expect(video.children[1].children.map((c) => c.type)).toEqual(['ColorBackground']);
  });

  it('reports misplaced components, unknown tags, children of leaves, and ignores hidden nodes', () => {
    const { videos } = flatten(
      root(
        host('Video', { name: 'v' }, [
          host('ColorBackground', { color: '#000' }, [], 2),
          host('div', {}, [], 3),
          host('Scene', { story: 'a' }, [host('BackgroundMusic', { autoMusic: true }, [], 5), host('ImageBackground', { src: 'u' }, [text('caption')], 6)], 4),
          { ...host('Scene', { story: 'hidden fallback' }), hidden: true },
        ]),
      ),
    );
    const [{ video, diagnostics }] = videos;
    expect(diagnostics.map((d) => [d.code, d.path, d.loc?.line])).toEqual([
      ['misplaced', 'Video > ColorBackground', 2],
      ['unknown-component', 'Video > div', 3],
      ['music-in-scene', 'Video > Scene[1] > BackgroundMusic', 5],
      ['unexpected-children', 'Video > Scene[1] > ImageBackground', 6],
    ]);
    expect(video.children.map((c) => c.path)).toEqual(['Video > Scene[1]']);
  });
});
