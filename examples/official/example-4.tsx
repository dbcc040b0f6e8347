// Pictory's official example 4 ("How a CICD Pipeline Works"), written as a user would: one pipeline diagram
// component, drawn again in every scene with the station being explained lit up. 0 AI credits.
//   npx pictory-jsx estimate examples/official/example-4.tsx
import { Video, Scene, ColorBackground, Text, Shape, VoiceOver, BackgroundMusic, type SceneProps } from 'pictory-jsx';

const navy = 'rgb(15,23,42)';
const cyan = 'rgb(34,211,238)';
const green = 'rgb(52,211,153)';
const grey = 'rgb(148,163,184)';
const fadeIn = [{ name: 'fade', type: 'entry', speed: 'medium' }] as const;

const STATIONS = [
  { name: 'COMMIT', left: 8 },
  { name: 'BUILD', left: 43 },
  { name: 'DEPLOY', left: 78 },
] as const;

/** A station's box: waiting (outlined), being explained (cyan) or done (green). */
function Station({ left, state }: { left: number; state: 'waiting' | 'active' | 'done' }) {
  const look = state === 'waiting' ? ({ fill: 'rgb(30,41,59)', stroke: grey, strokeWidth: 2 } as const) : ({ fill: state === 'active' ? cyan : green } as const);
  return <Shape name="rectangle" {...look} borderRadius={20} top="36%" left={`${left}%`} width="14%" />;
}

/** The line from one station to the next: cyan once the work has flowed through it. */
function Connector({ left, flowed }: { left: number; flowed: boolean }) {
  return <Shape name="line" fill={flowed ? cyan : 'rgb(71,85,105)'} top="48%" left={`${left}%`} width="17%" />;
}

/**
 * The pipeline: three stations joined by two lines, their names on them. `at` is the station being explained
 * (stations before it are done); without it, the whole pipeline waits.
 */
function Pipeline({ at = -1 }: { at?: number }) {
  const state = (i: number) => (i < at ? 'done' : i === at ? 'active' : 'waiting');
  return (
    <>
      <Station left={STATIONS[0].left} state={state(0)} />
      <Connector left={24} flowed={at > 0} />
      <Station left={STATIONS[1].left} state={state(1)} />
      <Connector left={59} flowed={at > 1} />
      <Station left={STATIONS[2].left} state={state(2)} />
      {STATIONS.map((station, i) => (
        <Text
          key={station.name}
          variant="body"
          style={{ backgroundColor: 'rgba(0,0,0,0)', fontFamily: 'Space Grotesk', fontSize: 30, color: state(i) === 'waiting' ? grey : navy, decorations: ['bold'], alignment: 'center' }}
          top="46%"
          left={`${station.left}%`}
          width="14%"
        >
          {station.name}
        </Text>
      ))}
    </>
  );
}

/** A numbered step of the tutorial: the diagram at that station, and the step's caption under it. */
function PipelineStep({ n, caption, children, ...scene }: SceneProps & { n: number; caption: string }) {
  return (
    <Scene hideSubtitles transition="none" {...scene}>
      {children}
      <ColorBackground color={navy} />
      <Pipeline at={n - 1} />
      <Text variant="body" style={{ fontFamily: 'Manrope', fontSize: 32, color: 'rgb(255,255,255)', alignment: 'center', animations: fadeIn }} top="72%" left="20%" width="60%">
        {`Step ${n} — ${caption}`}
      </Text>
    </Scene>
  );
}

export default (
  <Video name="How a CICD Pipeline Works" language="en" aspectRatio="16:9" saveProject>
    <BackgroundMusic autoMusic volume={0.1} />
    <VoiceOver speaker="Martin" speed={100} amplificationLevel={0} />

    <Scene hideSubtitles minimumDuration={9}>
      Every feature you use went down the same assembly line. It is called a pipeline, and it has three stations.
      <ColorBackground color={navy} />
      <Text variant="subheading" style={{ fontFamily: 'Manrope', fontSize: 26, color: cyan, case: 'uppercase', alignment: 'center', animations: fadeIn }} top="6%" left="10%" width="80%">
        TUTORIAL — CI/CD BASICS
      </Text>
      <Text
        variant="heading"
        style={{ fontFamily: 'Space Grotesk', fontSize: 58, color: 'rgb(255,255,255)', decorations: ['bold'], alignment: 'center', animations: [{ name: 'text reveal', type: 'entry', speed: 'medium' }] }}
        top="13%"
        left="10%"
        width="80%"
      >
        How code ships to production
      </Text>
      <Pipeline />
    </Scene>

    <PipelineStep n={1} caption="a push starts the pipeline" minimumDuration={9}>
      Station one. A developer pushes code, and the pipeline wakes up. Every change starts life as a commit.
    </PipelineStep>
    <PipelineStep n={2} caption="build and test everything" minimumDuration={9}>
      Station two. Servers compile the code and run every test. If anything fails, the line stops right here.
    </PipelineStep>
    <PipelineStep n={3} caption="deploy to production" minimumDuration={10} endPauseDuration={0.5}>
      Station three. The build rolls out to production, and users see the change in minutes. That is the whole pipeline.
    </PipelineStep>
  </Video>
);
