/** Unit tests of the emulator's pure rules: story splitting and scene timing. */
import { describe, expect, it } from 'vitest';
import { planVideo } from '../../src/emulator/plan.js';
import { splitStory } from '../../src/emulator/split.js';
import { storyboardSchema } from '../../src/emulator/validate.js';

const schema = storyboardSchema({ promptMaxLength: 500, invalidDuration: 'fallback' });
const plan = (body: unknown) => planVideo(schema.parse(body));

describe('splitStory', () => {
  it('keeps the story whole without flags', () => {
    expect(splitStory('A. B.\nC.', {})).toEqual(['A. B.\nC.']);
  });

  it('splits sentences with Intl.Segmenter', () => {
    expect(splitStory('Hello there. How are you? Fine!', { createSceneOnEndOfSentence: true })).toEqual([
      'Hello there.',
      'How are you?',
      'Fine!',
    ]);
  });

  it('splits non-empty lines', () => {
    expect(splitStory(' one \r\n\n two\n', { createSceneOnNewLine: true })).toEqual(['one', 'two']);
  });

  it('splits lines, then sentences', () => {
    expect(splitStory('A. B\nC', { createSceneOnNewLine: true, createSceneOnEndOfSentence: true })).toEqual(['A.', 'B', 'C']);
  });

  it('yields one empty scene for a blank story', () => {
    expect(splitStory('  \n ', { createSceneOnNewLine: true })).toEqual(['']);
  });
});

describe('scene timing', () => {
  it('lasts words / 2.5 seconds at speed 100, at least 2 s', () => {
    const p = plan({ videoName: 'v', scenes: [{ story: 'one two three four five six seven eight nine ten' }, { story: 'Hi.' }] });
    expect(p.scenes.map((s) => s.durationHundredths)).toEqual([400, 200]);
    expect(p.durationHundredths).toBe(600);
  });

  it('uses the voice speed, a scene voice-over overriding the video’s', () => {
    const story = 'one two three four five six seven eight nine ten';
    const p = plan({
      videoName: 'v',
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', speed: 200 }] },
      scenes: [{ story }, { story, voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', speed: 50 }] } }],
    });
    expect(p.scenes.map((s) => s.durationHundredths)).toEqual([200, 800]);
  });

  it('gives a scene without story its clip length (video) or 3 s', () => {
    const p = plan({
      videoName: 'v',
      scenes: [
        { background: { type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '6s' } } },
        { background: { type: 'image', aiVisual: { model: 'flux-schnell' } } },
        { background: { color: '#000000' } },
      ],
    });
    expect(p.scenes.map((s) => s.durationHundredths)).toEqual([600, 300, 300]);
  });

  it('honours minimumDuration and endPauseDuration', () => {
    const p = plan({ videoName: 'v', scenes: [{ story: 'Hi.', minimumDuration: 5, endPauseDuration: 0.5 }, { minimumDuration: 1.25, background: { color: 'rgb(0,0,0)' } }] });
    expect(p.scenes.map((s) => s.durationHundredths)).toEqual([550, 125]);
  });

  it('sizes the frame from videoWidth/videoHeight, else from the aspect ratio', () => {
    expect(plan({ videoName: 'v', scenes: [{ story: 'a' }] })).toMatchObject({ width: 1280, height: 720, aspectRatio: '16:9' });
    expect(plan({ videoName: 'v', aspectRatio: '9:16', scenes: [{ story: 'a' }] })).toMatchObject({ width: 720, height: 1280 });
    expect(plan({ videoName: 'v', aspectRatio: '4:5', scenes: [{ story: 'a' }] })).toMatchObject({ width: 720, height: 900 });
    expect(plan({ videoName: 'v', aspectRatio: '1:1', videoWidth: 1000, videoHeight: 1000, scenes: [{ story: 'a' }] })).toMatchObject({ width: 1000, height: 1000 });
  });
});
