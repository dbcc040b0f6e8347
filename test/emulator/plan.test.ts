/** Unit tests of the emulator's pure rules: story splitting, scene timing, elements' defaults, switches. */
import { describe, expect, it } from 'vitest';
import { matches, resolveBehaviour } from '../../src/emulator/behaviour.js';
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
    expect(splitStory('Go. B\nC', { createSceneOnNewLine: true, createSceneOnEndOfSentence: true })).toEqual(['Go.', 'B', 'C']);
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

describe('elements and scene look', () => {
  const scene = (extra: Record<string, unknown>) => plan({ videoName: 'v', scenes: [{ story: 'Hi.', ...extra }] }).scenes[0];

  it('seeds a text from its variant; no variant means body; top/left replace the preset position', () => {
    const s = scene({
      elements: [
        { type: 'text', text: 'A', textVariant: 'subheading' },
        { type: 'text', text: 'B', style: { color: '#fff' } },
        { type: 'text', text: 'C', textVariant: 'heading', top: '10%', left: '5%', style: { fontSize: 40 } },
      ],
    });
    expect(s.elements).toEqual([
      { index: 0, type: 'text', text: 'A', variant: 'subheading', style: { fontSize: 42 }, position: 'top-center', width: '90%' },
      { index: 1, type: 'text', text: 'B', variant: 'body', style: { fontSize: 20, color: '#fff' }, position: 'center-center', width: '37%' },
      { index: 2, type: 'text', text: 'C', variant: 'heading', style: { fontSize: 40 }, top: '10%', left: '5%', width: '90%' },
    ]);
  });

  it('gives media 30 % width, clips loop and mute by default, overlays opacity 0.4', () => {
    const s = scene({
      elements: [
        { type: 'video', visualUrl: 'https://e.com/a.mp4', colorOverlay: { color: '#000' } },
        { type: 'video', visualUrl: 'https://e.com/b.mp4', settings: { loop: false }, width: '50%' },
        { type: 'image', searchFilter: { query: 'cat' }, position: 'center' },
      ],
    });
    expect(s.elements).toEqual([
      { index: 0, type: 'video', media: { kind: 'url', url: 'https://e.com/a.mp4' }, colorOverlay: { color: '#000', opacity: 0.4 }, loop: true, mute: true, width: '30%' },
      { index: 1, type: 'video', media: { kind: 'url', url: 'https://e.com/b.mp4' }, colorOverlay: undefined, loop: false, mute: true, width: '50%' },
      { index: 2, type: 'image', media: { kind: 'stock', query: 'cat' }, colorOverlay: undefined, loop: undefined, mute: undefined, position: 'center', width: '30%' },
    ]);
  });

  it("keeps the transition, the background's extras and the subtitle style (scene keys over the video's)", () => {
    const p = plan({
      videoName: 'v',
      subtitleStyle: { fontFamily: 'Lato', fontSize: 30, color: '#fff' },
      scenes: [
        {
          story: 'Hi.',
          sceneTransition: 'radial',
          hideSubtitles: true,
          subtitleStyle: { fontSize: 44 },
          backgroundMusic: { enabled: false },
          background: { visualUrl: 'https://e.com/a.png', colorOverlay: { color: 'rgb(0,0,0)', opacity: 0.5 }, settings: { zoomAndPan: true } },
        },
      ],
    });
    expect(p.scenes[0]).toMatchObject({
      transition: 'radial',
      hideSubtitles: true,
      music: false,
      subtitleStyle: { fontFamily: 'Lato', fontSize: 44, color: '#fff' },
      backgroundExtras: { colorOverlay: { color: 'rgb(0,0,0)', opacity: 0.5 }, zoomAndPan: true },
    });
  });

  it('plans a template body without scenes as one placeholder scene', () => {
    const p = plan({ videoName: 'v', templateId: 'tpl-1' });
    expect(p.scenes).toHaveLength(1);
    expect(p).toMatchObject({ durationHundredths: 300, costHundredths: 0, usesAi: false });
  });

  it('prices what is generated and reserves what is requested', () => {
    const body = {
      videoName: 'v',
      scenes: [{ story: 'Hi.', background: { type: 'image', aiVisual: { model: 'flux-schnell', prompt: 'x' } }, elements: [{ type: 'image', aiVisual: { model: 'nanobanana-pro', prompt: 'y' } }] }],
    };
    expect(planVideo(schema.parse(body))).toMatchObject({ costHundredths: 1460, requestedHundredths: 1460 });
    const failing = planVideo(schema.parse(body), resolveBehaviour({ aiGenerationFails: 'nanobanana-pro' }));
    expect(failing).toMatchObject({ costHundredths: 60, requestedHundredths: 1460, usesAi: true });
  });
});

describe('switch matching', () => {
  it('matches true, substrings (any case), RegExps and lists; never by default', () => {
    expect(matches(undefined, 'x')).toBe(false);
    expect(matches(false, 'x')).toBe(false);
    expect(matches(true, '')).toBe(true);
    expect(matches('COAST', 'aerial coastline')).toBe(true);
    expect(matches('forest', 'aerial coastline')).toBe(false);
    const sticky = /coast/g;
    expect(matches(sticky, 'coast')).toBe(true);
    expect(matches(sticky, 'coast')).toBe(true);
    expect(matches(['a1', /^b/], 'bee')).toBe(true);
  });
});
