/**
 * The exact-text cases of the diagnostics for the whole storyboard's video, scene, voice, avatar and
 * background props, and `extra` (merged into the table of catalogue.test.tsx). Each offending element is
 * marked `L:<name>` in this file.
 */
import { fileURLToPath } from 'node:url';
import {
  AIImageBackground,
  AIVideoBackground,
  Avatar,
  BackgroundMusic,
  Broll,
  ColorBackground,
  ExternalVoice,
  ImageBackground,
  Scene,
  StockBackground,
  Video,
  VideoBackground,
  VoiceOver,
} from 'pictory-jsx';
import { markerLine, type Case } from './catalogue-case.js';

const file = fileURLToPath(import.meta.url);
/** Hide a deliberate mistake from the type checker, as a spread from untyped data would. */
const untyped = (props: Record<string, unknown>): any => props;

export const STORYBOARD_PROP_CASES = {
  'id-and-name': {
    tree: () => (
      <Video name="v" smartLayoutId="sl_1" smartLayoutName="Clean"> {/* L:layout-twice */}
        <Scene story="a" />
      </Video>
    ),
    message: 'use either smartLayoutId or smartLayoutName, not both',
    path: 'Video',
    marker: 'layout-twice',
    prop: 'smartLayoutName',
    file,
  },
  'variables-without-template': {
    tree: () => (
      <Video name="v" {...untyped({ variables: { Name: 'Ada' } })}> {/* L:variables */}
        <Scene story="a" />
      </Video>
    ),
    message: 'variables fill a template: give the templateId they belong to',
    path: 'Video',
    marker: 'variables',
    prop: 'variables',
    file,
  },
  'scene-sources-twice': {
    tree: () => (
      <Video name="v">
        <Scene story="Our launch." blogUrl="https://example.com/post" /> {/* L:two-sources */}
      </Video>
    ),
    message: 'a scene takes one content source, but this one has story, blogUrl; keep one (or split it into several <Scene>s)',
    path: 'Video > Scene[1]',
    marker: 'two-sources',
    prop: 'blogUrl',
    file,
  },
  'story-only-prop': {
    tree: () => (
      <Video name="v">
        <Scene pptUrl="https://example.com/deck.pptx" ssml /> {/* L:ssml */}
      </Video>
    ),
    message: "ssml applies to the scene's story, and this scene has none",
    path: 'Video > Scene[1]',
    marker: 'ssml',
    prop: 'ssml',
    file,
  },
  'caption-no-story': {
    tree: () => (
      <Video name="v">
        <Scene blogUrl="https://example.com/post" caption="Read more" /> {/* L:caption */}
      </Video>
    ),
    message: 'a caption is shown in place of the story: this scene needs a story',
    path: 'Video > Scene[1]',
    marker: 'caption',
    prop: 'caption',
    file,
  },
  'caption-with-split': {
    tree: () => (
      <Video name="v">
        <Scene story="One. Two." splitSentences caption="Both" /> {/* L:caption-split */}
      </Video>
    ),
    message: 'a caption belongs to one scene, but splitSentences cuts this one into several; remove caption or splitSentences',
    path: 'Video > Scene[1]',
    marker: 'caption-split',
    prop: 'caption',
    file,
  },
  'audio-language-missing': {
    tree: () => (
      <Video name="v">
        <Scene videoUrl="https://example.com/talk.mp4" /> {/* L:no-language */}
      </Video>
    ),
    message: 'a scene made from videoUrl needs audioLanguage: the language spoken in it',
    path: 'Video > Scene[1]',
    marker: 'no-language',
    prop: 'audioLanguage',
    file,
  },
  'media-only-prop': {
    tree: () => (
      <Video name="v">
        <Scene story="a" transcript="a" /> {/* L:transcript */}
      </Video>
    ),
    message: "transcript describes a scene's audioUrl or videoUrl, and this scene has neither",
    path: 'Video > Scene[1]',
    marker: 'transcript',
    prop: 'transcript',
    file,
  },
  'max-lines-with-smart-layout': {
    tree: () => (
      <Video name="v" smartLayoutName="Clean">
        <Scene story="a" maxSubtitleLines={2} /> {/* L:max-lines */}
      </Video>
    ),
    message: 'the video\'s smart layout "Clean" sets the subtitle lines: remove maxSubtitleLines or the smart layout',
    path: 'Video > Scene[1]',
    marker: 'max-lines',
    prop: 'maxSubtitleLines',
    file,
  },
  'voice-twice': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <VoiceOver speaker="Brian" /> {/* L:scene-voice */}
          <ExternalVoice src="https://example.com/me.mp3" /> {/* L:two-voices */}
        </Scene>
      </Video>
    ),
    message: `one voice-over per <Video> or <Scene>, and this one already has <VoiceOver> (line ${markerLine(file, 'scene-voice')}); keep one`,
    path: 'Video > Scene[1] > ExternalVoice',
    marker: 'two-voices',
    file,
  },
  'voice-no-speaker': {
    tree: () => (
      <Video name="v">
        <VoiceOver {...untyped({ speed: 110 })} /> {/* L:no-speaker */}
        <Scene story="a" />
      </Video>
    ),
    message: 'say which voice: speaker="Brian" (or off to have no narration)',
    path: 'Video > VoiceOver',
    marker: 'no-speaker',
    file,
  },
  'voice-off-with-settings': {
    tree: () => (
      <Video name="v">
        <VoiceOver {...untyped({ off: true, speed: 110 })} /> {/* L:off-speed */}
        <Scene story="a" />
      </Video>
    ),
    message: 'a voice-over that is off takes no speed',
    path: 'Video > VoiceOver',
    marker: 'off-speed',
    prop: 'speed',
    file,
  },
  'voice-off-among-voices': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <VoiceOver off /> {/* L:off-among */}
        <Scene story="a" />
      </Video>
    ),
    message: 'this voice-over is off, but its siblings name voices: remove <VoiceOver off/> or the other voices',
    path: 'Video > VoiceOver[2]',
    marker: 'off-among',
    prop: 'off',
    file,
  },
  'music-off-with-settings': {
    tree: () => (
      <Video name="v">
        <BackgroundMusic {...untyped({ off: true, volume: 0.3 })} /> {/* L:music-off */}
        <Scene story="a" />
      </Video>
    ),
    message: 'music that is off takes no volume',
    path: 'Video > BackgroundMusic',
    marker: 'music-off',
    prop: 'volume',
    file,
  },
  'avatar-no-id': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar position="bottom-right" /> {/* L:no-id */}
        <Scene story="a" />
      </Video>
    ),
    message: "say which presenter: the video's <Avatar> needs an id",
    path: 'Video > Avatar',
    marker: 'no-id',
    file,
  },
  'scene-avatar-id': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar id="anna" />
        <Scene story="a">
          <Avatar {...untyped({ id: 'james' })} /> {/* L:scene-id */}
        </Scene>
      </Video>
    ),
    message: "the presenter is chosen once, on the video's <Avatar>: a scene's <Avatar> only places and styles it, so it takes no id",
    path: 'Video > Scene[1] > Avatar',
    marker: 'scene-id',
    prop: 'id',
    file,
  },
  'scene-avatar-alone': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Scene story="a">
          <Avatar position="top-left" /> {/* L:alone */}
        </Scene>
      </Video>
    ),
    message: 'a scene\'s <Avatar> places the video\'s presenter, and this video has none: add <Avatar id="…"/> to the <Video>',
    path: 'Video > Scene[1] > Avatar',
    marker: 'alone',
    file,
  },
  'avatar-scene-only-prop': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar {...untyped({ id: 'anna', borderColor: '#ffffff' })} /> {/* L:border */}
        <Scene story="a" />
      </Video>
    ),
    message: 'borderColor is set per scene: put it on an <Avatar> inside a <Scene>',
    path: 'Video > Avatar',
    marker: 'border',
    prop: 'borderColor',
    file,
  },
  'avatar-position-twice': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar id="anna" />
        <Scene story="a">
          <Avatar {...untyped({ position: 'top-left', top: '10%', left: '10%' })} /> {/* L:placed-twice */}
        </Scene>
      </Video>
    ),
    message: 'place the avatar by position or by top and left, not both',
    path: 'Video > Scene[1] > Avatar',
    marker: 'placed-twice',
    prop: 'position',
    file,
  },
  'avatar-top-left-apart': {
    tree: () => (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar id="anna" />
        <Scene story="a">
          <Avatar {...untyped({ top: '10%' })} /> {/* L:top-only */}
        </Scene>
      </Video>
    ),
    message: 'top needs left: an avatar is placed by both',
    path: 'Video > Scene[1] > Avatar',
    marker: 'top-only',
    prop: 'top',
    file,
  },
  'avatar-no-voice': {
    tree: () => (
      <Video name="v">
        <Avatar id="anna" /> {/* L:silent */}
        <Scene story="a" />
      </Video>
    ),
    message: 'the avatar speaks the voice-over, and the video has none: add a <VoiceOver> or an <ExternalVoice>',
    path: 'Video > Avatar',
    marker: 'silent',
    file,
  },
  'broll-no-background': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <Broll clip={{ start: 1, end: 3 }} /> {/* L:empty-broll */}
        </Scene>
      </Video>
    ),
    message: 'a <Broll> cuts to the background inside it, and this one has none: put one *Background in it',
    path: 'Video > Scene[1] > Broll[1]',
    marker: 'empty-broll',
    file,
  },
  'ken-burns-not-image': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <VideoBackground src="https://example.com/clip.mp4" kenBurns /> {/* L:ken-video */}
        </Scene>
      </Video>
    ),
    message: 'kenBurns moves over a still image, and this <VideoBackground> shows a video; use zoomAndPan or kenBurnsPath',
    path: 'Video > Scene[1] > VideoBackground',
    marker: 'ken-video',
    prop: 'kenBurns',
    file,
  },
  'ken-burns-with-zoom': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <ImageBackground src="https://example.com/a.jpg" kenBurns zoomAndPan /> {/* L:ken-zoom */}
        </Scene>
      </Video>
    ),
    message: 'kenBurns and zoomAndPan are two motions of the same background: keep one',
    path: 'Video > Scene[1] > ImageBackground',
    marker: 'ken-zoom',
    prop: 'kenBurns',
    file,
  },
  'playback-not-video': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <StockBackground query="forest" type="image" loop /> {/* L:loop-image */}
        </Scene>
      </Video>
    ),
    message: 'loop is for video backgrounds, and this one searches for an image (type="image")',
    path: 'Video > Scene[1] > StockBackground',
    marker: 'loop-image',
    prop: 'loop',
    file,
  },
  'overlay-alpha': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <StockBackground query="city" overlay={{ color: 'rgba(0,0,0,0.5)' }} /> {/* L:alpha */}
        </Scene>
      </Video>
    ),
    message: "overlay.color rgba(0,0,0,0.5) has an alpha, which Pictory drops; give an opaque colour and set the overlay's opacity",
    path: 'Video > Scene[1] > StockBackground',
    marker: 'alpha',
    prop: 'overlay.color',
    file,
  },
  'clip-ends-before-start': {
    tree: () => (
      <Video name="v">
        <BackgroundMusic autoMusic volume={0.2} clips={[{ start: 0, end: 10 }, { start: 30, end: 20 }]} /> {/* L:clip-order */}
        <Scene story="a" />
      </Video>
    ),
    message: 'clips[1] ends at 20s, not after its start at 30s',
    path: 'Video > BackgroundMusic',
    marker: 'clip-order',
    prop: 'clips.1.end',
    file,
  },
  'listed-twice': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <StockBackground query="city" libraries={['getty', 'getty']} /> {/* L:libraries */}
        </Scene>
      </Video>
    ),
    message: 'libraries lists "getty" twice',
    path: 'Video > Scene[1] > StockBackground',
    marker: 'libraries',
    prop: 'libraries',
    file,
  },
  'reference-image-model': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIImageBackground {...untyped({ model: 'flux-schnell', referenceImageUrl: 'https://example.com/a.jpg' })} /> {/* L:ref-image */}
        </Scene>
      </Video>
    ),
    message: 'model "flux-schnell" only generates images; referenceImageUrl needs a model that edits one (seedream3.0, nanobanana)',
    path: 'Video > Scene[1] > AIImageBackground',
    marker: 'ref-image',
    prop: 'referenceImageUrl',
    file,
  },
  'first-frame-and-references': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground model="veo3.1" {...untyped({ firstFrameImageUrl: 'https://x/a.jpg', referenceImageUrls: ['https://x/b.jpg'] })} /> {/* L:first-frame */}
        </Scene>
      </Video>
    ),
    message: 'a clip starts from firstFrameImageUrl or follows referenceImageUrls, not both',
    path: 'Video > Scene[1] > AIVideoBackground',
    marker: 'first-frame',
    prop: 'referenceImageUrls',
    file,
  },
  'extra-keys': {
    tree: () => (
      <Video name="v">
        <Scene story="a">
          <ColorBackground color="#101820" extra={{ brandLayer: true }} /> {/* L:extra */}
        </Scene>
      </Video>
    ),
    message: 'extra "brandLayer" on <ColorBackground> is sent to Pictory as is, unchecked',
    path: 'Video > Scene[1] > ColorBackground',
    marker: 'extra',
    prop: 'extra',
    file,
  },
  'extra-overrides': {
    tree: () => (
      <Video name="v">
        <Scene story="a" extra={{ story: 'b', newField: 1 }} /> {/* L:extra-story */}
      </Video>
    ),
    message: `extra "story" would override what <Scene> writes; set it with the component's props instead`,
    path: 'Video > Scene[1]',
    marker: 'extra-story',
    prop: 'extra',
    file,
  },
} satisfies Record<string, Case>;
