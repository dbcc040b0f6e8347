/** Pass 5 — emit, fed valid trees built by hand. */
import { describe, expect, it } from 'vitest';
import { emit } from '../../../src/compiler/emit.js';
import { inScene, raw, rawVideo, valid } from './build.js';

describe('emit', () => {
  it("writes each component's JSON at its key, children after the parent's own fields, undefined left out", () => {
    const video = rawVideo({ name: 'v', aspectRatio: '16:9' }, [
      {
        props: { story: 'a', splitSentences: true },
        children: [inScene(1, 'AIVideoBackground', 'background', { model: 'veo3.1', duration: '6s' }), inScene(1, 'VoiceOver', 'voiceOver', { speaker: 'Brian' })],
      },
      { props: { story: 'b' }, children: [inScene(2, 'VideoBackground', 'background', { src: 'https://x/b.mp4' })] },
    ], [raw('BackgroundMusic', 'Video > BackgroundMusic', 'backgroundMusic', { src: 'https://x/m.mp3', volume: 0.2 })]);
    const request = emit(valid(video));
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        videoName: 'v',
        aspectRatio: '16:9',
        backgroundMusic: { enabled: true, musicUrl: 'https://x/m.mp3', volume: 0.2 },
        scenes: [
          { story: 'a', createSceneOnEndOfSentence: true, background: { type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '6s' } }, voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }] } },
          { story: 'b', background: { type: 'video', visualUrl: 'https://x/b.mp4' } },
        ],
      }),
    );
    expect(request.scenes![1].background).not.toHaveProperty('settings');
  });
});
