/**
 * The whole storyboard's video, scene, voice, avatar and background props: the exact JSON each writes, that
 * the body passes Pictory's wire schema, the limits the schema checks (each with file:line and the
 * component path), `extra`, and the price of split stories.
 */
import { fileURLToPath } from 'node:url';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AIImageBackground,
  AIVideoBackground,
  Avatar,
  BackgroundMusic,
  Broll,
  ColorBackground,
  compile,
  ExternalVoice,
  ImageBackground,
  Scene,
  StockBackground,
  Video,
  VideoBackground,
  VoiceOver,
} from 'pictory-jsx';
import { PictoryRequestSchema } from '../../src/schema/request.js';
import { markerLine } from './catalogue-case.js';
import { expectOk } from './expect-ok.js';

const file = fileURLToPath(import.meta.url);
const untyped = (props: Record<string, unknown>): any => props;
const ok = (node: ReactNode) => expectOk(compile(node));

describe('the JSON of the new props', () => {
  it('writes every new Video, Scene, voice, avatar and background field, and the body passes the wire schema', () => {
    const { request, diagnostics } = ok(
      <Video
        name="tour"
        smartLayoutName="Clean"
        subtitleStyleId="st_1"
        visualLibraryId="lib_9"
        visualSelectionPreference="prefer-user-library"
        destinations={[{ type: 'vimeo', folder: 'launch' }]}
        awsConnectionId="aws_1"
        vimeoConnectionId="vim_1"
      >
        <VoiceOver speaker="Rachel" speed={105} premium={{ modelId: 'eleven_multilingual_v2', stability: '50%', similarityBoost: '75%', style: '0%', useSpeakerBoost: true }} />
        <BackgroundMusic autoMusic volume={0.3} clips={[{ start: 0, end: 30 }, { start: 45, end: 60 }]} />
        <Avatar id="avatar_anna_01" position="bottom-right" width="25%" borderRadius="50%" backgroundColor="#ffffff" />
        <Scene transition="fade" endPauseDuration={1.5} highlightKeywords={false} hideSubtitles muteMusic ssml caption="Welcome">
          {'<speak>Welcome.</speak>'}
          <StockBackground
            query="city skyline at night"
            keywords={['skyline', 'night']}
            category="Aerial/Urban_Landscapes"
            libraries={['getty']}
            type="video"
            loop
            mute={false}
            overlay={{ color: '#000000', opacity: 0.4 }}
            zoomAndPan
            motionGraphics={{ enabled: true, prompt: 'light trails', style: 'neon' }}
          />
          <Avatar top="60%" left="70%" borderColor="#ff0000" borderThickness={2} />
        </Scene>
        <Scene blogUrl="https://example.com/post" muteMusic={false}>
          <ImageBackground src="https://example.com/a.jpg" kenBurns kenBurnsPath={{ start: { zoom: 1, centerX: 0.5, centerY: 0.5 }, end: { zoom: 1.3, centerX: 0.6, centerY: 0.4 } }} />
          <ExternalVoice src="https://example.com/me.mp3" sync amplificationLevel={0.2} />
          <Avatar hide />
        </Scene>
        <Scene storyCoPilot={{ prompt: 'Why sleep matters', videoType: 'Explainer', duration: 60, platform: 'YouTube', tone: 'friendly' }}>
          <VideoBackground src="https://example.com/b.mp4" clips={[{ start: 2, end: 8 }]} loop mute />
        </Scene>
        <Scene videoUrl="https://example.com/talk.mp4" audioLanguage="en-US" transcript="Hello all.">
          <ColorBackground color="rgb(16,24,32)" overlay={{ color: '#ffffff', opacity: 0.1 }} />
        </Scene>
        <Scene pptUrl="https://example.com/deck.pptx">
          <AIImageBackground model="nanobanana" referenceImageUrl="https://example.com/ref.png" visualContinuity />
        </Scene>
        <Scene audioUrl="https://example.com/a.mp3" audioLanguage="de-DE">
          <AIVideoBackground model="veo3.1" duration="6s" referenceImageUrls={['https://example.com/1.png', 'https://example.com/2.png']} loop />
        </Scene>
        <Scene story="Silent scene.">
          <VoiceOver off />
          <AIVideoBackground model="pixverse5.5" firstFrameImageUrl="https://example.com/f.png" visualContinuity />
        </Scene>
      </Video>,
    );
    expect(diagnostics).toEqual([]);
    expect(request).toEqual({
      videoName: 'tour',
      smartLayoutName: 'Clean',
      subtitleStyleId: 'st_1',
      visualLibraryId: 'lib_9',
      visualSelectionPreference: 'prefer-user-library',
      destinations: [{ type: 'vimeo', folder: 'launch' }],
      awsConnectionId: 'aws_1',
      vimeoConnectionId: 'vim_1',
      voiceOver: {
        enabled: true,
        aiVoices: [
          {
            speaker: 'Rachel',
            speed: 105,
            premiumVoiceSettings: { modelId: 'eleven_multilingual_v2', stability: '50%', similarityBoost: '75%', style: '0%', useSpeakerBoost: true },
          },
        ],
      },
      backgroundMusic: { enabled: true, autoMusic: true, volume: 0.3, clips: [{ start: 0, end: 30 }, { start: 45, end: 60 }] },
      avatar: { avatarId: 'avatar_anna_01', position: 'bottom-right', width: '25%', borderRadius: '50%', backgroundColor: '#ffffff' },
      scenes: [
        {
          story: '<speak>Welcome.</speak>',
          isSSMLStory: true,
          caption: 'Welcome',
          endPauseDuration: 1.5,
          sceneTransition: 'fade',
          hideSubtitles: true,
          highlightKeywords: false,
          backgroundMusic: { enabled: false },
          background: {
            type: 'video',
            searchFilter: { query: 'city skyline at night', keywords: ['skyline', 'night'], category: 'Aerial/Urban_Landscapes', libraries: ['getty'] },
            colorOverlay: { color: '#000000', opacity: 0.4 },
            settings: { loop: true, mute: false, zoomAndPan: true },
            motionGraphics: { enabled: true, prompt: 'light trails', style: 'neon' },
          },
          avatar: { top: '60%', left: '70%', borderColor: '#ff0000', borderThickness: 2 },
        },
        {
          blogUrl: 'https://example.com/post',
          backgroundMusic: { enabled: true },
          background: {
            type: 'image',
            visualUrl: 'https://example.com/a.jpg',
            settings: { kenBurnsEffect: true, videoKenBurns: { start: { zoom: 1, centerX: 0.5, centerY: 0.5 }, end: { zoom: 1.3, centerX: 0.6, centerY: 0.4 } } },
          },
          voiceOver: { enabled: true, externalVoice: { voiceUrl: 'https://example.com/me.mp3', syncVoice: true, amplificationLevel: 0.2 } },
          avatar: { hide: true },
        },
        {
          storyCoPilot: { prompt: 'Why sleep matters', videoType: 'Explainer', duration: 60, platform: 'YouTube', tone: 'friendly' },
          background: { type: 'video', visualUrl: 'https://example.com/b.mp4', clips: [{ start: 2, end: 8 }], settings: { loop: true, mute: true } },
        },
        {
          videoUrl: 'https://example.com/talk.mp4',
          audioLanguage: 'en-US',
          transcript: 'Hello all.',
          background: { color: 'rgb(16,24,32)', colorOverlay: { color: '#ffffff', opacity: 0.1 } },
        },
        {
          pptUrl: 'https://example.com/deck.pptx',
          background: { type: 'image', aiVisual: { model: 'nanobanana', referenceImageUrl: 'https://example.com/ref.png', visualContinuity: true } },
        },
        {
          audioUrl: 'https://example.com/a.mp3',
          audioLanguage: 'de-DE',
          background: {
            type: 'video',
            aiVisual: { model: 'veo3.1', videoDuration: '6s', referenceImageUrls: ['https://example.com/1.png', 'https://example.com/2.png'] },
            settings: { loop: true },
          },
        },
        {
          story: 'Silent scene.',
          voiceOver: { enabled: false },
          background: { type: 'video', aiVisual: { model: 'pixverse5.5', firstFrameImageUrl: 'https://example.com/f.png', visualContinuity: true } },
        },
      ],
    });
    expect(PictoryRequestSchema.safeParse(request).error?.issues).toBeUndefined();
  });

  it('a template video needs no scenes, and its variables are sent', () => {
    const { request, diagnostics } = ok(<Video name="welcome" templateId="tpl_welcome_customer" variables={{ Name: 'Ada', Company: 'ACME' }} />);
    expect(diagnostics).toEqual([]);
    expect(request).toEqual({ videoName: 'welcome', templateId: 'tpl_welcome_customer', variables: { Name: 'Ada', Company: 'ACME' } });
    expect(PictoryRequestSchema.safeParse(request).success).toBe(true);
  });

  it('a visual-only scene (a background, no content source) is fine; an empty one is not', () => {
    expect(ok(<Video name="v"><Scene minimumDuration={3}><StockBackground query="sea" /></Scene></Video>).request.scenes).toEqual([
      { minimumDuration: 3, background: { searchFilter: { query: 'sea' } } },
    ]);
    expect(compile(<Video name="v"><Scene minimumDuration={3} /></Video>).diagnostics.map((d) => d.code)).toEqual(['empty-scene']);
  });
});

