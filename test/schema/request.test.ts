/**
 * The wire schema against real bodies and against each rule. `official-examples.json` holds the five request
 * bodies of Pictory's own `references/examples.md` (pictoryai/pictory-claude-skills, commit 441fc70), verbatim.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PictoryRequestSchema, type PictoryRequestBody } from '../../src/schema/request.js';
import officialExamples from './official-examples.json' with { type: 'json' };

/** A small valid body each rule test breaks in one place. */
function base(): any {
  return {
    videoName: 'Rules',
    aspectRatio: '16:9',
    voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', speed: 100 }] },
    backgroundMusic: { enabled: true, autoMusic: true, volume: 0.1 },
    scenes: [
      {
        story: 'Hello there.',
        background: { type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '6s', prompt: 'a lake' } },
        elements: [
          { type: 'text', text: 'Hello', textVariant: 'heading', style: { fontFamily: 'Anton', fontSize: 60 } },
          { type: 'shape', name: 'rectangle', fill: '#fff', top: '10%', left: '10%', width: '20%' },
          { type: 'image', visualUrl: 'https://example.com/a.png', position: 'top-right' },
          { type: 'video', searchFilter: { query: 'waves' }, settings: { loop: true } },
        ],
      },
    ],
  };
}

/** Parses `body` and returns each issue as `path: message`. */
function issues(body: unknown): string[] {
  const result = PictoryRequestSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function broken(edit: (body: any) => void): string[] {
  const body = base();
  edit(body);
  return issues(body);
}

describe('the wire schema of the storyboard request', () => {
  it("accepts Pictory's five official example requests as they are", () => {
    expect(officialExamples).toHaveLength(5);
    for (const example of officialExamples) expect(issues(example)).toEqual([]);
  });

  it("accepts every request body of the seed documents (Pictory's AI-visual guides)", () => {
    const dir = new URL('../fixtures/seeds/', import.meta.url);
    const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) expect([file, issues(JSON.parse(readFileSync(new URL(file, dir), 'utf8')))]).toEqual([file, []]);
  });

  it('accepts the rule tests\' base body, and the type takes it', () => {
    const body: PictoryRequestBody = base();
    expect(issues(body)).toEqual([]);
  });

  it('rejects unknown fields at every level (Pictory would silently drop them)', () => {
    expect(broken((b) => (b.videoname = 'x'))).toEqual([expect.stringContaining('Unrecognized key: "videoname"')]);
    expect(broken((b) => (b.scenes[0].background.aiVisual.duration = '6s'))).toEqual([
      expect.stringMatching(/^scenes\.0\.background\.aiVisual: Unrecognized key: "duration"/),
    ]);
    expect(broken((b) => (b.scenes[0].elements[0].style.fontWeight = 700))).toEqual([
      expect.stringMatching(/^scenes\.0\.elements\.0\.style: Unrecognized key/),
    ]);
  });

  const rules: Array<[string, (body: any) => void, string]> = [
    ['width without height', (b) => (b.videoWidth = 1920), 'videoHeight: `videoWidth` and `videoHeight` go together'],
    ['brandId with brandName', (b) => Object.assign(b, { brandId: '1', brandName: 'x' }), 'brandName: `brandId` and `brandName` are exclusive'],
    ['smart layout id and name', (b) => Object.assign(b, { smartLayoutId: '1', smartLayoutName: 'x' }), 'smartLayoutName: `smartLayoutId` and `smartLayoutName` are exclusive'],
    ['subtitle style id and name', (b) => Object.assign(b, { subtitleStyleId: '1', subtitleStyleName: 'x' }), 'subtitleStyleName: `subtitleStyleId` and `subtitleStyleName` are exclusive'],
    ['no scenes and no template', (b) => delete b.scenes, 'scenes: `scenes` is required unless `templateId` is given'],
    ['variables without template', (b) => (b.variables = { Name: 'x' }), 'variables: `variables` fill a template: they need `templateId` (ours)'],
    ['avatar without voice-over', (b) => Object.assign(b, { avatar: { avatarId: 'a' }, voiceOver: { enabled: false } }), 'avatar: an avatar needs a voice-over (`voiceOver.enabled: true`)'],
    ['maxSubtitleLines with a smart layout', (b) => ((b.smartLayoutName = 'x'), (b.scenes[0].maxSubtitleLines = 2)), 'scenes.0.maxSubtitleLines: `maxSubtitleLines` is not allowed with a smart layout'],
    ['maxSubtitleLines out of range', (b) => (b.scenes[0].maxSubtitleLines = 5), 'scenes.0.maxSubtitleLines: Too big: expected number to be <=4'],
    ['webhook over 500 characters', (b) => (b.webhook = `https://example.com/${'a'.repeat(490)}`), 'webhook: at most 500 characters'],
    ['two content sources', (b) => (b.scenes[0].blogUrl = 'https://example.com/post'), 'scenes.0.blogUrl: a scene takes one content source; found story, blogUrl'],
    ['no source and no background', (b) => (b.scenes[0] = { elements: b.scenes[0].elements }), 'scenes.0: a scene needs a content source (story, storyCoPilot, blogUrl, pptUrl, audioUrl, videoUrl) or a background (visual-only scene)'],
    ['caption without story', (b) => (b.scenes[0] = { caption: 'c', background: { color: '#000' } }), 'scenes.0.caption: `caption` requires a `story`'],
    ['caption with a split', (b) => Object.assign(b.scenes[0], { caption: 'c', createSceneOnEndOfSentence: true }), 'scenes.0.caption: `caption` cannot be used with createSceneOnNewLine / createSceneOnEndOfSentence'],
    ['audioUrl without audioLanguage', (b) => (b.scenes[0] = { audioUrl: 'https://example.com/a.mp3' }), 'scenes.0.audioLanguage: `audioUrl`/`videoUrl` scenes require `audioLanguage`'],
    ['transcript on a story scene', (b) => (b.scenes[0].transcript = 'words'), 'scenes.0.transcript: `transcript` is only for `audioUrl`/`videoUrl` scenes'],
    ['unknown audio language', (b) => (b.scenes[0] = { videoUrl: 'https://example.com/a.mp4', audioLanguage: 'en' }), 'scenes.0.audioLanguage: Invalid option'],
    ['isSSMLStory without a story', (b) => (b.scenes[0] = { storyCoPilot: { prompt: 'p' }, isSSMLStory: true }), 'scenes.0.isSSMLStory: `isSSMLStory` applies to a `story` (ours)'],
    ['storyCoPilot duration over 600', (b) => (b.scenes[0] = { storyCoPilot: { prompt: 'p', duration: 601 } }), 'scenes.0.storyCoPilot.duration: Too big'],
    ['unknown transition', (b) => (b.scenes[0].sceneTransition = 'dissolve'), 'scenes.0.sceneTransition: Invalid option'],
    ['scene music with a track', (b) => (b.scenes[0].backgroundMusic = { enabled: true, volume: 0.2 }), 'scenes.0.backgroundMusic: Unrecognized key: "volume"'],
    ['scene avatar without the video avatar', (b) => (b.scenes[0].avatar = { hide: true }), "scenes.0.avatar: a scene avatar override needs the video's `avatar` (ours)"],
    ['21 elements', (b) => (b.scenes[0].elements = Array(21).fill({ type: 'shape', name: 'circle' })), 'scenes.0.elements: Too big: expected array to have <=20 items'],
    ['an empty elements array', (b) => (b.scenes[0].elements = []), 'scenes.0.elements: Too small: expected array to have >=1 items'],
    ['text over 2,000 characters', (b) => (b.scenes[0].elements[0].text = 'x'.repeat(2001)), 'scenes.0.elements.0.text: Too big: expected string to have <=2000 characters'],
    ['a decimal percentage', (b) => (b.scenes[0].elements[1].top = '10.5%'), 'scenes.0.elements.1.top: an integer percentage string from "0%" to "100%"'],
    ['a percentage over 100', (b) => (b.scenes[0].elements[1].width = '101%'), 'scenes.0.elements.1.width: an integer percentage string'],
    ['a colour name', (b) => (b.scenes[0].elements[1].fill = 'blurple'), 'scenes.0.elements.1.fill: a colour: rgb(r,g,b), rgba(r,g,b,a), #RGB, #RRGGBB or #RRGGBBAA'],
    ['an rgb channel over 255', (b) => (b.scenes[0].elements[1].fill = 'rgb(256,0,0)'), 'scenes.0.elements.1.fill: a colour'],
    ['position with top and left', (b) => (b.scenes[0].elements[1].position = 'center'), 'scenes.0.elements.1.position: `position` and `top`/`left` are exclusive'],
    ['top without left', (b) => delete b.scenes[0].elements[1].left, 'scenes.0.elements.1.left: `top` and `left` go together'],
    ['unknown shape', (b) => (b.scenes[0].elements[1].name = 'hexagon'), 'scenes.0.elements.1.name: Invalid option'],
    ['unknown element type', (b) => (b.scenes[0].elements[1].type = 'sticker'), "scenes.0.elements.1.type: Invalid discriminator value. Expected 'text' | 'shape' | 'image' | 'video'"],
    ['fontSize not an integer', (b) => (b.scenes[0].elements[0].style.fontSize = 60.5), 'scenes.0.elements.0.style.fontSize: Invalid input: expected int'],
    ['fontSize 0', (b) => (b.scenes[0].elements[0].style.fontSize = 0), 'scenes.0.elements.0.style.fontSize: Too small'],
    ['fontUrl without fontFamily', (b) => (b.scenes[0].elements[0].style = { fontUrl: 'https://example.com/f.ttf' }), 'scenes.0.elements.0.style.fontFamily: `fontUrl` needs a `fontFamily` naming the font it loads'],
    ['bullets on a text element', (b) => (b.scenes[0].elements[0].style.showBullet = true), 'scenes.0.elements.0.style: Unrecognized key: "showBullet"'],
    ['center as a subtitle position', (b) => (b.subtitleStyle = { position: 'center' }), 'subtitleStyle.position: Invalid option'],
    ['three animations', (b) => (b.subtitleStyle = { animations: [anim('entry'), anim('exit'), anim('entry')] }), 'subtitleStyle.animations: Too big: expected array to have <=2 items'],
    ['two entry animations', (b) => (b.subtitleStyle = { animations: [anim('entry'), anim('entry')] }), 'subtitleStyle.animations.1.type: two `entry` animations: one entry and one exit at most'],
    ['customSpeedValue without custom', (b) => (b.subtitleStyle = { animations: [{ ...anim('entry'), customSpeedValue: 1 }] }), 'subtitleStyle.animations.0.customSpeedValue: `customSpeedValue` is only taken with `speed: "custom"`'],
    ['customSpeedValue under 0.5', (b) => (b.subtitleStyle = { animations: [{ ...anim('entry'), speed: 'custom', customSpeedValue: 0.4 }] }), 'subtitleStyle.animations.0.customSpeedValue: Too small'],
    ['futureWords on wipe', (b) => (b.subtitleStyle = { animations: [{ ...anim('entry'), name: 'wipe', futureWords: 'subtle' }] }), 'subtitleStyle.animations.0.futureWords: `futureWords` is only taken by the `fade` and `blur` animations'],
    ['a decoration twice', (b) => (b.subtitleStyle = { decorations: ['bold', 'bold'] }), 'subtitleStyle.decorations: a decoration is listed twice'],
    ['two background sources', (b) => (b.scenes[0].background.color = '#000'), 'scenes.0.background: a background takes exactly one of visualUrl, color, aiVisual, searchFilter (found color, aiVisual)'],
    ['aiVisual without type', (b) => delete b.scenes[0].background.type, 'scenes.0.background.type: `type: "video"` is required with veo3.1'],
    ['aiVisual of the wrong type', (b) => (b.scenes[0].background.type = 'image'), 'scenes.0.background.type: `type: "video"` is required with veo3.1'],
    ['a duration the model lacks', (b) => (b.scenes[0].background.aiVisual.videoDuration = '5s'), 'scenes.0.background.aiVisual.videoDuration: veo3.1 offers 4s, 6s, 8s'],
    ['a duration on an image model', (b) => (b.scenes[0].background = { type: 'image', aiVisual: { model: 'flux-schnell', videoDuration: '4s' } }), 'scenes.0.background.aiVisual.videoDuration: `videoDuration` is for video models; flux-schnell makes images'],
    ['referenceImageUrl on a model that does not edit', (b) => (b.scenes[0].background = { type: 'image', aiVisual: { model: 'flux-schnell', referenceImageUrl: 'https://example.com/r.png' } }), 'scenes.0.background.aiVisual.referenceImageUrl: flux-schnell does not edit images: `referenceImageUrl` needs seedream3.0 or nanobanana'],
    ['three reference images', (b) => (b.scenes[0].background.aiVisual.referenceImageUrls = ['a', 'b', 'c'].map((x) => `https://example.com/${x}.png`)), 'scenes.0.background.aiVisual.referenceImageUrls: Too big: expected array to have <=2 items'],
    ['reference images with a first frame', (b) => Object.assign(b.scenes[0].background.aiVisual, { referenceImageUrls: ['https://example.com/r.png'], firstFrameImageUrl: 'https://example.com/f.png' }), 'scenes.0.background.aiVisual.referenceImageUrls: `referenceImageUrls` and `firstFrameImageUrl` are exclusive'],
    ['a prompt over 500 characters', (b) => (b.scenes[0].background.aiVisual.prompt = 'p'.repeat(501)), 'scenes.0.background.aiVisual.prompt: Too big: expected string to have <=500 characters'],
    ['unknown model', (b) => (b.scenes[0].background.aiVisual.model = 'sora'), 'scenes.0.background.aiVisual.model: Invalid option'],
    ['clips on an AI video', (b) => (b.scenes[0].background.clips = [{ start: 0, end: 2 }]), 'scenes.0.background.clips: `clips` trims a video from a URL: it needs `visualUrl` and `type: "video"`'],
    ['a clip ending before it starts', (b) => (b.scenes[0].background = { type: 'video', visualUrl: 'https://example.com/v.mp4', clips: [{ start: 3, end: 2 }] }), 'scenes.0.background.clips.0.end: `end` must be after `start`'],
    ['kenBurns on a video', (b) => (b.scenes[0].background.settings = { kenBurnsEffect: true }), 'scenes.0.background.settings.kenBurnsEffect: `kenBurnsEffect` is for image backgrounds (`type: "image"`)'],
    ['kenBurns with zoomAndPan', (b) => (b.scenes[0].background = { type: 'image', visualUrl: 'https://example.com/i.png', settings: { kenBurnsEffect: true, zoomAndPan: true } }), 'scenes.0.background.settings.kenBurnsEffect: `kenBurnsEffect` and `zoomAndPan` are exclusive'],
    ['loop on an image', (b) => (b.scenes[0].background = { type: 'image', visualUrl: 'https://example.com/i.png', settings: { loop: true } }), 'scenes.0.background.settings.loop: `loop` is for video backgrounds (ours: Pictory ignores it)'],
    ['mute on a colour', (b) => (b.scenes[0].background = { color: '#123', settings: { mute: true } }), 'scenes.0.background.settings.mute: `mute` is for video backgrounds'],
    ['overlay opacity over 1', (b) => (b.scenes[0].background.colorOverlay = { color: '#000', opacity: 1.5 }), 'scenes.0.background.colorOverlay.opacity: Too big'],
    ['eleven keywords', (b) => (b.scenes[0].background = { searchFilter: { query: 'q', keywords: Array(11).fill('ab') } }), 'scenes.0.background.searchFilter.keywords: Too big: expected array to have <=10 items'],
    ['a one-letter keyword', (b) => (b.scenes[0].background = { searchFilter: { query: 'q', keywords: ['a'] } }), 'scenes.0.background.searchFilter.keywords.0: Too small: expected string to have >=2 characters'],
    ['unknown category', (b) => (b.scenes[0].background = { searchFilter: { query: 'q', category: 'Nature/Oceans' } }), 'scenes.0.background.searchFilter.category: Invalid option'],
    ['unknown library', (b) => (b.scenes[0].background = { searchFilter: { query: 'q', libraries: ['pexels'] } }), 'scenes.0.background.searchFilter.libraries.0: Invalid option'],
    ['keywords on an element search', (b) => (b.scenes[0].elements[3].searchFilter.keywords = ['ab']), 'scenes.0.elements.3.searchFilter: Unrecognized key: "keywords"'],
    ['a media element with two sources', (b) => (b.scenes[0].elements[2].searchFilter = { query: 'q' }), 'scenes.0.elements.2: a media element takes exactly one of visualUrl, searchFilter, aiVisual (found visualUrl, searchFilter)'],
    ['a video model on an image element', (b) => (b.scenes[0].elements[2] = { type: 'image', aiVisual: { model: 'veo3.1' } }), 'scenes.0.elements.2.aiVisual.model: veo3.1 makes videos, not images'],
    ['settings on an image element', (b) => (b.scenes[0].elements[2].settings = { loop: true }), 'scenes.0.elements.2: Unrecognized key: "settings"'],
    ['aiVoices with externalVoice', (b) => (b.voiceOver.externalVoice = { voiceUrl: 'https://example.com/v.mp3' }), 'voiceOver.externalVoice: `aiVoices` and `externalVoice` are exclusive'],
    ['speed 201', (b) => (b.voiceOver.aiVoices[0].speed = 201), 'voiceOver.aiVoices.0.speed: Too big'],
    ['unknown premium model', (b) => (b.voiceOver.aiVoices[0].premiumVoiceSettings = { modelId: 'eleven_v9' }), 'voiceOver.aiVoices.0.premiumVoiceSettings.modelId: Invalid option'],
    ['autoMusic with musicUrl', (b) => (b.backgroundMusic.musicUrl = 'https://example.com/m.mp3'), 'backgroundMusic.musicUrl: `autoMusic` and `musicUrl` are exclusive'],
    ['eleven music clips', (b) => (b.backgroundMusic.clips = Array.from({ length: 11 }, (_, i) => ({ start: i, end: i + 1 }))), 'backgroundMusic.clips: Too big: expected array to have <=10 items'],
    ['volume over 1', (b) => (b.backgroundMusic.volume = 1.2), 'backgroundMusic.volume: Too big'],
    ['an ftp URL', (b) => (b.scenes[0].elements[2].visualUrl = 'ftp://example.com/a.png'), 'scenes.0.elements.2.visualUrl: an http(s) URL'],
  ];

  it.each(rules)('rejects %s', (_name, edit, expected) => {
    const found = broken(edit);
    expect(found.some((issue) => issue.startsWith(expected)), `expected "${expected}" in:\n${found.join('\n')}`).toBe(true);
  });

  it('accepts what the rules allow: a template without scenes, a visual-only scene, a repurposed video', () => {
    expect(issues({ videoName: 'T', templateId: 't1', variables: { Name: 'Ada' } })).toEqual([]);
    expect(issues({ videoName: 'V', scenes: [{ background: { color: 'rgba(0, 0, 0, 0.5)' }, minimumDuration: 3 }] })).toEqual([]);
    expect(
      issues({
        videoName: 'R',
        scenes: [{ videoUrl: 'https://example.com/talk.mp4', audioLanguage: 'en-GB', transcript: 'Hello.' }],
      }),
    ).toEqual([]);
  });
});

function anim(type: 'entry' | 'exit') {
  return { name: 'fade', type, speed: 'medium' };
}
