// A designed explainer: "Videos as code, in three steps". Every scene is built from the components in
// components.tsx (a title card, numbered steps, a lower third, a call-to-action button) over the brand kit
// in context — wrap it in <BrandKitProvider kit={paper}> and the whole video re-skins.
// AI credits: one pixverse5.5 5 s clip (5 × 1.6 = 8) + one nanobanana image (4) = 12.
//   npx pictory-jsx estimate examples/explainer/explainer.tsx
import { Scene, AIVideoBackground, ColorBackground, Image, Text } from 'pictory-jsx';
import { BrandKitProvider, harbor, useBrandKit } from './brand-kit.js';
import { BrandedVideo, CallToAction, FootageScene, LowerThird, NumberedStep, TitleCard } from './components.js';

/** The explainer, in whatever brand kit is in context. */
export function Explainer() {
  const { colors, fonts, website, tint } = useBrandKit();
  return (
    <BrandedVideo name="Videos as code, in three steps">
      <Scene hideSubtitles minimumDuration={7} endPauseDuration={0.4}>
        Pictory videos, written as code. Here is the whole workflow, in three steps.
        <AIVideoBackground
          model="pixverse5.5"
          duration="5s"
          prompt="slow camera glide over a glowing code editor, light particles drifting upward, dark room, cinematic"
          overlay={{ color: colors.ground, opacity: tint }}
        />
        <TitleCard kicker="pictory-jsx" title="Videos as code, in three steps" />
      </Scene>

      <FootageScene query="developer typing code on laptop at night">
        Step one. Write the video as a TSX file, one component per idea.
        <NumberedStep n={1} title="Write it in TSX" />
        <LowerThird name="Ada Park" role="Video engineer, Harbor Labs" />
      </FootageScene>

      <FootageScene query="calculator and receipts on office desk">
        Step two. Price it before you pay. Every AI credit is counted at compile time.
        <NumberedStep n={2} title="Price it before you pay" />
      </FootageScene>

      <Scene hideSubtitles transition="fade">
        Step three. Render a free draft, then the real thing, and share it.
        <ColorBackground color={colors.ground} />
        <NumberedStep n={3} title="Render and share" />
        <Image
          model="nanobanana"
          mediaStyle="minimalist"
          prompt="a film strip unrolling from a laptop screen into a share icon, flat illustration"
          top="56%"
          left="62%"
          width="30%"
        />
      </Scene>

      <Scene hideSubtitles transition="hblur" minimumDuration={6} endPauseDuration={0.5}>
        {`Start today at ${website}.`}
        <ColorBackground color={colors.ground} />
        <Text
          variant="heading"
          style={{ fontFamily: fonts.display, fontSize: 60, color: colors.text, decorations: ['bold'], alignment: 'center', animations: [{ name: 'fade', type: 'entry', speed: 'slow' }] }}
          top="20%"
          left="10%"
          width="80%"
        >
          Your next video is a pull request
        </Text>
        <CallToAction label={website} />
      </Scene>
    </BrandedVideo>
  );
}

export default (
  <BrandKitProvider kit={harbor}>
    <Explainer />
  </BrandKitProvider>
);
