// Seed 003 (older guide: text to video with an AI-generated image background): its one storyboard request.
import { Video, Scene, AIImageBackground } from 'pictory-jsx';

const STORY_TEXT = 'AI is poised to significantly impact educators and course creators on social media.';

export default (
  <Video name="text_to_video_with_ai_visual">
    <Scene story={STORY_TEXT} splitLines={false} splitSentences={false}>
      <AIImageBackground
        prompt="Futuristic classroom with holographic displays and AI assistants helping students learn"
        model="flux-schnell"
        mediaStyle="futuristic"
      />
    </Scene>
  </Video>
);
