/**
 * The whole storyboard contract over HTTP: each documented rule answers 400 INVALID_REQUEST_BODY naming the
 * offending field, and the near-miss that is valid is accepted. One emulator serves the whole file (the
 * rules do not depend on state); every case posts to the direct-render endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { FAST, call, start } from './helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await start(FAST);
});
afterAll(() => emu.close());

type Json = Record<string, unknown>;

/** A body with one scene (`scene` merged over a narrated one) and optional top-level fields. */
const body = (scene: Json = {}, top: Json = {}): Json => ({ videoName: 'contract', ...top, scenes: [{ story: 'One sentence here.', ...scene }] });
/** A body whose scene has these elements. */
const withElements = (...elements: Json[]) => body({ elements });
const text = (extra: Json = {}): Json => ({ type: 'text', text: 'Hello', textVariant: 'heading', ...extra });
const styled = (style: Json) => withElements(text({ style }));
const anim = (...animations: Json[]) => styled({ animations });

async function post(payload: unknown) {
  return call(emu, 'POST', '/v2/video/storyboard/render', { body: payload });
}

/** [rule, invalid body, field named, message pattern, a valid near-miss]. */
type Case = [string, Json, string, RegExp, Json];

const E = 'scenes[0].elements[0]';
const cases: Case[] = [
  // Content sources
  ['two content sources in one scene', body({ blogUrl: 'https://example.com/post' }), 'scenes[0]', /exactly one content source.*story, blogUrl/, body()],
  ['no content source and nothing to show', { videoName: 'v', scenes: [{ elements: [text()] }] }, 'scenes[0]', /needs one content source/, { videoName: 'v', scenes: [{ background: { color: '#000' }, elements: [text()] }] }],
  ['caption without story', { videoName: 'v', scenes: [{ blogUrl: 'https://example.com/p', caption: 'c' }] }, 'scenes[0].caption', /caption requires story/, body({ caption: 'c' })],
  ['caption with a split flag', body({ caption: 'c', createSceneOnEndOfSentence: true }), 'scenes[0].caption', /cannot be used with createSceneOn/, body({ caption: 'c' })],
  ['audioUrl without audioLanguage', { videoName: 'v', scenes: [{ audioUrl: 'https://example.com/a.mp3' }] }, 'scenes[0].audioLanguage', /required with audioUrl or videoUrl/, { videoName: 'v', scenes: [{ audioUrl: 'https://example.com/a.mp3', audioLanguage: 'en-US' }] }],
  ['an audioLanguage outside the list', { videoName: 'v', scenes: [{ videoUrl: 'https://example.com/a.mp4', audioLanguage: 'en' }] }, 'scenes[0].audioLanguage', /not a valid audioLanguage/, { videoName: 'v', scenes: [{ videoUrl: 'https://example.com/a.mp4', audioLanguage: 'pt-BR' }] }],
  ['transcript without audioUrl/videoUrl', body({ transcript: 'words' }), 'scenes[0].transcript', /only allowed with audioUrl or videoUrl/, { videoName: 'v', scenes: [{ audioUrl: 'https://example.com/a.mp3', audioLanguage: 'en-GB', transcript: 'words' }] }],
  ['isSSMLStory without a story', { videoName: 'v', scenes: [{ blogUrl: 'https://example.com/p', isSSMLStory: true }] }, 'scenes[0].isSSMLStory', /only allowed with story/, body({ isSSMLStory: true })],
  ['storyCoPilot without prompt', { videoName: 'v', scenes: [{ storyCoPilot: { duration: 30 } }] }, 'scenes[0].storyCoPilot.prompt', /prompt is required/, { videoName: 'v', scenes: [{ storyCoPilot: { prompt: 'ocean plastic', duration: 30, tone: 'serious' } }] }],
  ['storyCoPilot duration over 600 s', { videoName: 'v', scenes: [{ storyCoPilot: { prompt: 'p', duration: 601 } }] }, 'scenes[0].storyCoPilot.duration', /600/, { videoName: 'v', scenes: [{ storyCoPilot: { prompt: 'p', duration: 600 } }] }],
  // Elements
  ['an empty elements array', withElements(), 'scenes[0].elements', /1 to 20/, withElements(text())],
  ['21 elements', withElements(...Array.from({ length: 21 }, () => text())), 'scenes[0].elements', /1 to 20/, withElements(...Array.from({ length: 20 }, () => text()))],
  ['text over 2,000 characters', withElements(text({ text: 'x'.repeat(2001) })), `${E}.text`, /at most 2000/, withElements(text({ text: 'x'.repeat(2000) }))],
  ['an unknown element type', withElements({ type: 'sticker' }), `${E}.type`, /text, shape, image, video/, withElements({ type: 'shape', name: 'star-3' })],
  ['an unknown shape', withElements({ type: 'shape', name: 'hexagon' }), `${E}.name`, /not a valid shape name/, withElements({ type: 'shape', name: 'geometry-10' })],
  ['position together with top/left', withElements(text({ position: 'top-left', top: '10%' })), `${E}.position`, /mutually exclusive/, withElements(text({ position: 'center' }))],
  ['a decimal percentage', withElements(text({ top: '12.5%', left: '8%' })), `${E}.top`, /integer string/, withElements(text({ top: '12%', left: '8%' }))],
  ['a percentage over 100', withElements(text({ width: '101%' })), `${E}.width`, /"0%" to "100%"/, withElements(text({ width: '100%' }))],
  ['a media element with two sources', withElements({ type: 'image', visualUrl: 'https://example.com/a.png', searchFilter: { query: 'cat' } }), E, /exactly one of visualUrl, searchFilter or aiVisual.*visualUrl, searchFilter/, withElements({ type: 'image', searchFilter: { query: 'cat' } })],
  ['a media element with no source', withElements({ type: 'video', width: '30%' }), E, /got none/, withElements({ type: 'video', visualUrl: 'https://example.com/a.mp4' })],
  ['loop/mute on an image element', withElements({ type: 'image', visualUrl: 'https://example.com/a.png', settings: { loop: true } }), `${E}.settings`, /only allowed on video elements/, withElements({ type: 'video', visualUrl: 'https://example.com/a.mp4', settings: { loop: true } })],
  ['an AI video model on an image element', withElements({ type: 'image', aiVisual: { model: 'veo3.1' } }), E, /type must be "video" for model veo3.1/, withElements({ type: 'video', aiVisual: { model: 'veo3.1' } })],
  ['videoDuration on an image element', withElements({ type: 'image', aiVisual: { model: 'flux-schnell', videoDuration: '5s' } }), `${E}.aiVisual.videoDuration`, /not allowed when type is "image"/, withElements({ type: 'image', aiVisual: { model: 'flux-schnell' } })],
  ['an unknown model on an element', withElements({ type: 'image', aiVisual: { model: 'dalle' } }), `${E}.aiVisual.model`, /Unknown AI model "dalle"/, withElements({ type: 'image', aiVisual: { model: 'nanobanana-pro' } })],
  // Colours and font style
  ['a colour by name', withElements({ type: 'shape', name: 'circle', fill: 'blurple' }), `${E}.fill`, /"blurple" is not a colour/, withElements({ type: 'shape', name: 'circle', fill: '#5865F2' })],
  ['an rgb() channel over 255', styled({ color: 'rgb(256,0,0)' }), `${E}.style.color`, /not a colour/, styled({ color: 'rgba(255, 0, 0, 0.5)' })],
  ['a 5-digit hex colour', body({ background: { color: '#12345' } }), 'scenes[0].background.color', /not a colour/, body({ background: { color: '#12345678' } })],
  ['a fractional font size', styled({ fontSize: 20.5 }), `${E}.style.fontSize`, /integer/, styled({ fontSize: 1 })],
  ['font size 0', styled({ fontSize: 0 }), `${E}.style.fontSize`, /at least 1/, styled({ fontSize: 200 })],
  ['the "center" alias in a fontStyle position', styled({ position: 'center' }), `${E}.style.position`, /not a valid text position/, styled({ position: 'center-center' })],
  ['a decimal shadowWidth', styled({ shadowWidth: '2.5%' }), `${E}.style.shadowWidth`, /integer string/, styled({ shadowWidth: '2%' })],
  ['fontUrl without a family', styled({ fontUrl: 'https://example.com/f.ttf' }), `${E}.style.fontFamily`, /required with fontUrl/, styled({ fontUrl: 'https://example.com/f.ttf', fontFamily: 'My Brand Sans' })],
  ['an unknown decoration', styled({ decorations: ['shout'] }), `${E}.style.decorations[0]`, /not a valid decoration/, styled({ decorations: ['bold', 'italics'] })],
  // Animations
  ['three animations', anim({ name: 'fade', type: 'entry' }, { name: 'fade', type: 'exit' }, { name: 'blur', type: 'exit' }), `${E}.style.animations`, /1 or 2 entries/, anim({ name: 'fade', type: 'entry' }, { name: 'fade', type: 'exit' })],
  ['two entry animations', anim({ name: 'fade', type: 'entry' }, { name: 'wipe', type: 'entry' }), `${E}.style.animations`, /only one "entry"/, anim({ name: 'fade', type: 'entry' })],
  ['customSpeedValue without speed custom', anim({ name: 'fade', type: 'entry', speed: 'fast', customSpeedValue: 1 }), `${E}.style.animations[0].customSpeedValue`, /only allowed with speed "custom"/, anim({ name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 0.5 })],
  ['customSpeedValue under 0.5', anim({ name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 0.4 }), `${E}.style.animations[0].customSpeedValue`, /0\.5/, anim({ name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 2 })],
  ['futureWords on a wipe', anim({ name: 'wipe', type: 'entry', futureWords: 'subtle' }), `${E}.style.animations[0].futureWords`, /only allowed on the fade and blur/, anim({ name: 'blur', type: 'entry', futureWords: 'subtle' })],
  ['an unknown animation', anim({ name: 'spin', type: 'entry' }), `${E}.style.animations[0].name`, /not a valid animation name/, anim({ name: 'text reveal', type: 'entry' })],
  // Backgrounds
  ['kenBurnsEffect on a video background', body({ background: { type: 'video', visualUrl: 'https://example.com/a.mp4', settings: { kenBurnsEffect: true } } }), 'scenes[0].background.settings.kenBurnsEffect', /only allowed on image backgrounds/, body({ background: { type: 'image', visualUrl: 'https://example.com/a.png', settings: { kenBurnsEffect: true } } })],
  ['kenBurnsEffect with zoomAndPan', body({ background: { visualUrl: 'https://example.com/a.png', settings: { kenBurnsEffect: true, zoomAndPan: true } } }), 'scenes[0].background.settings.kenBurnsEffect', /mutually exclusive/, body({ background: { visualUrl: 'https://example.com/a.png', settings: { zoomAndPan: true } } })],
  ['clips on an image', body({ background: { type: 'image', visualUrl: 'https://example.com/a.png', clips: [{ start: 0, end: 3 }] } }), 'scenes[0].background.clips', /only allowed with visualUrl and type "video"/, body({ background: { type: 'video', visualUrl: 'https://example.com/a.mp4', clips: [{ start: 0, end: 3 }] } })],
  ['clips on a stock search', body({ background: { type: 'video', searchFilter: { query: 'sea' }, clips: [{ start: 0, end: 3 }] } }), 'scenes[0].background.clips', /only allowed with visualUrl/, body({ background: { type: 'video', searchFilter: { query: 'sea' } } })],
  ['loop on an image background', body({ background: { type: 'image', visualUrl: 'https://example.com/a.png', settings: { loop: true } } }), 'scenes[0].background.settings.loop', /only allowed on video backgrounds/, body({ background: { searchFilter: { query: 'sea' }, settings: { loop: true, mute: true } } })],
  ['mute on a colour background', body({ background: { color: '#000', settings: { mute: true } } }), 'scenes[0].background.settings.mute', /only allowed on video backgrounds/, body({ background: { color: '#000', settings: { zoomAndPan: true } } })],
  ['a search combined with a colour', body({ background: { color: '#000', searchFilter: { query: 'sea' } } }), 'scenes[0].background', /searchFilter cannot be combined with color/, body({ background: { searchFilter: { query: 'sea' }, colorOverlay: { color: '#000', opacity: 0.4 } } })],
  ['11 search keywords', body({ background: { searchFilter: { keywords: Array.from({ length: 11 }, (_, i) => `kw${i}`) } } }), 'scenes[0].background.searchFilter.keywords', /1 to 10 entries/, body({ background: { searchFilter: { keywords: Array.from({ length: 10 }, (_, i) => `kw${i}`) } } })],
  ['a one-character keyword', body({ background: { searchFilter: { keywords: ['x'] } } }), 'scenes[0].background.searchFilter.keywords[0]', /2 to 100 characters/, body({ background: { searchFilter: { keywords: ['xy'] } } })],
  ['an unknown category', body({ background: { searchFilter: { query: 'q', category: 'Nature/Volcanoes' } } }), 'scenes[0].background.searchFilter.category', /not a valid category/, body({ background: { searchFilter: { query: 'q', category: 'Nature/Sunrises_and_Sunsets' } } })],
  ['an unknown stock library', body({ background: { searchFilter: { query: 'q', libraries: ['pexels'] } } }), 'scenes[0].background.searchFilter.libraries[0]', /not a valid library/, body({ background: { searchFilter: { query: 'q', libraries: ['getty', 'story_blocks'] } } })],
  ['an overlay opacity over 1', body({ background: { color: '#000', colorOverlay: { color: '#fff', opacity: 1.5 } } }), 'scenes[0].background.colorOverlay.opacity', /1/, body({ background: { color: '#000', colorOverlay: { color: '#fff', opacity: 1 } } })],
  ['an unknown transition', body({ sceneTransition: 'dissolve' }), 'scenes[0].sceneTransition', /not a valid sceneTransition/, body({ sceneTransition: 'circlecrop' })],
  // aiVisual extras
  ['three referenceImageUrls', body({ background: { type: 'video', aiVisual: { model: 'veo3.1', referenceImageUrls: ['a', 'b', 'c'] } } }), 'scenes[0].background.aiVisual.referenceImageUrls', /1 or 2 URLs/, body({ background: { type: 'video', aiVisual: { model: 'veo3.1', referenceImageUrls: ['a', 'b'] } } })],
  ['referenceImageUrls with firstFrameImageUrl', body({ background: { type: 'video', aiVisual: { model: 'veo3.1', referenceImageUrls: ['a'], firstFrameImageUrl: 'f' } } }), 'scenes[0].background.aiVisual.referenceImageUrls', /mutually exclusive/, body({ background: { type: 'video', aiVisual: { model: 'veo3.1', firstFrameImageUrl: 'f' } } })],
  ['firstFrameImageUrl on an image model', body({ background: { type: 'image', aiVisual: { model: 'seedream3.0', firstFrameImageUrl: 'f' } } }), 'scenes[0].background.aiVisual.firstFrameImageUrl', /only for video models/, body({ background: { type: 'video', aiVisual: { model: 'pixverse5.5', firstFrameImageUrl: 'f' } } })],
  ['referenceImageUrl on a model that does not edit', body({ background: { type: 'image', aiVisual: { model: 'flux-schnell', referenceImageUrl: 'r' } } }), 'scenes[0].background.aiVisual.referenceImageUrl', /needs an image model that edits/, body({ background: { type: 'image', aiVisual: { model: 'nanobanana', referenceImageUrl: 'r' } } })],
  ['referenceImageUrl on a video model', body({ background: { type: 'video', aiVisual: { model: 'veo3.1_fast', referenceImageUrl: 'r' } } }), 'scenes[0].background.aiVisual.referenceImageUrl', /only for image models that edit/, body({ background: { type: 'image', aiVisual: { model: 'seedream3.0', referenceImageUrl: 'r' } } })],
  // Subtitles, voice, music, avatar, templates
  ['maxSubtitleLines 5', body({ maxSubtitleLines: 5 }), 'scenes[0].maxSubtitleLines', /1 to 4/, body({ maxSubtitleLines: 4 })],
  ['maxSubtitleLines with a smart layout', body({ maxSubtitleLines: 2 }, { smartLayoutName: 'Modern' }), 'scenes[0].maxSubtitleLines', /not allowed with a smart layout/, body({}, { smartLayoutName: 'Modern' })],
  ['an avatar without a voice-over', body({}, { avatar: { avatarId: 'a1' } }), 'avatar', /requires voiceOver.enabled: true/, body({}, { avatar: { avatarId: 'a1', position: 'bottom-right', width: '25%' }, voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }] } })],
  ['an avatar with a disabled voice-over', body({}, { avatar: { avatarId: 'a1' }, voiceOver: { enabled: false } }), 'avatar', /requires voiceOver.enabled/, body({}, { voiceOver: { enabled: false } })],
  ['aiVoices and externalVoice in a scene', body({ voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }], externalVoice: { voiceUrl: 'https://example.com/v.mp3' } } }), 'scenes[0].voiceOver', /mutually exclusive/, body({ voiceOver: { enabled: true, externalVoice: { voiceUrl: 'https://example.com/v.mp3', syncVoice: true } } })],
  ['an unknown ElevenLabs model', body({}, { voiceOver: { enabled: true, aiVoices: [{ speaker: 'x', premiumVoiceSettings: { modelId: 'eleven_v9' } }] } }), 'voiceOver.aiVoices[0].premiumVoiceSettings.modelId', /not a valid premium voice modelId/, body({}, { voiceOver: { enabled: true, aiVoices: [{ speaker: 'x', premiumVoiceSettings: { modelId: 'eleven_v3', stability: '60%', useSpeakerBoost: true } }] } })],
  ['stability as a decimal percentage', body({}, { voiceOver: { enabled: true, aiVoices: [{ speaker: 'x', premiumVoiceSettings: { stability: '0.6' } }] } }), 'voiceOver.aiVoices[0].premiumVoiceSettings.stability', /not a percentage/, body({}, { voiceOver: { enabled: true, aiVoices: [{ speaker: 'x', premiumVoiceSettings: { stability: '75%' } }] } })],
  ['11 music clips', body({}, { backgroundMusic: { enabled: true, autoMusic: true, clips: Array.from({ length: 11 }, (_, i) => ({ start: i, end: i + 1 })) } }), 'backgroundMusic.clips', /at most 10/, body({}, { backgroundMusic: { enabled: true, autoMusic: true, clips: Array.from({ length: 10 }, (_, i) => ({ start: i, end: i + 1 })) } })],
  ['a music clip that ends before it starts', body({}, { backgroundMusic: { enabled: true, musicUrl: 'https://example.com/m.mp3', clips: [{ start: 5, end: 2 }] } }), 'backgroundMusic.clips[0]', /end must be after start/, body({}, { backgroundMusic: { enabled: true, musicUrl: 'https://example.com/m.mp3', clips: [{ start: 2, end: 5 }] } })],
  ['scenes missing without a template', { videoName: 'v' }, 'scenes', /required unless templateId/, { videoName: 'v', templateId: 't-123', variables: { Name: 'Ada' } }],
  ['a scene muting music with no flag', body({ backgroundMusic: {} }), 'scenes[0].backgroundMusic.enabled', /enabled is required/, body({ backgroundMusic: { enabled: false } })],
];

