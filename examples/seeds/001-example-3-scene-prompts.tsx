// Seed 001 (AI background video clips), Example 3: three one-sentence scenes, each with its own prompt.
import { Video, Scene, AIVideoBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';

export default (
  <Video name="ai-video-scene-prompts" language="en">
    <BackgroundMusic autoMusic volume={0.5} />
    <VoiceOver speaker="Jackson" speed={100} amplificationLevel={0} />
    <Scene>
      Content creators struggle to find the perfect visuals for their videos.
      <AIVideoBackground
        model="pixverse5.5"
        duration="5s"
        prompt="A frustrated creator scrolling through endless stock footage on a laptop in a dimly lit room"
      />
    </Scene>
    <Scene>
      AI-powered tools generate custom visuals from simple text prompts in minutes.
      <AIVideoBackground
        model="pixverse5.5"
        duration="5s"
        prompt="A bright modern workspace with AI-generated visuals appearing on a large monitor"
      />
    </Scene>
    <Scene>
      Professional-quality videos are now accessible to educators and marketers everywhere.
      <AIVideoBackground
        model="pixverse5.5"
        duration="5s"
        prompt="Diverse professionals confidently presenting polished video content on various devices"
      />
    </Scene>
  </Video>
);
