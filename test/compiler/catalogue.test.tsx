/**
 * One exact-text test per code of the diagnostics catalogue: a bad program in, the diagnostic out with its
 * exact message, severity, component path, and the line of the offending element in this file (marked
 * with a `L:name` comment). CASES is typed over every code, so a code without a test does not compile.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AIImageBackground,
  AIVideoBackground,
  Avatar,
  BackgroundMusic,
  ColorBackground,
  compile,
  compileAll,
  ImageBackground,
  Scene,
  use,
  Video,
  VoiceOver,
  type DiagnosticCode,
} from 'pictory-jsx';
import { Clip, Image, Shape, SubtitleStyle, Text } from 'pictory-jsx';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';
import { markerLine, type Case } from './catalogue-case.js';
import { STORYBOARD_PROP_CASES } from './catalogue-storyboard-props.cases.js';

const thisFile = fileURLToPath(import.meta.url);
const source = readFileSync(thisFile, 'utf8').split('\n');
/** The 1-based line holding the marker `L:<name>`. */
const lineOf = (marker: string) => source.findIndex((l) => l.includes(`L:${marker} `)) + 1;
/** Hide a deliberate mistake from the type checker, as a spread from untyped data would. */
const untyped = (props: Record<string, unknown>): any => props;

const CASES: { [C in DiagnosticCode]: Case } = {
  ...STORYBOARD_PROP_CASES,
  'no-video': { tree: () => <></>, message: 'nothing to compile: the tree has no <Video>', path: '(top level)' },
  'several-videos': {
    tree: () =>
      createElement(() => [
        <Video key="a" name="a"><Scene story="a" /></Video>,
        <Video key="b" name="b"><Scene story="b" /></Video>,
      ]),
    message: 'the tree holds 2 videos ("a", "b"); use compileAll() to compile each',
    path: '(top level)',
  },
  'component-threw': {
    tree: () => {
      function ProductScene(): never {
        throw new Error('price missing for SKU 42'); // L:throw 
      }
      return (
        <Video name="v">
          <ProductScene />
        </Video>
      );
    },
    message: 'a component threw: price missing for SKU 42',
    path: '<ProductScene>',
    marker: 'throw',
  },
  'render-failed': {
    tree: () => {
      const rows = new Promise<string>(() => {});
      const Rows = () => <Scene story={use(rows)} />;
      return (
        <Video name="v">
          <Rows />
        </Video>
      );
    },
    message: 'this video loads data with use(): compile it with compileAsync() or compileAllAsync()',
    path: '(render)',
  },
  'unknown-component': {
    tree: () => {
      const Div = 'div' as any;
      return (
        <Video name="v">
          <Scene story="a">
            <Div /> {/* L:div */}
          </Scene>
        </Video>
      );
    },
    message:
      '<div> is not a pictory-jsx component; use one of <Video>, <Scene>, <AIImageBackground>, <AIVideoBackground>, <ImageBackground>, <VideoBackground>, <ColorBackground>, <VoiceOver>, <ExternalVoice>, <BackgroundMusic>, <Text>, <Shape>, <Image>, <Clip>, <SubtitleStyle>, <Avatar>, <StockBackground>, <Broll>',
    path: 'Video > Scene[1] > div',
    marker: 'div',
  },
  misplaced: {
    tree: () => (
      <Video name="v">
        <Scene story="a" />
        <ColorBackground color="#000" /> {/* L:bg-outside */}
      </Video>
    ),
    message: '<ColorBackground> must be inside a <Scene>',
    path: 'Video > ColorBackground',
    marker: 'bg-outside',
  },
  'music-in-scene': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <BackgroundMusic autoMusic volume={0.2} /> {/* L:music-in-scene */}
        </Scene>
      </Video>
    ),
    message: 'background music belongs to the whole <Video>: move <BackgroundMusic> out of the <Scene>',
    path: 'Video > Scene[1] > BackgroundMusic',
    marker: 'music-in-scene',
  },
  'two-backgrounds': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <ColorBackground color="#000" /> {/* L:first-bg */}
          <AIImageBackground model="flux-schnell" /> {/* L:second-bg */}
        </Scene>
      </Video>
    ),
    message: `a scene has exactly one background, but this <Scene> already has <ColorBackground> (line ${lineOf('first-bg')}); remove one`,
    path: 'Video > Scene[1] > AIImageBackground',
    marker: 'second-bg',
  },
  duplicate: {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar id="anna" /> {/* L:first-avatar */}
        <Avatar id="james" /> {/* L:second-avatar */}
        <Scene story="a" />
      </Video>
    ),
    message: `only one <Avatar> is allowed here; another one is at line ${lineOf('first-avatar')}`,
    path: 'Video > Avatar',
    marker: 'second-avatar',
  },
  'stray-text': {
    tree: () => (
      <Video name="v"> {/* L:stray-text */}
        Welcome to the launch.
        <Scene story="a" />
      </Video>
    ),
    message: 'text "Welcome to the launch." is directly in <Video>; only <Scene> (its story), <Text> (its text) takes text',
    path: 'Video',
    marker: 'stray-text',
  },
  'unexpected-children': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <ImageBackground src="https://x/a.png" {...untyped({ children: 'caption' })} /> {/* L:children */}
        </Scene>
      </Video>
    ),
    message: '<ImageBackground> takes no children; everything it needs is in its props',
    path: 'Video > Scene[1] > ImageBackground',
    marker: 'children',
  },
  'story-twice': {
    tree: () => (
      <Video name="v">
        <Scene story="One."> {/* L:story-twice */}
          Two.
        </Scene>
      </Video>
    ),
    message: 'the story is given twice, as the `story` prop and as text children; keep one',
    path: 'Video > Scene[1]',
    marker: 'story-twice',
    prop: 'story',
  },
  'unknown-prop': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground model="veo3.1" {...untyped({ promt: 'a city' })} /> {/* L:promt */}
        </Scene>
      </Video>
    ),
    message: 'unknown prop "promt" on <AIVideoBackground> (Pictory would silently drop it); did you mean "prompt"?',
    path: 'Video > Scene[1] > AIVideoBackground',
    marker: 'promt',
    prop: 'promt',
  },
  'missing-prop': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground {...untyped({})} /> {/* L:no-model */}
        </Scene>
      </Video>
    ),
    message: '<AIVideoBackground> needs the `model` prop (one of pixverse5.5, veo3.1_fast, veo3.1)',
    path: 'Video > Scene[1] > AIVideoBackground',
    marker: 'no-model',
    prop: 'model',
  },
  'invalid-type': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" {...untyped({ speed: 'fast' })} /> {/* L:speed-type */}
        <Scene story="a" />
      </Video>
    ),
    message: 'speed must be a number, got the text "fast"',
    path: 'Video > VoiceOver',
    marker: 'speed-type',
    prop: 'speed',
  },
  'invalid-value': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground {...untyped({ model: 'veo3' })} /> {/* L:model */}
        </Scene>
      </Video>
    ),
    message: 'model "veo3" is not one of pixverse5.5, veo3.1_fast, veo3.1 (did you mean "veo3.1"?)',
    path: 'Video > Scene[1] > AIVideoBackground',
    marker: 'model',
    prop: 'model',
  },
  'invalid-format': {
    tree: () => (
      <Video name="v" logo={{ url: 'https://x/logo.png', width: '10px' }}> {/* L:logo-width */}
        <Scene story="a" />
      </Video>
    ),
    message: 'logo.width "10px" must be a percentage like "10%"',
    path: 'Video',
    marker: 'logo-width',
    prop: 'logo.width',
  },
  'out-of-range': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" speed={250} /> {/* L:voice-range */}
        <Scene story="a" />
      </Video>
    ),
    message: 'speed 250 is out of range: it must be between 50 and 200',
    path: 'Video > VoiceOver',
    marker: 'voice-range',
    prop: 'speed',
  },
  'too-long': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIImageBackground model="nanobanana" prompt={'x'.repeat(501)} /> {/* L:prompt-501 */}
        </Scene>
      </Video>
    ),
    message: 'prompt is 501 characters long; it must be at most 500 characters',
    path: 'Video > Scene[1] > AIImageBackground',
    marker: 'prompt-501',
    prop: 'prompt',
  },
  'size-incomplete': {
    tree: () => (
      <Video name="v" {...untyped({ width: 1080 })}> {/* L:width */}
        <Scene story="a" />
      </Video>
    ),
    message: 'width is set without height: Pictory needs videoWidth and videoHeight together',
    path: 'Video',
    marker: 'width',
    prop: 'width',
  },
  'brand-twice': {
    tree: () => (
      <Video name="v" {...untyped({ brandId: 'b1', brandName: 'Acme' })}> {/* L:brand */}
        <Scene story="a" />
      </Video>
    ),
    message: 'brandId and brandName are mutually exclusive; keep one',
    path: 'Video',
    marker: 'brand',
    prop: 'brandName',
  },
  'no-scenes': {
    tree: () => <Video name="empty" />, // L:no-scene 
    message: 'a <Video> needs at least one <Scene>',
    path: 'Video',
    marker: 'no-scene',
  },
  'language-unconfirmed': {
    tree: () => (
      <Video name="v" language="tr"> {/* L:language */}
        <Scene story="Merhaba." />
      </Video>
    ),
    message: 'language "tr" is not in Pictory\'s API reference (only in its skill docs); it may be rejected',
    path: 'Video',
    marker: 'language',
    prop: 'language',
  },
  'empty-scene': {
    tree: () => (
      <Video name="v">
        <Scene /> {/* L:empty */}
      </Video>
    ),
    message: 'an empty scene: give it a story (text or `story`) or another content source (storyCoPilot, blogUrl, pptUrl, audioUrl, videoUrl), a background, or both',
    path: 'Video > Scene[1]',
    marker: 'empty',
  },
  'duration-not-offered': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground {...untyped({ model: 'veo3.1', duration: '5s' })} /> {/* L:duration */}
        </Scene>
      </Video>
    ),
    message: 'model "veo3.1" does not offer duration "5s" (it offers 4s, 6s, 8s); Pictory would silently use 4s',
    path: 'Video > Scene[1] > AIVideoBackground',
    marker: 'duration',
    prop: 'duration',
  },
  'prompt-long': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIImageBackground model="seedream3.0" prompt={'y'.repeat(300)} /> {/* L:prompt-300 */}
        </Scene>
      </Video>
    ),
    message: 'prompt is 300 characters: over the 250 that older Pictory docs allow',
    path: 'Video > Scene[1] > AIImageBackground',
    marker: 'prompt-300',
    prop: 'prompt',
  },
  'aspect-ratio-fallback': {
    tree: () => (
      <Video name="v" aspectRatio="1:1">
        <Scene story="a">
          <AIVideoBackground model="veo3.1" duration="6s" /> {/* L:ratio */}
        </Scene>
      </Video>
    ),
    message: 'model "veo3.1" does not support aspect ratio 1:1 (it supports 16:9, 9:16); Pictory will silently generate 16:9',
    path: 'Video > Scene[1] > AIVideoBackground',
    marker: 'ratio',
    prop: 'model',
  },
  'music-source-twice': {
    tree: () => (
      <Video name="v">
        <BackgroundMusic {...untyped({ autoMusic: true, src: 'https://x/a.mp3', volume: 0.2 })} /> {/* L:two-sources */}
        <Scene story="a" />
      </Video>
    ),
    message: 'use either autoMusic or src, not both',
    path: 'Video > BackgroundMusic',
    marker: 'two-sources',
    prop: 'src',
  },
  'music-no-source': {
    tree: () => (
      <Video name="v">
        <BackgroundMusic {...untyped({ volume: 0.2 })} /> {/* L:no-source */}
        <Scene story="a" />
      </Video>
    ),
    message: 'say which music: `autoMusic` (Pictory picks a track) or `src="https://…"`',
    path: 'Video > BackgroundMusic',
    marker: 'no-source',
  },
  'music-full-volume': {
    tree: () => (
      <Video name="v">
        <BackgroundMusic autoMusic /> {/* L:music */}
        <Scene story="a" />
      </Video>
    ),
    message: 'no volume: Pictory plays background music at full volume (1.0); set e.g. volume={0.3}',
    path: 'Video > BackgroundMusic',
    marker: 'music',
    prop: 'volume',
  },
  // ── Overlay elements and font styles ──
  'too-many-elements': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          {Array.from({ length: 21 }, (_, i) => <Shape key={i} name="circle" position="center" />) /* L:21-elements */}
        </Scene>
      </Video>
    ),
    message: 'a scene takes at most 20 elements (text, shapes, images, clips); this <Scene> has 21',
    path: 'Video > Scene[1] > Shape[21]',
    marker: '21-elements',
  },
  'placement-twice': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Shape name="circle" position="center" {...untyped({ top: '10%', left: '10%' })} /> {/* L:placed-twice */}
        </Scene>
      </Video>
    ),
    message: '<Shape> is placed twice: `position` and `top`/`left` are exclusive; keep one',
    path: 'Video > Scene[1] > Shape[1]',
    marker: 'placed-twice',
    prop: 'position',
  },
  'placement-incomplete': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Text variant="body" {...untyped({ top: '10%' })}>Hi</Text> {/* L:top-only */}
        </Scene>
      </Video>
    ),
    message: 'top is set without left: coordinates go together',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'top-only',
    prop: 'top',
  },
  'text-no-variant': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Text position="center">Hi</Text> {/* L:no-variant */}
        </Scene>
      </Video>
    ),
    message: 'no variant: Pictory renders this text as body (20 px, 37 % wide); set variant="heading", "subheading" or "body"',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'no-variant',
    prop: 'variant',
  },
  'media-source-count': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Image {...untyped({ src: 'https://x.example/a.png', query: 'cats' })} /> {/* L:image-two-sources */}
        </Scene>
      </Video>
    ),
    message: '<Image> takes exactly one source, `src`, `query` or `model`; this one has `src` and `query`',
    path: 'Video > Scene[1] > Image[1]',
    marker: 'image-two-sources',
    prop: 'query',
  },
  'ai-prop-without-model': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Clip {...untyped({ src: 'https://x.example/a.mp4', prompt: 'waves' })} /> {/* L:prompt-no-model */}
        </Scene>
      </Video>
    ),
    message: '`prompt` is for AI-generated media: this <Clip> has no `model`, so Pictory would drop it',
    path: 'Video > Scene[1] > Clip[1]',
    marker: 'prompt-no-model',
    prop: 'prompt',
  },
  'reference-image-not-editing': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Image {...untyped({ model: 'flux-schnell', referenceImageUrl: 'https://x.example/a.png' })} /> {/* L:not-editing */}
        </Scene>
      </Video>
    ),
    message: 'model "flux-schnell" does not edit images: `referenceImageUrl` needs seedream3.0 or nanobanana',
    path: 'Video > Scene[1] > Image[1]',
    marker: 'not-editing',
    prop: 'referenceImageUrl',
  },
  'reference-images-with-first-frame': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Clip model="veo3.1" firstFrameImageUrl="https://x.example/f.png" {...untyped({ referenceImageUrls: ['https://x.example/r.png'] })} /> {/* L:first-frame */}
        </Scene>
      </Video>
    ),
    message: '`referenceImageUrls` and `firstFrameImageUrl` are exclusive; keep one',
    path: 'Video > Scene[1] > Clip[1]',
    marker: 'first-frame',
    prop: 'referenceImageUrls',
  },
  'media-style-ignored': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Clip model="veo3.1_fast" prompt="waves" mediaStyle="cartoon" /> {/* L:style-ignored */}
        </Scene>
      </Video>
    ),
    message: 'mediaStyle is ignored: video model "veo3.1_fast" uses it only when it writes the prompt itself',
    path: 'Video > Scene[1] > Clip[1]',
    marker: 'style-ignored',
    prop: 'mediaStyle',
  },
  'shape-stroke-ignored': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Shape name="badge-1" stroke="#ffffff" /> {/* L:stroke */}
        </Scene>
      </Video>
    ),
    message: 'stroke has no effect on shape "badge-1": only rectangle, circle and line draw a stroke',
    path: 'Video > Scene[1] > Shape[1]',
    marker: 'stroke',
    prop: 'stroke',
  },
  'shape-radius-ignored': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Shape name="circle" borderRadius={8} /> {/* L:radius */}
        </Scene>
      </Video>
    ),
    message: 'borderRadius has no effect on shape "circle": only a rectangle rounds its corners',
    path: 'Video > Scene[1] > Shape[1]',
    marker: 'radius',
    prop: 'borderRadius',
  },
  'overlay-alpha': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Image query="cats" overlay={{ color: 'rgba(0,0,0,0.5)' }} /> {/* L:alpha */}
        </Scene>
      </Video>
    ),
    message: "overlay.color rgba(0,0,0,0.5) has an alpha, which Pictory drops; give an opaque colour and set the overlay's opacity",
    path: 'Video > Scene[1] > Image[1]',
    marker: 'alpha',
    prop: 'overlay.color',
  },
  'unknown-font': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Text variant="body" style={untyped({ fontFamily: 'poppins extrabold' })}>Hi</Text> {/* L:font */}
        </Scene>
      </Video>
    ),
    message: `style.fontFamily "poppins extrabold" is not one of Pictory's fonts and has no fontUrl; Pictory would use its default font (did you mean "Poppins Extrabold"?)`,
    path: 'Video > Scene[1] > Text[1]',
    marker: 'font',
    prop: 'style.fontFamily',
  },
  'font-url-without-family': {
    tree: () => (
      <Video name="v">
        <SubtitleStyle {...untyped({ fontUrl: 'https://x.example/f.ttf' })} /> {/* L:font-url */}
        <Scene story="a" />
      </Video>
    ),
    message: 'the style.fontUrl needs the style.fontFamily naming the font it loads',
    path: 'Video > SubtitleStyle',
    marker: 'font-url',
    prop: 'fontFamily',
  },
  'animations-same-type': {
    tree: () => (
      <Video name="v">
        <SubtitleStyle /* L:two-entries */
          animations={[
            { name: 'fade', type: 'entry', speed: 'fast' },
            { name: 'drift', type: 'entry', speed: 'slow' },
          ]}
        />
        <Scene story="a" />
      </Video>
    ),
    message: 'animations has two "entry" animations: a style takes one entry and one exit at most',
    path: 'Video > SubtitleStyle',
    marker: 'two-entries',
    prop: 'animations.1.type',
  },
  'custom-speed-not-custom': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Text variant="body" style={{ animations: [untyped({ name: 'fade', type: 'entry', speed: 'fast', customSpeedValue: 2 })] }}>Hi</Text> {/* L:speed */}
        </Scene>
      </Video>
    ),
    message: 'style.animations.0.customSpeedValue is only taken with speed "custom" (this animation\'s speed is "fast")',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'speed',
    prop: 'style.animations.0.customSpeedValue',
  },
  'future-words-animation': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <SubtitleStyle animations={[untyped({ name: 'drift', type: 'entry', speed: 'fast', futureWords: 'hidden' })]} /> {/* L:future */}
        </Scene>
      </Video>
    ),
    message: 'animations.0.futureWords is only taken by the "fade" and "blur" animations, not "drift"',
    path: 'Video > Scene[1] > SubtitleStyle',
    marker: 'future',
    prop: 'animations.0.futureWords',
  },
  'decoration-twice': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Text variant="body" style={{ decorations: ['bold', 'bold'] }}>Hi</Text> {/* L:deco */}
        </Scene>
      </Video>
    ),
    message: 'style.decorations lists "bold" twice',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'deco',
    prop: 'style.decorations',
  },
};

