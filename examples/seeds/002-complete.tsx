// Seed 002 (AI-generated scene background images): the "Complete Example" request.
import { Video, Scene, AIImageBackground } from 'pictory-jsx';

export default (
  <Video name="ai_background_images_demo">
    <Scene splitSentences={false}>
      AI is transforming how we create visual content for marketing and education.
      <AIImageBackground
        prompt="Modern creative studio with holographic displays showing marketing dashboards"
        model="seedream3.0"
        mediaStyle="futuristic"
      />
    </Scene>
    <Scene splitSentences={false}>
      With the right tools, anyone can produce professional-quality videos in minutes.
      <AIImageBackground
        prompt="Professional video editing workspace with multiple monitors and warm lighting"
        model="nanobanana"
        mediaStyle="photorealistic"
      />
    </Scene>
  </Video>
);
