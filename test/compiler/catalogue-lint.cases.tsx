/**
 * The exact-text cases of the design lint's warnings (merged into the table of catalogue.test.tsx): a scene
 * with one clear layout mistake, the warning at the offending element's line. The figures in the messages
 * are measured with the bundled fonts' real glyph widths (src/layout/).
 */
import { fileURLToPath } from 'node:url';
import { ColorBackground, Scene, Shape, StockBackground, Text, Video } from 'pictory-jsx';
import type { Case } from './catalogue-case.js';

const file = fileURLToPath(import.meta.url);
const NAVY = 'rgb(15,23,42)';

export const LINT_CASES = {
  'text-wraps': {
    tree: () => (
      <Video name="v">
        <Scene>
          <ColorBackground color={NAVY} />
          <Text variant="heading" top="8%" left="10%" width="60%" style={{ fontFamily: 'Space Grotesk', fontSize: 60, decorations: ['bold'], alignment: 'left' }}> {/* L:wraps */}
            Five habits that stop phishing before it ever reaches you
          </Text>
        </Scene>
      </Video>
    ),
    message: '"Five habits that stop phishing before i…" wraps to 4 lines (Space Grotesk Bold 60: 2205 px of text, 728 px per line): shorten it or lower fontSize to about 36 for two lines',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'wraps',
    prop: 'lint',
    file,
  },
  'label-wraps': {
    tree: () => (
      <Video name="v">
        <Scene>
          <ColorBackground color={NAVY} />
          <Shape name="pill" fill="rgb(34,211,238)" top="80%" left="40%" width="20%" />
          <Text variant="body" top="81%" left="40%" width="20%" style={{ fontFamily: 'DM Sans', fontSize: 26, decorations: ['bold'], backgroundColor: 'rgba(0,0,0,0)' }}> {/* L:label */}
            SHARE THIS VIDEO
          </Text>
        </Scene>
      </Video>
    ),
    message: 'label "SHARE THIS VIDEO" is 310 px wide in a 239 px pill (DM Sans Bold 26, inside its 0.25 em padding): wraps to 2 lines. Shorten it, lower fontSize to 20, or widen the label and its pill to 26 %',
    path: 'Video > Scene[1] > Text[2]',
    marker: 'label',
    prop: 'lint',
    file,
  },
  'leaves-frame': {
    tree: () => (
      <Video name="v">
        <Scene>
          <ColorBackground color={NAVY} />
          <Text variant="body" top="40%" left="80%" width="40%" style={{ fontFamily: 'Lato', fontSize: 40, alignment: 'left' }}> {/* L:edge */}
            Off the edge
          </Text>
        </Scene>
      </Video>
    ),
    message: 'text "Off the edge" runs 3.7 % past the right edge of the frame (glyphs from 81.0 % to 103.7 % of the width): move it in or make it smaller',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'edge',
    prop: 'lint',
    file,
  },
  overlap: {
    tree: () => (
      <Video name="v">
        <Scene>
          <ColorBackground color={NAVY} />
          <Text variant="body" top="40%" left="10%" width="60%" style={{ fontFamily: 'DM Sans', fontSize: 36, alignment: 'left' }}>
            Report suspicious emails
          </Text>
          <Text variant="body" top="43%" left="10%" width="60%" style={{ fontFamily: 'DM Sans', fontSize: 36, alignment: 'left' }}> {/* L:stacked */}
            Update software monthly
          </Text>
        </Scene>
      </Video>
    ),
    message: 'text "Report suspicious emails" and text "Update software monthly" overlap by 43.4 % × 3.1 % of the frame (glyphs against glyphs): move one of them or shorten the text',
    path: 'Video > Scene[1] > Text[2]',
    marker: 'stacked',
    prop: 'lint',
    file,
  },
  'label-off-centre': {
    tree: () => (
      <Video name="v">
        <Scene>
          <ColorBackground color={NAVY} />
          <Shape name="pill" fill="rgb(34,211,238)" top="58%" left="40%" width="20%" />
          <Text variant="body" top="62%" left="40%" width="20%" style={{ fontFamily: 'DM Sans', fontSize: 26, decorations: ['bold'], backgroundColor: 'rgba(0,0,0,0)' }}> {/* L:low */}
            GO
          </Text>
        </Scene>
      </Video>
    ),
    message: 'label "GO" sits 3.2 % below the centre of its pill (glyphs centred at 65.6 %, pill at 62.3 %): set its top to 59%',
    path: 'Video > Scene[1] > Text[2]',
    marker: 'low',
    prop: 'lint',
    file,
  },
  'shape-too-small': {
    tree: () => (
      <Video name="v">
        <Scene>
          <ColorBackground color={NAVY} />
          <Shape name="circle" fill="rgb(251,191,36)" top="20%" left="8%" width="5%" /> {/* L:small */}
          <Text variant="body" top="20%" left="8%" width="5%" style={{ fontFamily: 'Anton', fontSize: 56, backgroundColor: 'rgba(0,0,0,0)' }}>
            1
          </Text>
        </Scene>
      </Video>
    ),
    message: 'circle is 8.9 % tall, under 2.2 cap heights (17.1 %) of its label "1" at fontSize 56: widen it to 10 % or lower the fontSize',
    path: 'Video > Scene[1] > Shape[1]',
    marker: 'small',
    prop: 'lint',
    file,
  },
  'busy-background': {
    tree: () => (
      <Video name="v">
        <Scene>
          <StockBackground query="city at night" type="video" />
          <Text variant="heading" top="10%" left="10%" width="50%"> {/* L:busy */}
            Title
          </Text>
        </Scene>
      </Video>
    ),
    message: 'hint: "Title" sits on a busy stock background with no colour overlay and no text box: give the background a colour overlay (overlay={{color, opacity: 0.45}}), or the text a backgroundColor',
    path: 'Video > Scene[1] > Text[1]',
    marker: 'busy',
    prop: 'lint',
    file,
  },
} satisfies Record<string, Case>;
