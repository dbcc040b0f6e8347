// Your first pictory-jsx video: three scenes, a narrator and music, for 8.6 AI credits.
//   npx pictory-jsx estimate examples/hello.tsx     what it will cost, before anything is sent
//   npx pictory-jsx render examples/hello.tsx --out hello.mp4
import { Video, Scene, AIVideoBackground, AIImageBackground, ColorBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';

export default (
  <Video name="hello-pictory-jsx" aspectRatio="16:9">
    <VoiceOver speaker="Jackson" />
    <BackgroundMusic autoMusic volume={0.3} />

    <Scene>
      Meet pictory-jsx, where every video is written as code.
      {/* A 5-second AI clip: 1.6 credits per second × 5 = 8 credits. */}
      <AIVideoBackground
        model="pixverse5.5"
        duration="5s"
        prompt="Camera slowly gliding over a glowing code editor as light particles drift upward, cinematic"
      />
    </Scene>

    <Scene>
      Each scene is a component, and every credit is counted before you render.
      {/* One AI image: 0.6 credits. */}
      <AIImageBackground
        model="flux-schnell"
        mediaStyle="minimalist"
        prompt="Clean desk with a notebook of storyboard sketches beside a laptop, soft morning light"
      />
    </Scene>

    <Scene>
      Change a line, render again, and share it.
      {/* A plain colour costs nothing. */}
      <ColorBackground color="#0F172A" />
    </Scene>
  </Video>
);
