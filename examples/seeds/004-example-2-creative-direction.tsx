// Seed 004 (AI background images), Example 2: the split story of Example 1 with one creative-direction prompt.
import { Video, Scene, AIImageBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';
import { CREATOR_STORY } from './creator-story.js';

export default (
  <Video name="ai-images-creative-direction" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene story={CREATOR_STORY} splitLines splitSentences>
      <AIImageBackground
        model="nanobanana"
        mediaStyle="photorealistic"
        prompt="Wide-angle establishing shots of diverse professionals in bright, airy coworking spaces with large windows and natural daylight"
      />
    </Scene>
  </Video>
);