describe('fields the design did not name', () => {
  it('writes storyboardVersion, projectMetadata, repurposeSettings, corpus, b-roll cuts and music that is off', () => {
    const { request, diagnostics, credits } = ok(
      <Video name="v" storyboardVersion="v3" projectMetadata={{ team: 'growth' }} variables={{ Name: 'Ada', Seats: 3, Pro: true }} templateId="tpl_1">
        <BackgroundMusic off />
        <Scene videoUrl="https://x/talk.mp4" audioLanguage="en-US" repurposeSettings={{ highlights: true }}>
          <ColorBackground color="#000000" />
          <Broll clip={{ start: 2, end: 5 }}>
            <StockBackground query="crowd" type="video" mute />
          </Broll>
          <Broll>
            <AIImageBackground model="flux-schnell" />
          </Broll>
        </Scene>
        <Scene story="Pick from ours." corpus={[{ src: 'https://x/a.jpg', prefer: true }, { src: 'https://x/b.jpg' }]} />
      </Video>,
    );
    expect(diagnostics).toEqual([]);
    expect(request).toEqual({
      videoName: 'v',
      templateId: 'tpl_1',
      variables: { Name: 'Ada', Seats: 3, Pro: true },
      projectMetadata: { team: 'growth' },
      storyboardVersion: 'v3',
      backgroundMusic: { enabled: false },
      scenes: [
        {
          videoUrl: 'https://x/talk.mp4',
          audioLanguage: 'en-US',
          mediaRepurposeSettings: { highlights: true },
          background: { color: '#000000' },
          backgroundBrolls: [
            { type: 'video', searchFilter: { query: 'crowd' }, settings: { mute: true }, brollClip: { start: 2, end: 5 } },
            { type: 'image', aiVisual: { model: 'flux-schnell' } },
          ],
        },
        { story: 'Pick from ours.', backgroundCorpus: [{ visualUrl: 'https://x/a.jpg', type: 'image', prefer: true }, { visualUrl: 'https://x/b.jpg', type: 'image' }] },
      ],
    });
    expect(PictoryRequestSchema.safeParse(request).error?.issues).toBeUndefined();
    // An AI visual in a b-roll cut is billed like a background.
    expect(credits.items.map((i) => [i.path, i.credits])).toEqual([['Video > Scene[1] > Broll[2] > AIImageBackground', 0.6]]);
  });
});