describe('400 INVALID_REQUEST_BODY for each documented rule (and the valid near-miss is accepted)', () => {
  for (const [rule, invalid, field, message, valid] of cases) {
    it(rule, async () => {
      const refused = await post(invalid);
      expect(refused.status, refused.text).toBe(400);
      expect(refused.json.code).toBe('INVALID_REQUEST_BODY');
      const entry = (refused.json.fields as Array<{ name: string; errors: string }>).find((f) => f.name === field);
      expect(entry, `fields: ${JSON.stringify(refused.json.fields)}`).toBeDefined();
      expect(entry!.errors).toMatch(message);
      const accepted = await post(valid);
      expect(accepted.status, accepted.text).toBe(200);
    });
  }
});

describe('accepted as documented', () => {
  it('a font outside the catalog (Pictory falls back; the DSL warns), and any family with fontUrl', async () => {
    expect((await post(styled({ fontFamily: 'Comic Sans' }))).status).toBe(200);
  });

  it('every documented field at once, kept verbatim after stripping', async () => {
    const everything = {
      videoName: 'everything',
      videoWidth: 1920,
      videoHeight: 1080,
      aspectRatio: '16:9',
      language: 'en',
      saveProject: true,
      webhook: 'https://example.com/hook',
      webhookInput: { order: 7 },
      storyboardVersion: 'v3',
      brandName: 'Acme',
      smartLayoutId: 'layout-1',
      subtitleStyleName: 'Bold',
      subtitleStyle: {
        fontFamily: 'Poppins', fontUrl: 'https://example.com/p.ttf', fontSize: 44, color: 'rgb(255,255,255)',
        backgroundColor: 'rgba(0,0,0,0)', keywordColor: '#fbbf24', shadowColor: '#000', shadowWidth: '2%',
        position: 'bottom-center', alignment: 'center', decorations: ['bold', 'underline'], case: 'uppercase',
        paragraphWidth: '80%', showBoxBackground: false, showBullet: true, bulletSize: 12, bulletFillColor: '#fff',
        animations: [
          { name: 'typewriter', type: 'entry', speed: 'custom', customSpeedValue: 1.5, direction: 'left', writingStyle: 'word' },
          { name: 'fade', type: 'exit', speed: 'fast', futureWords: 'hidden' },
        ],
      },
      awsConnectionId: 'aws-1',
      vimeoConnectionId: 'vimeo-1',
      destinations: [{ type: 'vimeo', folderId: 'f1' }],
      voiceOver: {
        enabled: true,
        aiVoices: [{ speaker: 'Adison', speed: 110, amplificationLevel: 0.2, premiumVoiceSettings: { modelId: 'eleven_multilingual_v2', stability: '60%', similarityBoost: '75%', style: '20%', useSpeakerBoost: true } }],
      },
      backgroundMusic: { enabled: true, musicUrl: 'https://example.com/m.mp3', volume: 0.12, clips: [{ start: 0, end: 30 }] },
      logo: { url: 'https://example.com/logo.png', position: 'top-right', width: '10%' },
      avatar: { avatarId: 'av-1', position: 'bottom-right', width: '25%', borderRadius: '50%', backgroundColor: 'rgba(0,0,0,0)', hide: false },
      visualLibraryId: 'lib-1',
      visualSelectionPreference: 'prefer-stock',
      projectMetadata: { team: 'growth' },
      scenes: [
        {
          story: 'First line.\nSecond line.', isSSMLStory: false, createSceneOnNewLine: true, createSceneOnEndOfSentence: true,
          minimumDuration: 4, endPauseDuration: 0.5, sceneTransition: 'smoothleft', hideSubtitles: false, highlightKeywords: true,
          subtitleStyle: { fontSize: 40 },
          background: {
            type: 'image', visualUrl: 'https://example.com/bg.png', colorOverlay: { color: 'rgb(0,0,0)', opacity: 0.45 },
            settings: { kenBurnsEffect: true, videoKenBurns: { start: { zoom: 1, centerX: 0.5, centerY: 0.5 }, end: { zoom: 1.2, centerX: 0.6, centerY: 0.4 } } },
            motionGraphics: { enabled: true, prompt: 'lines', style: 'neon' },
          },
          voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }] },
          backgroundMusic: { enabled: false },
          elements: [
            { type: 'text', text: 'Title', textVariant: 'heading', style: { fontFamily: 'Anton', fontSize: 66 }, top: '10%', left: '5%', width: '90%' },
            { type: 'shape', name: 'rectangle', fill: 'rgba(255,200,40,1)', stroke: 'rgb(255,255,255)', strokeWidth: 2, borderRadius: 12, position: 'bottom-left', width: '24%' },
            { type: 'image', searchFilter: { query: 'scientist' }, colorOverlay: { color: 'rgb(10,10,40)', opacity: 0.3 }, position: 'center-right', width: '38%' },
            { type: 'video', visualUrl: 'https://example.com/c.mp4', settings: { loop: false, mute: true }, position: 'top-right' },
            { type: 'image', aiVisual: { model: 'nanobanana', prompt: 'a lamp', mediaStyle: 'minimalist', referenceImageUrl: 'https://example.com/lamp.png', visualContinuity: true }, top: '50%', left: '50%' },
          ],
          avatar: { top: '60%', left: '70%', width: '20%', hide: false, backgroundColor: '#000', borderRadius: 8, borderColor: '#fff', borderThickness: 2 },
          backgroundBrolls: [{ visualUrl: 'https://example.com/b.mp4', type: 'video', brollClip: { start: 1, end: 3 } }],
          backgroundCorpus: [{ visualUrl: 'https://example.com/p.png', type: 'image', prefer: true }],
        },
        { storyCoPilot: { prompt: 'ocean plastic', videoType: 'Explainer', duration: 30, platform: 'YouTube', tone: 'informative' } },
        { blogUrl: 'https://example.com/post' },
        { pptUrl: 'https://example.com/deck.pptx' },
        { audioUrl: 'https://example.com/a.mp3', audioLanguage: 'en-US', transcript: 'hello', mediaRepurposeSettings: { removeFillers: true } },
        { videoUrl: 'https://example.com/v.mp4', audioLanguage: 'de-DE' },
        { background: { type: 'video', aiVisual: { model: 'veo3.1', prompt: 'sea', videoDuration: '8s', firstFrameImageUrl: 'https://example.com/f.png' } } },
        { background: { type: 'video', aiVisual: { model: 'pixverse5.5', referenceImageUrls: ['https://example.com/1.png', 'https://example.com/2.png'] } } },
        { background: { type: 'video', visualUrl: 'https://example.com/v.mp4', clips: [{ start: 3, end: 9 }], settings: { loop: true, mute: false, zoomAndPan: true } } },
        { background: { searchFilter: { query: 'coast', keywords: ['ocean', 'coastline'], category: 'Aerial/Coastal_and_Marine', libraries: ['story_blocks', 'getty'] } } },
      ],
    };
    const answer = await post(everything);
    expect(answer.status, answer.text).toBe(200);
    expect(emu.ledger.at(-1)!.body).toEqual(everything);
  });

  it('strips unknown fields inside elements, styles, animations and searches', async () => {
    const answer = await post({
      videoName: 'strip',
      scenes: [
        {
          story: 'Hi.',
          background: { searchFilter: { query: 'sea', mood: 'calm' } },
          elements: [
            { type: 'text', text: 'T', height: '20%', style: { fontSize: 30, glow: true, animations: [{ name: 'fade', type: 'entry', easing: 'linear' }] } },
            { type: 'image', searchFilter: { query: 'cat', keywords: ['kitten'] }, rotation: 45 },
          ],
        },
      ],
    });
    expect(answer.status, answer.text).toBe(200);
    expect(emu.ledger.at(-1)!.body).toEqual({
      videoName: 'strip',
      scenes: [
        {
          story: 'Hi.',
          background: { searchFilter: { query: 'sea' } },
          elements: [
            { type: 'text', text: 'T', style: { fontSize: 30, animations: [{ name: 'fade', type: 'entry' }] } },
            { type: 'image', searchFilter: { query: 'cat' } },
          ],
        },
      ],
    });
  });
});
