/**
 * Edit-time checks of the whole storyboard's video, scene, voice, avatar and background props: each
 * `@ts-expect-error` below must be an error, or `npm run typecheck` fails.
 */
import {
  AIImageBackground,
  AIVideoBackground,
  Avatar,
  BackgroundMusic,
  ExternalVoice,
  ImageBackground,
  Scene,
  StockBackground,
  Video,
  VideoBackground,
  VoiceOver,
} from 'pictory-jsx';

const brandKit = { keywords: ['skyline', 'night'], libraries: ['getty'] } as const;

export const ok = (
  <Video name="ok" templateId="tpl_1" variables={{ Name: 'Ada' }} smartLayoutName="Clean" visualSelectionPreference="stock-only" extra={{ projectMetadata: {} }}>
    <VoiceOver speaker="Rachel" premium={{ modelId: 'eleven_v3', stability: '50%' }} />
    <BackgroundMusic src="https://x/m.mp3" volume={0.2} clips={[{ start: 0, end: 10 }] as const} />
    <Avatar id="anna" position="bottom-right" borderRadius="50%" />
    <Scene story="a" transition="wipeleft" maxSubtitleLines={2} muteMusic>
      <StockBackground query="city" keywords={brandKit.keywords} libraries={brandKit.libraries} category="Nature/Waterfalls" type="video" loop overlay={{ color: '#000', opacity: 0.4 }} />
      <Avatar top="10%" left="10%" borderThickness={2} />
    </Scene>
    <Scene videoUrl="https://x/v.mp4" audioLanguage="en-US" transcript="t">
      <ExternalVoice src="https://x/me.mp3" sync />
      <AIVideoBackground model="veo3.1" duration="6s" referenceImageUrls={['https://x/1.png']} visualContinuity mute />
    </Scene>
    <Scene storyCoPilot={{ prompt: 'p', tone: 'friendly', platform: 'YouTube' }}>
      <VoiceOver off />
      <AIImageBackground model="seedream3.0" referenceImageUrl="https://x/r.png" kenBurns />
    </Scene>
  </Video>
);

// @ts-expect-error unknown transition
export const badTransition = <Scene story="a" transition="dissolve" />;
// @ts-expect-error audioLanguage is a locale from the list
export const badAudioLanguage = <Scene audioUrl="https://x/a.mp3" audioLanguage="english" />;
// @ts-expect-error category from the list
export const badCategory = <StockBackground query="q" category="Nature/Volcanoes" />;
// @ts-expect-error unknown stock library
export const badLibrary = <StockBackground query="q" libraries={['shutterstock']} />;
// @ts-expect-error a stock search needs its query
export const noQuery = <StockBackground type="image" />;
// @ts-expect-error loop is for video backgrounds
export const imageLoop = <ImageBackground src="https://x/a.jpg" loop />;
// @ts-expect-error clips trim a video from a URL only
export const stockClips = <StockBackground query="q" clips={[{ start: 0, end: 1 }]} />;
// @ts-expect-error flux-schnell does not edit: no referenceImageUrl
export const fluxReference = <AIImageBackground model="flux-schnell" referenceImageUrl="https://x/r.png" />;
// @ts-expect-error firstFrameImageUrl and referenceImageUrls are exclusive
export const firstAndRefs = <AIVideoBackground model="veo3.1" firstFrameImageUrl="https://x/f.png" referenceImageUrls={['https://x/1.png']} />;
// @ts-expect-error a voice that is off takes no speaker
export const offWithSpeaker = <VoiceOver off speaker="Brian" />;
// @ts-expect-error unknown premium voice model
export const badPremium = <VoiceOver speaker="Rachel" premium={{ modelId: 'eleven_v9' }} />;
// @ts-expect-error premium settings are percentage strings
export const numericStability = <VoiceOver speaker="Rachel" premium={{ stability: 0.5 }} />;
// @ts-expect-error the external voice needs its src
export const noVoiceUrl = <ExternalVoice sync />;
// @ts-expect-error the video's avatar (with id) is placed by a preset, not top/left
export const idAndTop = <Avatar id="anna" top="10%" left="10%" />;
// @ts-expect-error top and left go together
export const topOnly = <Avatar top="10%" />;
// @ts-expect-error variables need a templateId
export const variablesAlone = <Video name="x" variables={{ Name: 'Ada' }} />;
// @ts-expect-error unknown visual selection preference
export const badPreference = <Video name="x" visualSelectionPreference="stock-first" />;
// @ts-expect-error extra is an object of fields
export const extraString = <VideoBackground src="https://x/v.mp4" extra="loop" />;
// @ts-expect-error music clips are {start, end}
export const badMusicClip = <BackgroundMusic autoMusic volume={0.2} clips={[{ from: 0, to: 1 }]} />;
