/** Five clear mistakes, each giving exactly one finding; and the rules' edges (silencing, hints, approximations). */
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, FINDING_RULES, lintScene, type Finding } from '../../src/layout/index.js';
import type { PictoryElement, PictoryScene } from '../../src/schema/request.js';

const scene = (...elements: PictoryElement[]): PictoryScene => ({ background: { color: 'rgb(15,23,42)' }, elements });
const codes = (findings: Finding[]) => findings.map((f) => `#${f.element} ${f.code}`);
const transparent = 'rgba(0,0,0,0)';

describe('seeded mistakes: one finding each', () => {
  it('a long heading wraps to four lines', () => {
    const findings = lintScene(
      scene({
        type: 'text',
        textVariant: 'heading',
        text: 'Five habits that stop phishing before it ever reaches you',
        top: '8%',
        left: '10%',
        width: '60%',
        style: { fontFamily: 'Space Grotesk', fontSize: 60, decorations: ['bold'], alignment: 'left' },
      }),
    );
    expect(codes(findings)).toEqual(['#0 text-wraps']);
    expect(findings[0].figures.lines).toBe(4);
    expect(findings[0].message).toBe(
      '"Five habits that stop phishing before i…" wraps to 4 lines (Space Grotesk Bold 60: 2205 px of text, 728 px per line): ' +
        'shorten it or lower fontSize to about 36 for two lines',
    );
  });

  it('two texts stacked on each other', () => {
    const findings = lintScene(
      scene(
        { type: 'text', text: 'Report suspicious emails', top: '40%', left: '10%', width: '60%', style: { fontFamily: 'DM Sans', fontSize: 36, alignment: 'left' } },
        { type: 'text', text: 'Update software monthly', top: '43%', left: '10%', width: '60%', style: { fontFamily: 'DM Sans', fontSize: 36, alignment: 'left' } },
      ),
    );
    expect(codes(findings)).toEqual(['#1 overlap']);
    expect(findings[0].other).toBe(0);
    expect(findings[0].message).toMatch(/^text "Report suspicious emails" and text "Update software monthly" overlap by \d+\.\d % × \d+\.\d % of the frame/);
  });

  it('a label slipped down off the centre of its pill', () => {
    const findings = lintScene(
      scene(
        { type: 'shape', name: 'pill', fill: 'rgb(34,211,238)', top: '58%', left: '40%', width: '20%' },
        { type: 'text', text: 'GO', top: '62%', left: '40%', width: '20%', style: { fontFamily: 'DM Sans', fontSize: 26, decorations: ['bold'], backgroundColor: transparent } },
      ),
    );
    expect(codes(findings)).toEqual(['#1 label-off-centre']);
    expect(findings[0].figures).toMatchObject({ dy: 3.2, tolerance: 1.5 });
    expect(findings[0].message).toBe(
      'label "GO" sits 3.2 % below the centre of its pill (glyphs centred at 65.6 %, pill at 62.3 %): set its top to 59%',
    );
  });

  it('a text running off the right edge', () => {
    const findings = lintScene(
      scene({ type: 'text', text: 'Off the edge', top: '40%', left: '80%', width: '40%', style: { fontFamily: 'Lato', fontSize: 40, alignment: 'left' } }),
    );
    expect(codes(findings)).toEqual(['#0 leaves-frame']);
    expect(findings[0].figures.edge).toBe('right');
    expect(findings[0].message).toBe(
      'text "Off the edge" runs 3.7 % past the right edge of the frame (glyphs from 81.0 % to 103.7 % of the width): move it in or make it smaller',
    );
  });

  it('a headline off the bottom of a 9:16 frame', () => {
    const findings = lintScene(
      scene({ type: 'text', textVariant: 'heading', text: 'Big finish', top: '93%', left: '10%', width: '80%', style: { fontFamily: 'Poppins Extrabold', fontSize: 80 } }),
      { aspectRatio: '9:16' },
    );
    expect(codes(findings)).toEqual(['#0 leaves-frame']);
    expect(findings[0].figures.edge).toBe('bottom');
    expect(Number(findings[0].figures.bottom)).toBeGreaterThan(100);
  });

  it('the same scenes, fixed, are clean', () => {
    expect(
      lintScene(
        scene(
          { type: 'shape', name: 'pill', top: '58%', left: '40%', width: '20%' },
          { type: 'text', text: 'GO', top: '59%', left: '40%', width: '20%', style: { fontFamily: 'DM Sans', fontSize: 26, decorations: ['bold'], backgroundColor: transparent } },
          { type: 'text', text: 'Report suspicious emails', top: '30%', left: '10%', width: '60%', style: { fontFamily: 'DM Sans', fontSize: 36 } },
          { type: 'text', text: 'Update software monthly', top: '42%', left: '10%', width: '60%', style: { fontFamily: 'DM Sans', fontSize: 36 } },
        ),
      ),
    ).toEqual([]);
  });
});

