// Pictory's official example 2 ("Morning Ritual"), written as a user would: a 9:16 short driven by big subtitles
// over three AI clips that share one look. 3 clips × pixverse5.5 5 s × 1.6 credits/s = 24 AI credits.
//   npx pictory-jsx estimate examples/official/example-2.tsx
import { Video, Scene, AIVideoBackground, SubtitleStyle, VoiceOver, BackgroundMusic, type SceneProps } from 'pictory-jsx';

/** Every clip's look, appended to its prompt. */
const look = 'dreamy cinematic, photorealistic';

/**
 * A subtitled beat of the short: the narration, highlighted in two lines at most, over a 5-second AI clip under
 * a dusk tint. `continues` keeps the clip's look continuous with the previous one.
 */
function Beat({ shot, continues, children, ...scene }: SceneProps & { shot: string; continues?: boolean }) {
  return (
    <Scene highlightKeywords maxSubtitleLines={2} {...scene}>
      {children}
      <AIVideoBackground
        prompt={`${shot}, ${look}`}
        model="pixverse5.5"
        duration="5s"
        visualContinuity={continues}
        overlay={{ color: 'rgb(20,10,30)', opacity: 0.3 }}
      />
    </Scene>
  );
}

export default (
  <Video name="Morning Ritual" language="en" aspectRatio="9:16" saveProject>
    <BackgroundMusic autoMusic volume={0.15} />
    <VoiceOver speaker="Joanna" speed={95} amplificationLevel={0} />
    <SubtitleStyle
      fontFamily="Poppins Extrabold"
      fontSize={44}
      color="rgb(255,255,255)"
      keywordColor="rgb(251,191,36)"
      position="center-center"
      alignment="center"
    />

    <Beat shot="soft golden sunrise light streaming through bedroom curtains, dust particles floating, slow push-in">
      Your morning sets the tone for everything.
    </Beat>
    <Beat
      transition="fade"
      continues
      shot="steaming coffee cup on windowsill at dawn, city waking up in background, shallow depth of field, warm tones"
    >
      Five quiet minutes before the phone wins.
    </Beat>
    <Beat
      transition="fade"
      endPauseDuration={0.6}
      continues
      shot="person stretching by open window in morning light, silhouette, lens flare, slow motion"
    >
      Small rituals. Big days. Start tomorrow.
    </Beat>
  </Video>
);
