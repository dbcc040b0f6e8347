// Product launch, widescreen: the brand kit with a cinematic hero clip and a customer's voice for one scene.
import { Scene, VoiceOver } from 'pictory-jsx';
import { BrandKitProvider, BrandedVideo, BrandedClip, BrandedImage, IntroScene, CallToActionScene } from './brand-kit.js';

export default function ProductLaunch() {
  return (
    <BrandKitProvider override={{ clip: { model: 'veo3.1_fast', duration: '8s' } }}>
      <BrandedVideo name="fernhill-cold-brew-tower-launch" aspectRatio="16:9">
        <IntroScene headline="Introducing the Fernhill Cold Brew Tower." />
        <Scene>
          Twelve hours of slow drip, for one glass of pure, smooth coffee.
          <BrandedClip prompt="Ice water dripping through a tall glass cold brew tower in a sunlit kitchen, macro shot, slow motion" />
        </Scene>
        {/* One scene per step: Pictory makes a scene, and an image, of each sentence. */}
        <Scene splitSentences>
          Fill the tower with ice water. Add your favourite grounds. Wake up to cold brew.
          <BrandedImage prompt="A glass cold brew tower on a kitchen counter, step-by-step recipe card style" />
        </Scene>
        <Scene>
          “It is the first thing I reach for every morning.”
          <VoiceOver speaker="Brian" />
          <BrandedImage prompt="A smiling customer holding a glass of iced coffee on a balcony at sunrise" />
        </Scene>
        <CallToActionScene offer="Pre-order now and get a bag of our cold brew blend free." />
      </BrandedVideo>
    </BrandKitProvider>
  );
}