describe('rules', () => {
  it('lists a one-line description for every code', () => {
    expect(Object.keys(FINDING_RULES).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('a shape too small for its label\'s font: shorter than 2.2 cap heights', () => {
    const findings = lintScene(
      scene(
        { type: 'shape', name: 'circle', top: '20%', left: '8%', width: '5%' },
        { type: 'text', text: '1', top: '20%', left: '8%', width: '5%', style: { fontFamily: 'Anton', fontSize: 56, backgroundColor: transparent } },
      ),
    );
    expect(codes(findings)).toEqual(['#0 shape-too-small']);
    // 56 × 4/3 = 74.7 px; cap height 0.75 em = 56 px = 7.8 % of 720; 2.2 × 7.8 = 17.1 % > the circle's 8.9 %.
    expect(findings[0].figures).toMatchObject({ shapeHeight: 8.9, neededHeight: 17.1, fitWidth: 10 });
  });

  it('a label listed before its shape is drawn under it: that is an overlap, not a label', () => {
    const findings = lintScene(
      scene(
        { type: 'text', text: 'GO', top: '59%', left: '40%', width: '20%', style: { fontFamily: 'DM Sans', fontSize: 26, backgroundColor: transparent } },
        { type: 'shape', name: 'pill', top: '58%', left: '40%', width: '20%' },
      ),
    );
    expect(codes(findings)).toEqual(['#1 overlap']);
  });

  it('one rule can be silenced for one element; an overlap by either of its elements', () => {
    const stacked = scene(
      { type: 'text', text: 'One', top: '40%', left: '10%', width: '30%', style: { fontSize: 40 } },
      { type: 'text', text: 'Two', top: '41%', left: '10%', width: '30%', style: { fontSize: 40 } },
    );
    expect(lintScene(stacked)).toHaveLength(1);
    expect(lintScene(stacked, { silenced: (el, code) => el === 0 && code === 'overlap' })).toEqual([]);
    expect(lintScene(stacked, { silenced: (el, code) => el === 1 && code === 'text-wraps' })).toHaveLength(1);
  });

  it('hints once per scene at text on a busy background without overlay or text box', () => {
    const busy = (background: PictoryScene['background'], style = {}) =>
      lintScene({
        background,
        elements: [
          { type: 'text', text: 'Title', top: '10%', left: '10%', width: '50%', style },
          { type: 'text', text: 'Subtitle', top: '30%', left: '10%', width: '50%', style },
        ],
      });
    const stock = { searchFilter: { query: 'city at night' }, type: 'video' } as const;
    const hints = busy(stock);
    expect(hints.map((f) => [f.code, f.severity, f.element])).toEqual([['busy-background', 'hint', 0]]);
    expect(hints[0].message).toContain('busy stock background with no colour overlay and no text box');
    expect(busy({ ...stock, colorOverlay: { color: 'rgb(0,0,0)', opacity: 0.5 } })).toEqual([]);
    expect(busy(stock, { backgroundColor: 'rgba(0,0,0,0.6)' })).toEqual([]);
    expect(busy({ color: '#112233' })).toEqual([]);
  });

  it('says when a measure rests on the calibrated constants (a family that is not bundled)', () => {
    const findings = lintScene(
      scene({ type: 'text', text: 'An Arial heading far too long for the width it was given', top: '10%', left: '10%', width: '30%', style: { fontFamily: 'Arial', fontSize: 48 } }),
    );
    expect(codes(findings)).toEqual(['#0 text-wraps']);
    expect(findings[0].approximate).toBe(true);
    expect(findings[0].message).toContain("(approximate: measured with Pictory's calibrated constants");
  });

  it('does not report shapes and media whose geometry it does not know (no width, unknown artwork aspect)', () => {
    expect(
      lintScene(
        scene(
          { type: 'shape', name: 'star-2', top: '95%', left: '10%', width: '10%' },
          { type: 'shape', name: 'circle' },
          { type: 'image', searchFilter: { query: 'lamp' }, top: '70%', left: '70%', width: '40%' },
        ),
      ),
    ).toEqual([]);
  });
});