describe('several voices', () => {
  it('several <VoiceOver> siblings are one voice-over whose voices take turns; each keeps its own path', () => {
    const result = ok(
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <VoiceOver speaker="Jackson" speed={110} />
        <Scene story="a">
          <VoiceOver speaker="Tim" />
          <VoiceOver speaker="Rachel" premium={{ modelId: 'eleven_v3' }} />
          <VoiceOver speaker="Martin" />
        </Scene>
      </Video>,
    );
    expect(result.request.voiceOver).toEqual({ enabled: true, aiVoices: [{ speaker: 'Brian' }, { speaker: 'Jackson', speed: 110 }] });
    expect(result.request.scenes?.[0]?.voiceOver).toEqual({
      enabled: true,
      aiVoices: [{ speaker: 'Tim' }, { speaker: 'Rachel', premiumVoiceSettings: { modelId: 'eleven_v3' } }, { speaker: 'Martin' }],
    });
    expect(PictoryRequestSchema.safeParse(result.request).success).toBe(true);
    const bad = compile(
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <VoiceOver speaker="" />
        <Scene story="a" />
      </Video>,
    );
    expect(bad.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['invalid-format Video > VoiceOver[2]']);
  });

  it('an <ExternalVoice> is never beside a <VoiceOver>, whichever comes first', () => {
    const codes = compile(
      <Video name="v">
        <ExternalVoice src="https://x/me.mp3" />
        <VoiceOver speaker="Brian" />
        <Scene story="a" />
      </Video>,
    ).diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(codes).toEqual(['voice-twice Video > VoiceOver']);
  });
});

