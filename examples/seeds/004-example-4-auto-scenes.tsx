// Seed 004 (AI background images), Example 4: three one-sentence scenes, prompts generated from each story.
import { Video, Scene, AIImageBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';

export default (
  <Video name="ai-images-auto-scenes" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene>
      Content creators struggle to find the perfect visuals for their videos.
      <AIImageBackground model="nanobanana" mediaStyle="photorealistic" />
    </Scene>
    <Scene>
      AI-powered tools generate custom visuals from simple text prompts in minutes.
      <AIImageBackground model="nanobanana" mediaStyle="photorealistic" />
    </Scene>
    <Scene>
      Professional-quality videos are now accessible to educators and marketers everywhere.
      <AIImageBackground model="nanobanana" mediaStyle="photorealistic" />
    </Scene>
  </Video>
);
