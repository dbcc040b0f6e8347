// Pictory's official example 1 ("Five Anti-Phishing Habits"), written as a user would: a designed explainer over
// stock footage, every habit a numbered step. Compiles to exactly Pictory's own request (0 AI credits).
//   npx pictory-jsx estimate examples/official/example-1.tsx
import { Video, Scene, StockBackground, ColorBackground, Text, Shape, VoiceOver, BackgroundMusic, type Color, type SceneProps } from 'pictory-jsx';

const ink = 'rgb(15,23,42)';
const slate = 'rgb(30,41,59)';
const white = 'rgb(255,255,255)';
const cyan = 'rgb(34,211,238)';
const green = 'rgb(52,211,153)';
const transparent = 'rgba(0,0,0,0)';
const heading = { fontFamily: 'Space Grotesk', color: white, decorations: ['bold'] } as const;

/** A narrated scene over stock footage under the brand's dark tint. */
function FootageScene({ query, tint = 0.45, children, ...scene }: SceneProps & { query: string; tint?: number }) {
  return (
    <Scene hideSubtitles {...scene}>
      <StockBackground query={query} overlay={{ color: ink, opacity: tint }} loop mute />
      {children}
    </Scene>
  );
}

/** The opening title: an accent bar, a kicker and the headline. */
function TitleCard({ kicker, title }: { kicker: string; title: string }) {
  return (
    <>
      <Shape name="rectangle" fill={cyan} top="38%" left="8%" width="6%" />
      <Text
        variant="subheading"
        style={{ fontFamily: 'DM Sans', fontSize: 30, color: cyan, case: 'uppercase', alignment: 'left', animations: [{ name: 'drift', type: 'entry', speed: 'medium', direction: 'up' }] }}
        top="44%"
        left="8%"
        width="60%"
      >
        {kicker}
      </Text>
      <Text
        variant="heading"
        style={{ ...heading, fontSize: 72, alignment: 'left', animations: [{ name: 'text reveal', type: 'entry', speed: 'medium' }] }}
        top="52%"
        left="8%"
        width="78%"
      >
        {title}
      </Text>
    </>
  );
}

/** A numbered step: the number in a coloured disc, the step's title wiping in beside it. */
function NumberedStep({ n, color, title }: { n: number; color: Color; title: string }) {
  return (
    <>
      <Shape name="circle" fill={color} top="20%" left="8%" width="11%" />
      <Text variant="body" style={{ backgroundColor: transparent, fontFamily: 'Anton', fontSize: 56, color: ink, alignment: 'center' }} top="22%" left="8%" width="11%">
        {String(n)}
      </Text>
      <Text
        variant="heading"
        style={{ ...heading, fontSize: 58, alignment: 'left', animations: [{ name: 'wipe', type: 'entry', speed: 'medium', direction: 'right' }] }}
        top="38%"
        left="8%"
        width="70%"
      >
        {title}
      </Text>
    </>
  );
}

/** A ticked line of a checklist, at `top` (a percentage of the frame). */
function CheckItem({ top, children }: { top: number; children: string }) {
  return (
    <>
      <Shape name="checkmark-2" fill={green} top={`${top}%`} left="12%" width="4%" />
      <Text
        variant="body"
        style={{ fontFamily: 'DM Sans', fontSize: 36, color: white, alignment: 'left', animations: [{ name: 'fade', type: 'entry', speed: 'medium' }] }}
        top={`${top + 1}%`}
        left="18%"
        width="60%"
      >
        {children}
      </Text>
    </>
  );
}

/** A call-to-action button: a pill with its label centred on it. */
function CallToAction({ label }: { label: string }) {
  return (
    <>
      <Shape name="pill" fill={cyan} top="58%" left="40%" width="20%" />
      <Text variant="body" style={{ backgroundColor: transparent, fontFamily: 'DM Sans', fontSize: 26, color: ink, decorations: ['bold'], alignment: 'center' }} top="60%" left="40%" width="20%">
        {label}
      </Text>
    </>
  );
}

const habits = [
  { query: 'thoughtful professional pausing at laptop', color: 'rgb(251,191,36)', title: 'Pause before you click', story: 'Habit one. Pause before you click. Hover over every link and read the real U.R.L. first.' },
  { query: 'concerned woman making phone call office', color: green, title: 'Verify on a second channel', story: 'Habit two. Verify unusual requests on a second channel. A thirty second phone call beats a thirty thousand dollar mistake.' },
  { query: 'smartphone security code login close up', color: 'rgb(167,139,250)', title: 'Switch on M.F.A.', story: 'Habit three. Turn on multi factor authentication everywhere. Even a stolen password becomes useless.' },
] as const;

export default (
  <Video name="Five Anti-Phishing Habits" language="en" aspectRatio="16:9" saveProject>
    <BackgroundMusic autoMusic volume={0.12} />
    <VoiceOver speaker="Martin" speed={100} amplificationLevel={0} />

    <FootageScene query="hooded hacker typing dark room screen glow" tint={0.5} minimumDuration={9} endPauseDuration={0.4}>
      Ninety four percent of breaches start with a single phishing email. These five habits shut the door.
      <TitleCard kicker="SECURITY BASICS" title="Five habits that stop phishing" />
    </FootageScene>

    {habits.map((habit, i) => (
      <FootageScene key={habit.title} query={habit.query} transition="fade" story={habit.story}>
        <NumberedStep n={i + 1} color={habit.color} title={habit.title} />
      </FootageScene>
    ))}

    <Scene hideSubtitles transition="fade">
      Habits four and five. Report suspicious emails to your security team, and keep your software up to date.
      <ColorBackground color={slate} />
      <CheckItem top={32}>Report suspicious emails</CheckItem>
      <CheckItem top={48}>Update software monthly</CheckItem>
    </Scene>

    <Scene hideSubtitles transition="hblur" minimumDuration={7}>
      Five small habits. One much safer inbox. Share this with your team today.
      <ColorBackground color={ink} />
      <Text
        variant="heading"
        style={{ ...heading, fontSize: 64, alignment: 'center', animations: [{ name: 'fade', type: 'entry', speed: 'slow' }] }}
        top="38%"
        left="10%"
        width="80%"
      >
        Stay sharp. Stay safe.
      </Text>
      <CallToAction label="SHARE THIS VIDEO" />
    </Scene>
  </Video>
);