describe('extra, on every component', () => {
  it('is merged into the JSON of the component it is on, with one warning naming its keys', () => {
    const { request, diagnostics } = ok(
      <Video name="v" extra={{ projectMetadata: { team: 'growth' } }}>
        <VoiceOver speaker="Brian" extra={{ futureVoiceField: 1 }} />
        <Scene story="a" extra={{ backgroundCorpus: [{ visualUrl: 'https://x/a.jpg', type: 'image' }] }}>
          <AIImageBackground model="flux-schnell" extra={{ newSetting: { deep: true } }} />
        </Scene>
      </Video>,
    );
    expect(request).toEqual({
      videoName: 'v',
      projectMetadata: { team: 'growth' },
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }], futureVoiceField: 1 },
      scenes: [
        {
          story: 'a',
          backgroundCorpus: [{ visualUrl: 'https://x/a.jpg', type: 'image' }],
          background: { type: 'image', aiVisual: { model: 'flux-schnell' }, newSetting: { deep: true } },
        },
      ],
    });
    expect(diagnostics.map((d) => `${d.severity} ${d.path}: ${d.message}`)).toEqual([
      'warning Video: extra "projectMetadata" on <Video> is sent to Pictory as is, unchecked',
      'warning Video > VoiceOver: extra "futureVoiceField" on <VoiceOver> is sent to Pictory as is, unchecked',
      'warning Video > Scene[1]: extra "backgroundCorpus" on <Scene> is sent to Pictory as is, unchecked',
      'warning Video > Scene[1] > AIImageBackground: extra "newSetting" on <AIImageBackground> is sent to Pictory as is, unchecked',
    ]);
  });

  it('may not override a field the component writes from its props or its children; must be an object', () => {
    const result = compile(
      <Video name="v">
        <Scene story="a" extra={{ background: {} }}>
          <ColorBackground color="#000000" />
        </Scene>
        <Scene story="b" extra={['x'] as any} />
        <Scene story="c">
          <Broll extra={{ type: 'video' }}>
            <ImageBackground src="https://x/a.jpg" />
          </Broll>
        </Scene>
      </Video>,
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`)).toEqual([
      `extra-overrides Video > Scene[1]: extra "background" would override what <Scene> writes; set it with the component's props instead`,
      'invalid-type Video > Scene[2]: extra must be an object of fields, got an array',
      `extra-overrides Video > Scene[3] > Broll[1]: extra "type" would override what <Broll> writes; set it with the component's props instead`,
    ]);
  });
});

