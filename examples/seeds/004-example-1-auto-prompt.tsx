// Seed 004 (AI background images), Example 1: one split story, no prompt — an image per sentence.
import { Video, Scene, AIImageBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';
import { CREATOR_STORY } from './creator-story.js';

export default (
  <Video name="ai-images-auto-prompt" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene story={CREATOR_STORY} splitLines splitSentences>
      <AIImageBackground model="nanobanana" mediaStyle="photorealistic" />
    </Scene>
  </Video>
);
