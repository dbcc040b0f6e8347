// Seed 001 (AI background video clips), Example 4: three one-sentence scenes, prompts generated from each story.
import { Video, Scene, AIVideoBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';

export default (
  <Video name="ai-video-auto-scenes" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene>
      Content creators struggle to find the perfect visuals for their videos.
      <AIVideoBackground model="pixverse5.5" duration="5s" />
    </Scene>
    <Scene>
      AI-powered tools generate custom visuals from simple text prompts in minutes.
      <AIVideoBackground model="pixverse5.5" duration="5s" />
    </Scene>
    <Scene>
      Professional-quality videos are now accessible to educators and marketers everywhere.
      <AIVideoBackground model="pixverse5.5" duration="5s" />
    </Scene>
  </Video>
);