describe('limits the schemas check, each at its line', () => {
  const one = (node: ReactNode) => {
    const ds = compile(node).diagnostics;
    expect(ds, JSON.stringify(ds)).toHaveLength(1);
    const [d] = ds;
    return { text: `${d.code} ${d.path}: ${d.message}`, file: d.loc?.file, line: d.loc?.line };
  };
  const at = (marker: string) => ({ file, line: markerLine(file, marker) });

  it.each([
    [
      'keywords: at most 10',
      () => (
        <Video name="v">
          <Scene story="a">
            <StockBackground query="q" keywords={Array.from({ length: 11 }, (_, i) => `k${i}`)} /> {/* L:kw-many */}
          </Scene>
        </Video>
      ),
      'kw-many',
      'out-of-range Video > Scene[1] > StockBackground: keywords has 11 items and is out of range: it must be at most 10 items',
    ],
    [
      'a keyword of 2–100 characters',
      () => (
        <Video name="v">
          <Scene story="a">
            <StockBackground query="q" keywords={['x']} /> {/* L:kw-short */}
          </Scene>
        </Video>
      ),
      'kw-short',
      'too-long Video > Scene[1] > StockBackground: keywords.0 is 1 characters long; it must be at least 2 characters',
    ],
    [
      'a category from the list',
      () => (
        <Video name="v">
          <Scene story="a">
            <StockBackground query="q" {...untyped({ category: 'Natur' })} /> {/* L:category */}
          </Scene>
        </Video>
      ),
      'category',
      'invalid-value Video > Scene[1] > StockBackground: category "Natur" is not one of',
    ],
    [
      'maxSubtitleLines 1–4',
      () => (
        <Video name="v">
          <Scene story="a" maxSubtitleLines={5} /> {/* L:lines */}
        </Video>
      ),
      'lines',
      'out-of-range Video > Scene[1]: maxSubtitleLines 5 is out of range: it must be between 1 and 4',
    ],
    [
      'music clips: at most 10',
      () => (
        <Video name="v">
          <BackgroundMusic autoMusic volume={0.2} clips={Array.from({ length: 11 }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }))} /> {/* L:music-clips */}
          <Scene story="a" />
        </Video>
      ),
      'music-clips',
      'out-of-range Video > BackgroundMusic: clips has 11 items and is out of range: it must be at most 10 items',
    ],
    [
      'referenceImageUrls: 1–2',
      () => (
        <Video name="v">
          <Scene story="a">
            <AIVideoBackground model="veo3.1" referenceImageUrls={['https://x/1.png', 'https://x/2.png', 'https://x/3.png']} /> {/* L:refs */}
          </Scene>
        </Video>
      ),
      'refs',
      'out-of-range Video > Scene[1] > AIVideoBackground: referenceImageUrls has 3 items and is out of range: it must be at most 2 items',
    ],
    [
      'audioLanguage from the list',
      () => (
        <Video name="v">
          <Scene audioUrl="https://x/a.mp3" {...untyped({ audioLanguage: 'english' })} /> {/* L:lang */}
        </Video>
      ),
      'lang',
      'invalid-value Video > Scene[1]: audioLanguage "english" is not one of',
    ],
    [
      'an overlay colour, not a name',
      () => (
        <Video name="v">
          <Scene story="a">
            <ImageBackground src="https://x/a.jpg" overlay={{ color: 'blurple' }} /> {/* L:blurple */}
          </Scene>
        </Video>
      ),
      'blurple',
      'invalid-format Video > Scene[1] > ImageBackground: overlay.color "blurple" must be a colour like "#1a2b3c", "rgb(26,43,60)" or "rgba(26,43,60,0.5)"',
    ],
    [
      'a premium voice setting is a percentage',
      () => (
        <Video name="v">
          <VoiceOver speaker="Rachel" premium={untyped({ stability: '0.5' })} /> {/* L:stability */}
          <Scene story="a" />
        </Video>
      ),
      'stability',
      'invalid-format Video > VoiceOver: premium.stability "0.5" must be a whole percentage from "0%" to "100%", like "10%"',
    ],
    [
      'clips only on a video from a URL',
      () => (
        <Video name="v">
          <Scene story="a">
            <StockBackground query="q" {...untyped({ clips: [{ start: 0, end: 2 }] })} /> {/* L:stock-clips */}
          </Scene>
        </Video>
      ),
      'stock-clips',
      'unknown-prop Video > Scene[1] > StockBackground: unknown prop "clips" on <StockBackground> (Pictory would silently drop it); `clips` trims a video from a URL: only <VideoBackground src> takes it',
    ],
    [
      'loop only on video',
      () => (
        <Video name="v">
          <Scene story="a">
            <AIImageBackground model="flux-schnell" {...untyped({ loop: true })} /> {/* L:image-loop */}
          </Scene>
        </Video>
      ),
      'image-loop',
      'unknown-prop Video > Scene[1] > AIImageBackground: unknown prop "loop" on <AIImageBackground> (Pictory would silently drop it); `loop` and `mute` are for video backgrounds',
    ],
  ])('%s', (_, tree, marker, text) => {
    const d = one(tree());
    expect(d.text.startsWith(text), d.text).toBe(true);
    expect({ file: d.file, line: d.line }).toEqual(at(marker));
  });

  it("an avatar needs the video's voice-over; a scene whose own voice is off may still show it (Pictory asks no more)", () => {
    const silentScene = (
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Avatar id="anna" />
        <Scene story="a">
          <VoiceOver off />
          <Avatar position="top-left" />
        </Scene>
      </Video>
    );
    expect(compile(silentScene).diagnostics).toEqual([]);
    const silentVideo = (
      <Video name="v">
        <VoiceOver off />
        <Avatar id="anna" />
        <Scene story="a" />
      </Video>
    );
    expect(compile(silentVideo).diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['avatar-no-voice Video > Avatar']);
  });
});

describe('credits of the new props', () => {
  it('a split story still yields one AI visual per resulting scene, whatever its content props', () => {
    const { credits } = ok(
      <Video name="v">
        <Scene story={'One.\nTwo.\nThree.'} splitLines transition="fade" endPauseDuration={1}>
          <AIImageBackground model="flux-schnell" overlay={{ color: '#000000', opacity: 0.3 }} kenBurns />
        </Scene>
        <Scene blogUrl="https://x/post">
          <StockBackground query="q" />
        </Scene>
      </Video>,
    );
    expect(credits.items.map((i) => [i.path, i.visuals])).toEqual([['Video > Scene[1] > AIImageBackground', 3]]);
  });
});
