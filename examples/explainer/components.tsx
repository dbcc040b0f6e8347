/**
 * The explainer's building blocks, drawn from the brand kit in context: a title card, a numbered step, a lower
 * third, a call-to-action button, and the scenes and video they sit in. Each is a few overlay elements placed
 * on a 16:9 frame (percentages of the frame).
 */
import { Video, Scene, StockBackground, Text, Shape, VoiceOver, BackgroundMusic, SubtitleStyle, type SceneProps } from 'pictory-jsx';
import { useBrandKit } from './brand-kit.js';

const transparent = 'rgba(0,0,0,0)';

/** The brand's video: its voice, its music, its subtitle face. */
export function BrandedVideo({ name, children }: { name: string; children?: SceneProps['children'] }) {
  const { voice, music, fonts, colors } = useBrandKit();
  return (
    <Video name={name} language="en" aspectRatio="16:9">
      <VoiceOver {...voice} />
      <BackgroundMusic {...music} />
      <SubtitleStyle fontFamily={fonts.body} fontSize={34} color={colors.text} keywordColor={colors.highlight} position="bottom-center" alignment="center" />
      {children}
    </Video>
  );
}

/** A narrated scene over stock footage, tinted with the brand's ground so text stays readable. */
export function FootageScene({ query, children, ...scene }: SceneProps & { query: string }) {
  const { colors, tint } = useBrandKit();
  return (
    <Scene hideSubtitles transition="fade" {...scene}>
      <StockBackground query={query} overlay={{ color: colors.ground, opacity: tint }} loop mute />
      {children}
    </Scene>
  );
}

/** The opening card: an accent bar, a small kicker, and the headline. */
export function TitleCard({ kicker, title }: { kicker: string; title: string }) {
  const { colors, fonts } = useBrandKit();
  return (
    <>
      <Shape name="rectangle" fill={colors.accent} top="36%" left="8%" width="6%" />
      <Text
        variant="subheading"
        style={{ fontFamily: fonts.body, fontSize: 28, color: colors.accent, case: 'uppercase', alignment: 'left', animations: [{ name: 'drift', type: 'entry', speed: 'medium', direction: 'up' }] }}
        top="42%"
        left="8%"
        width="60%"
      >
        {kicker}
      </Text>
      <Text
        variant="heading"
        style={{ fontFamily: fonts.display, fontSize: 64, color: colors.text, decorations: ['bold'], alignment: 'left', animations: [{ name: 'text reveal', type: 'entry', speed: 'medium' }] }}
        top="50%"
        left="8%"
        width="80%"
      >
        {title}
      </Text>
    </>
  );
}

/** A numbered step: the number in a disc, the step's title wiping in under it. */
export function NumberedStep({ n, title }: { n: number; title: string }) {
  const { colors, fonts } = useBrandKit();
  return (
    <>
      <Shape name="circle" fill={colors.highlight} top="18%" left="8%" width="10%" />
      <Text variant="body" style={{ backgroundColor: transparent, fontFamily: fonts.display, fontSize: 56, color: colors.ground, decorations: ['bold'], alignment: 'center' }} top="20%" left="8%" width="10%">
        {String(n)}
      </Text>
      <Text
        variant="heading"
        style={{ fontFamily: fonts.display, fontSize: 56, color: colors.text, decorations: ['bold'], alignment: 'left', animations: [{ name: 'wipe', type: 'entry', speed: 'medium', direction: 'right' }] }}
        top="40%"
        left="8%"
        width="70%"
      >
        {title}
      </Text>
    </>
  );
}

/** A lower third: who is speaking, on a pill in the bottom-left corner (a shape keeps its aspect: width sets its height). */
export function LowerThird({ name, role }: { name: string; role: string }) {
  const { colors, fonts } = useBrandKit();
  const slideIn = [{ name: 'drift', type: 'entry', speed: 'fast', direction: 'right' }] as const;
  return (
    <>
      <Shape name="pill" fill={colors.ground} top="72%" left="6%" width="40%" />
      <Text variant="body" style={{ backgroundColor: transparent, fontFamily: fonts.display, fontSize: 30, color: colors.text, decorations: ['bold'], alignment: 'left', animations: slideIn }} top="74%" left="10%" width="32%">
        {name}
      </Text>
      <Text variant="body" style={{ backgroundColor: transparent, fontFamily: fonts.body, fontSize: 22, color: colors.muted, alignment: 'left', animations: slideIn }} top="81%" left="10%" width="32%">
        {role}
      </Text>
    </>
  );
}

/** A call-to-action button: a pill in the accent colour, its label centred on it. */
export function CallToAction({ label }: { label: string }) {
  const { colors, fonts } = useBrandKit();
  return (
    <>
      <Shape name="pill" fill={colors.accent} top="60%" left="36%" width="28%" />
      <Text variant="body" style={{ backgroundColor: transparent, fontFamily: fonts.body, fontSize: 28, color: colors.ground, decorations: ['bold'], alignment: 'center' }} top="62%" left="36%" width="28%">
        {label}
      </Text>
    </>
  );
}
