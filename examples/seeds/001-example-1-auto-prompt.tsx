// Seed 001 (AI background video clips), Example 1: one split story, no prompt — a clip per sentence.
import { Video, Scene, AIVideoBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';
import { CREATOR_STORY } from './creator-story.js';

export default (
  <Video name="ai-video-auto-prompt" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene story={CREATOR_STORY} splitLines splitSentences>
      <AIVideoBackground model="pixverse5.5" />
    </Scene>
  </Video>
);
