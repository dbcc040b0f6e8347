/**
 * Edit-time checks: each `@ts-expect-error` below must be an error, or `npm run typecheck` fails.
 * These are the mistakes the types catch before anything runs.
 */
import { AIImageBackground, AIVideoBackground, BackgroundMusic, Scene, Video, VoiceOver } from 'pictory-jsx';

export const ok = (
  <Video name="ok" aspectRatio="16:9" width={1920} height={1080}>
    <VoiceOver speaker="Brian" speed={120} />
    <BackgroundMusic autoMusic volume={0.2} />
    <Scene story="Fine.">
      <AIVideoBackground model="pixverse5.5" duration="10s" />
    </Scene>
    <Scene>
      Text children are the story.
      <AIImageBackground model="flux-schnell" mediaStyle="cartoon" />
    </Scene>
  </Video>
);

// @ts-expect-error veo3.1 offers 4s, 6s and 8s, not 5s
export const wrongDuration = <AIVideoBackground model="veo3.1" duration="5s" />;
// @ts-expect-error image models take no duration
export const imageDuration = <AIImageBackground model="flux-schnell" duration="4s" />;
// @ts-expect-error unknown model
export const unknownModel = <AIVideoBackground model="sora" />;
// @ts-expect-error unknown media style
export const unknownStyle = <AIImageBackground model="nanobanana" mediaStyle="noir" />;
// @ts-expect-error unknown prop
export const unknownProp = <AIVideoBackground model="veo3.1" promt="typo" />;
// @ts-expect-error unknown aspect ratio
export const unknownRatio = <Video name="x" aspectRatio="21:9" />;
// @ts-expect-error width without height
export const widthOnly = <Video name="x" width={1080} />;
// @ts-expect-error brandId and brandName are exclusive
export const twoBrands = <Video name="x" brandId="1" brandName="Acme" />;
// @ts-expect-error music needs autoMusic or src, not both
export const twoSources = <BackgroundMusic autoMusic src="https://x/y.mp3" volume={0.1} />;
// @ts-expect-error a Video needs a name
export const noName = <Video />;
// @ts-expect-error there are no HTML elements in the DSL
export const div = <div />;
