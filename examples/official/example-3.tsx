// Pictory's official example 3 ("Aura Launch Teaser"), written as a user would: a product teaser whose product
// shots are AI media elements placed in the frame. 3 seedream3.0 images × 2 + one pixverse5.5 5 s clip × 1.6/s
// = 14 AI credits.
//   npx pictory-jsx estimate examples/official/example-3.tsx
import { Video, Scene, ColorBackground, StockBackground, Text, Image, Clip, VoiceOver, BackgroundMusic, type Color, type Percentage } from 'pictory-jsx';

const night = 'rgb(8,8,12)';
const white = 'rgb(255,255,255)';
const cyan = 'rgb(34,211,238)';
/** The entry animations the teaser uses. */
type Entry = 'text reveal' | 'wipe' | 'elastic' | 'fade';

/** A small uppercase line over a headline, fading in. */
function Kicker({ color = cyan, size = 28, children }: { color?: Color; size?: number; children: string }) {
  return (
    <Text
      variant="subheading"
      style={{ fontFamily: 'Work Sans', fontSize: size, color, case: 'uppercase', animations: [{ name: 'fade', type: 'entry', speed: 'medium' }] }}
    >
      {children}
    </Text>
  );
}

/** The headline of a beat, in the brand's display face, with its entry animation. */
function Headline({ size, color = white, entry, slow, children }: { size: number; color?: Color; entry: Entry; slow?: boolean; children: string }) {
  const animation = entry === 'wipe' ? ({ name: entry, type: 'entry', speed: 'medium', direction: 'right' } as const) : ({ name: entry, type: 'entry', speed: slow ? 'slow' : 'medium' } as const);
  return (
    <Text variant="heading" style={{ fontFamily: 'Unbounded', fontSize: size, color, decorations: ['bold'], animations: [animation] }}>
      {children}
    </Text>
  );
}

/** A product shot, generated: a seedream3.0 render in the brand's futuristic style, placed in the frame. */
function ProductShot({ prompt, top, left, width }: { prompt: string; top: Percentage; left: Percentage; width: Percentage }) {
  return <Image prompt={prompt} model="seedream3.0" mediaStyle="futuristic" top={top} left={left} width={width} />;
}

export default (
  <Video name="Aura Launch Teaser" language="en" aspectRatio="16:9" saveProject>
    <BackgroundMusic autoMusic volume={0.15} />
    <VoiceOver speaker="Martin" speed={105} amplificationLevel={0} />

    <Scene hideSubtitles minimumDuration={8} endPauseDuration={0.4}>
      Meet Aura. The lamp that learns how you live, and lights your home before you ask.
      <ColorBackground color={night} />
      <Kicker>INTRODUCING</Kicker>
      <Headline size={66} entry="text reveal">
        The lamp that learns you
      </Headline>
      <ProductShot
        prompt="sleek minimalist smart lamp product render, floating, studio lighting, dark background, soft cyan rim light"
        top="58%"
        left="70%"
        width="24%"
      />
    </Scene>

    <Scene hideSubtitles transition="fade">
      It reads the room. Sunset warmth for dinner. Crisp daylight for deep work. All automatic.
      <StockBackground query="cozy living room evening warm lamp glow" overlay={{ color: night, opacity: 0.5 }} loop mute />
      <Headline size={56} entry="wipe">
        Light that reads the room
      </Headline>
      <ProductShot
        prompt="circular glowing dial interface with warm-to-cool color gradient, dark UI, cyan accents, minimal icon style"
        top="62%"
        left="8%"
        width="18%"
      />
    </Scene>

    <Scene hideSubtitles transition="fade" minimumDuration={7}>
      Seven days is all Aura needs to learn your rhythm.
      <ColorBackground color="rgb(20,20,28)" />
      <Headline size={58} entry="elastic">
        7 days to learn your rhythm
      </Headline>
      <Clip
        prompt="slow motion warm light particles drifting and reorganizing into a soft glowing waveform, dark background, cyan and amber, abstract, premium"
        model="pixverse5.5"
        duration="5s"
        loop
        mute
        top="60%"
        left="64%"
        width="30%"
      />
    </Scene>

    <Scene hideSubtitles transition="hblur" minimumDuration={6} endPauseDuration={0.5}>
      Aura. Be first in line this spring.
      <ColorBackground color={night} />
      <Kicker color="rgb(161,161,170)" size={26}>
        AURA — SPRING 2027
      </Kicker>
      <Headline size={64} color={cyan} entry="fade" slow>
        Be first in line
      </Headline>
      <ProductShot
        prompt="sleek minimalist smart lamp product render glowing softly, floating, dark background, cyan rim light, three-quarter view"
        top="56%"
        left="72%"
        width="22%"
      />
    </Scene>
  </Video>
);