describe('every diagnostic of the catalogue, with its exact text', () => {
  it.each(Object.entries(CASES) as Array<[DiagnosticCode, Case]>)('%s', (code, c) => {
    const { diagnostics } = compile(c.tree());
    const found = diagnostics.filter((d) => d.code === code);
    expect(found, `no ${code} among ${JSON.stringify(diagnostics.map((d) => d.code))}`).toHaveLength(1);
    const d = found[0]!;
    expect(d.message).toBe(c.message);
    expect(d.severity).toBe(CATALOGUE[code].severity);
    expect(d.path).toBe(c.path);
    expect(d.prop).toBe(c.prop);
    if (c.marker) {
      expect(d.loc?.file).toBe(c.file ?? thisFile);
      expect(d.loc?.line).toBe(c.file ? markerLine(c.file, c.marker) : lineOf(c.marker));
    }
  });

  it('speaks human: no zod or regex text, no infinite bounds, in any message above', () => {
    for (const c of Object.values(CASES)) expect(c.message).not.toMatch(/Invalid input|expected \w+,|Infinity|\/\^|received/);
  });
});

describe('more shapes of the same codes', () => {
  const messages = (node: ReactNode) => compile(node).diagnostics.map((d) => `${d.code}: ${d.message}`);
  const Input = untyped;

  it('a scene outside a video, and a video inside another', () => {
    expect(
      messages(
        <>
          <Scene story="a" />
          <Video name="v">
            <Scene story="b" />
          </Video>
        </>,
      ),
    ).toEqual(['misplaced: a <Scene> must be directly inside a <Video>']);
  });

  it.each([
    [{ speaker: 'Brian', amplificationLevel: -2 }, 'out-of-range: amplificationLevel -2 is out of range: it must be between -1 and 1'],
    [{ speaker: '' }, 'invalid-format: speaker "" must be a non-empty text'],
  ])('voice %j', (props, message) => {
    expect(messages(<Video name="v"><VoiceOver {...Input(props)} /><Scene story="a" /></Video>)).toEqual([message]);
  });

  it('a bound with no upper limit is said as one', () => {
    expect(messages(<Video name="v"><Scene story="a" minimumDuration={-1} /></Video>)).toEqual([
      'out-of-range: minimumDuration -1 is out of range: it must be more than 0',
    ]);
  });

  it('a width that is not whole, a webhook that is not a URL', () => {
    expect(messages(<Video name="v" width={1.5} height={720} webhook="not a url"><Scene story="a" /></Video>)).toEqual([
      'invalid-type: width must be a whole number, got the number 1.5',
      'invalid-format: webhook "not a url" must be a URL like "https://example.com/hook"',
    ]);
  });

  it('an unknown key in a nested prop names its full path', () => {
    expect(messages(<Video name="v" logo={Input({ url: 'https://x/l.png', widht: '10%' })}><Scene story="a" /></Video>)).toEqual([
      'unknown-prop: unknown prop "logo.widht" on <Video> (Pictory would silently drop it); did you mean "logo.width"?',
    ]);
  });

  it('duration on an image model gets advice', () => {
    expect(messages(<Video name="v"><Scene story="a"><AIImageBackground model="flux-schnell" {...Input({ duration: '4s' })} /></Scene></Video>)).toEqual([
      'unknown-prop: unknown prop "duration" on <AIImageBackground> (Pictory would silently drop it); image models make stills; `duration` is only for <AIVideoBackground>',
    ]);
  });

  it('a valid video has no diagnostics at all, and several videos compile through compileAll', () => {
    const clean = (
      <Video name="clean" aspectRatio="16:9">
        <BackgroundMusic autoMusic volume={0.2} />
        <Scene story="a">
          <AIVideoBackground model="veo3.1" duration="6s" />
        </Scene>
      </Video>
    );
    expect(compile(clean).diagnostics).toEqual([]);
    expect(compile(clean).ok).toBe(true);
    const Two = () => [clean, <Video key="b" name="b"><Scene story="b" /></Video>];
    expect(compileAll(createElement(Two)).map((r) => r.ok)).toEqual([true, true]);
  });

  it('a result with errors has no request and no bill', () => {
    const result = compile(<Video name="empty" />);
    expect(result.ok).toBe(false);
    expect(result.request).toBeUndefined();
    expect(result.credits).toBeUndefined();
    expect(result.videoName).toBe('empty');
  });
});
