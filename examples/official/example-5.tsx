// Pictory's official example 5 ("Three Layers of a Web App"), written as a user would: a vertical stack of layers
// drawn by one component, each scene lighting up the layer it explains. 0 AI credits.
//   npx pictory-jsx estimate examples/official/example-5.tsx
import { Fragment, Video, Scene, ColorBackground, Text, Shape, VoiceOver, BackgroundMusic, type SceneProps } from 'pictory-jsx';

const indigo = 'rgb(30,27,75)';
const lavender = 'rgb(165,180,252)';
const yellow = 'rgb(250,204,21)';
const label = { backgroundColor: 'rgba(0,0,0,0)', alignment: 'center' } as const;

const LAYERS = [
  { name: 'Frontend', top: 18, role: 'what users see' },
  { name: 'A.P.I.', top: 44, role: 'the messenger' },
  { name: 'Database', top: 70, role: 'the memory' },
] as const;
type LayerName = (typeof LAYERS)[number]['name'];

const at = (n: number) => `${n}%` as const;

/** One layer's card: outlined, or filled yellow when it is the one being explained. */
function LayerCard({ top, lit }: { top: number; lit: boolean }) {
  const look = lit ? ({ fill: yellow } as const) : ({ fill: 'rgb(49,46,129)', stroke: lavender, strokeWidth: 2 } as const);
  return <Shape name="rectangle" {...look} borderRadius={28} top={at(top)} left="30%" width="40%" />;
}

/** The dot joining one layer to the next. */
const Link = ({ top }: { top: number }) => <Shape name="circle" fill={yellow} top={at(top)} left="48%" width="3%" />;

/** The stack: three cards joined by dots, each named; the `lit` layer also says what it does. */
function LayerStack({ lit }: { lit?: LayerName }) {
  return (
    <>
      <LayerCard top={LAYERS[0].top} lit={lit === LAYERS[0].name} />
      <Link top={41} />
      <LayerCard top={LAYERS[1].top} lit={lit === LAYERS[1].name} />
      <Link top={67} />
      <LayerCard top={LAYERS[2].top} lit={lit === LAYERS[2].name} />
      {LAYERS.map((layer) => (
        <Fragment key={layer.name}>
          <Text variant="body" style={{ ...label, fontFamily: 'Poppins Extrabold', fontSize: 40, color: layer.name === lit ? indigo : lavender }} top={at(layer.top + 7)} left="30%" width="40%">
            {layer.name}
          </Text>
          {layer.name === lit && (
            <Text
              variant="body"
              style={{ ...label, fontFamily: 'Poppins', fontSize: 24, color: indigo, animations: [{ name: 'fade', type: 'entry', speed: 'medium' }] }}
              top={at(layer.top + 13)}
              left="30%"
              width="40%"
            >
              {layer.role}
            </Text>
          )}
        </Fragment>
      ))}
    </>
  );
}

/** A scene of the explainer: narration without subtitles over the stack, on the indigo ground. */
function LayerScene({ lit, children, ...scene }: SceneProps & { lit?: LayerName }) {
  return (
    <Scene hideSubtitles minimumDuration={9} {...scene}>
      {children}
      <ColorBackground color={indigo} />
      <LayerStack lit={lit} />
    </Scene>
  );
}

export default (
  <Video name="Three Layers of a Web App" language="en" aspectRatio="9:16" saveProject>
    <BackgroundMusic autoMusic volume={0.1} />
    <VoiceOver speaker="Martin" speed={100} amplificationLevel={0} />

    <Scene hideSubtitles minimumDuration={9}>
      Every web app you have ever used is just three layers talking to each other. Let us peel them apart.
      <ColorBackground color={indigo} />
      <Text
        variant="heading"
        style={{ fontFamily: 'Poppins Extrabold', fontSize: 52, color: 'rgb(255,255,255)', alignment: 'center', animations: [{ name: 'text reveal', type: 'entry', speed: 'medium' }] }}
        top="7%"
        left="10%"
        width="80%"
      >
        Every app has 3 layers
      </Text>
      <LayerStack />
    </Scene>

    <LayerScene lit="Frontend" transition="none">
      The frontend is everything you see and touch. Buttons, screens, animations. It runs right on your device.
    </LayerScene>
    <LayerScene lit="A.P.I." transition="none">
      The A.P.I. is the messenger. It carries requests from the screen to the server, and brings the answers back.
    </LayerScene>
    <LayerScene lit="Database" transition="none" endPauseDuration={0.5}>
      The database is the memory. It stores every account, every post, every like. Three layers. One app.
    </LayerScene>
  </Video>
);
