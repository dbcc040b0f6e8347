// Seed 001 (AI background video clips), Example 2: the split story of Example 1 with one creative-direction prompt.
import { Video, Scene, AIVideoBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';
import { CREATOR_STORY } from './creator-story.js';

export default (
  <Video name="ai-video-creative-direction" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene story={CREATOR_STORY} splitLines splitSentences>
      <AIVideoBackground
        model="pixverse5.5"
        prompt="Smooth cinematic tracking shots in modern creative workspaces with warm golden-hour lighting and shallow depth of field"
      />
    </Scene>
  </Video>
);
