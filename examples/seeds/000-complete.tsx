// Seed 000 (AI-generated scene background video clips): the "Complete Example" request.
import { Video, Scene, AIVideoBackground } from 'pictory-jsx';

export default (
  <Video name="ai_background_video_clips_demo" aspectRatio="16:9">
    <Scene splitSentences={false}>
      The future of technology is unfolding before our eyes.
      <AIVideoBackground
        prompt="Futuristic cityscape at night with flying vehicles and neon holographic signs"
        model="pixverse5.5"
        duration="8s"
      />
    </Scene>
    <Scene splitSentences={false}>
      Innovation drives progress in every industry around the world.
      <AIVideoBackground
        prompt="Aerial view of a modern smart factory with robotic arms and glowing assembly lines"
        model="veo3.1_fast"
        duration="6s"
      />
    </Scene>
  </Video>
);
