// Spring sale, vertical for stories and reels: the brand kit with an artistic look for this campaign only.
import { Scene } from 'pictory-jsx';
import { BrandKitProvider, BrandedVideo, BrandedClip, BrandedImage, IntroScene, CallToActionScene } from './brand-kit.js';

export default function SpringSale() {
  return (
    <BrandKitProvider override={{ mediaStyle: 'artistic' }}>
      <BrandedVideo name="fernhill-spring-sale" aspectRatio="9:16">
        <IntroScene headline="Spring is here, and so is this season's first harvest." />
        <Scene>
          Our new spring blend is bright, floral and roasted to order.
          <BrandedClip prompt="Cherry blossom petals drifting past a steaming ceramic cup on a sunlit windowsill, slow push-in" />
        </Scene>
        <Scene>
          Every subscription is twenty percent off until the end of April.
          <BrandedImage prompt="Three kraft bags of coffee beans tied with spring ribbons on a wooden shelf" />
        </Scene>
        <Scene>
          Pick your roast and your rhythm, then skip or pause any time.
          {/* Detail-rich still: this scene asks for a finer model than the kit's. */}
          <BrandedImage model="nanobanana" prompt="Close-up of a hand-drawn delivery calendar beside a pour-over kettle" />
        </Scene>
        <CallToActionScene offer="Save twenty percent on your first three bags." />
      </BrandedVideo>
    </BrandKitProvider>
  );
}
