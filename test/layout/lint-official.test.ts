/**
 * Pictory's five official example storyboards through the lint. Every finding is listed here with the measured
 * figures that make it true; the rest of each example raises nothing — including the cases Pictory's own Python
 * linter reports by mistake (labels paired with the wrong card, boxes measured from their tops).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutRequest, lintRequest, type SceneFinding, type TextLayout } from '../../src/layout/index.js';
import type { PictoryRequestBody } from '../../src/schema/request.js';

const example = (n: number) =>
  JSON.parse(readFileSync(new URL(`../fixtures/official/example-${n}.json`, import.meta.url), 'utf8')) as PictoryRequestBody;
const brief = (f: SceneFinding) => `S${f.scene + 1} #${f.element}${f.other !== undefined ? `/#${f.other}` : ''} ${f.code}`;
const text = (body: PictoryRequestBody, scene: number, element: number) => {
  const el = layoutRequest(body)[scene].elements[element];
  expect(el.kind).toBe('text');
  return el as TextLayout;
};

describe('example 1 (designed explainer, 16:9)', () => {
  const body = example(1);
  const findings = lintRequest(body);

  it('finds exactly one problem: the "SHARE THIS VIDEO" label wraps in its pill', () => {
    expect(findings.map(brief)).toEqual(['S6 #2/#1 label-wraps']);
  });

  it('proves it: DM Sans Bold 26 → 310 px at the reference scale, 239 px inside the 20 % pill\'s padding: two lines', () => {
    const [f] = findings;
    expect(f.figures).toMatchObject({ textWidthPx: 310, availablePx: 239, lines: 2, fontSize: 26, fitFontSize: 20, fitWidth: 26 });
    expect(f.approximate).toBe(false);
    expect(f.message).toBe(
      'label "SHARE THIS VIDEO" is 310 px wide in a 239 px pill (DM Sans Bold 26, inside its 0.25 em padding): wraps to 2 lines. ' +
        'Shorten it, lower fontSize to 20, or widen the label and its pill to 26 %',
    );
    expect(text(body, 5, 2).lines.map((l) => l.text)).toEqual(['SHARE THIS', 'VIDEO']);
  });

  it('its advice works: fontSize 20, or the label and its pill at 26 %, clear it', () => {
    const smaller = structuredClone(body);
    const label = smaller.scenes![5].elements![2] as { style: { fontSize: number } };
    label.style.fontSize = 20;
    expect(lintRequest(smaller)).toEqual([]);
    const wider = structuredClone(body);
    for (const e of wider.scenes![5].elements!.slice(1)) e.width = '26%';
    expect(lintRequest(wider)).toEqual([]);
  });

  it('does not report what the box-top measure would: the headings below the number circles start below them', () => {
    for (const scene of [1, 2, 3]) {
      const circle = layoutRequest(body)[scene].elements[0].box;
      const heading = text(body, scene, 2);
      expect(heading.box.top).toBeLessThan(circle.top + circle.height); // the boxes do overlap (38 % < 39.6 %)…
      expect(heading.ink.top).toBeGreaterThan(circle.top + circle.height); // …the glyphs do not (cap top at 42.1 %)
    }
  });

  it('the numerals sit on their circles within the 1 % tolerance', () => {
    const layout = layoutRequest(body)[1];
    const circle = layout.elements[0].box;
    const one = text(body, 1, 1).lines[0];
    const dy = (one.capTop + one.baseline) / 2 - (circle.top + circle.height / 2);
    expect(Math.abs(dy)).toBeLessThan(1.05);
    expect(Math.round(Math.abs(dy) * 10) / 10).toBeLessThanOrEqual(1);
  });
});

describe('example 2 (subtitle-driven 9:16 short)', () => {
  it('raises nothing: subtitles only, AI backgrounds under a colour overlay', () => {
    expect(lintRequest(example(2))).toEqual([]);
  });
});

describe('example 3 (product teaser, AI media elements)', () => {
  const body = example(3);
  const findings = lintRequest(body);

  it('finds one problem: the centred title wraps and its second line runs into the product image', () => {
    expect(findings.map(brief)).toEqual(['S1 #2/#1 overlap']);
    expect(findings[0].figures).toEqual({ x: 2.6, y: 8.1, line: 2 });
  });

  it('proves it: Unbounded Bold 66 needs two lines in 90 %; line 2 reaches right to 72.6 % and down to 66 %, the image starts at 70 %, 58 %', () => {
    const title = text(body, 0, 1);
    expect(title.lines.map((l) => l.text)).toEqual(['The lamp that', 'learns you']);
    const second = title.lines[1].ink;
    expect(second.left + second.width).toBeCloseTo(72.6, 1);
    expect(second.top + second.height).toBeGreaterThan(66);
    // The overlap holds whatever the AI image's aspect: even a 21:9 picture 24 % wide is 18 % tall, past 66 %.
    expect(findings[0].approximate).toBe(true);
    expect(findings[0].message).toContain('line 2 of 2, "learns you"');
  });
});

describe('example 4 (connected blocks, 16:9)', () => {
  const body = example(4);
  const findings = lintRequest(body);

  it('finds the title\'s second line on the middle block and the block labels 1.6 % low, in every scene', () => {
    expect(findings.map(brief)).toEqual([
      'S1 #4/#1 overlap',
      'S1 #7/#2 label-off-centre',
      'S1 #8/#4 label-off-centre',
      'S1 #9/#6 label-off-centre',
      ...[2, 3, 4].flatMap((s) => [`S${s} #5/#0 label-off-centre`, `S${s} #6/#2 label-off-centre`, `S${s} #7/#4 label-off-centre`]),
    ]);
  });

  it('proves the overlap: "How code ships to production" wraps at 80 %, its second line\'s glyphs reach 42.9 %, the block starts at 36 %', () => {
    const title = text(body, 0, 1);
    expect(title.lines.map((l) => l.text)).toEqual(['How code ships to', 'production']);
    expect(title.naturalWidthPx).toBeGreaterThan(title.availablePx);
    const second = title.lines[1].ink;
    expect(second.top).toBeLessThan(36);
    expect(second.top + second.height).toBeCloseTo(42.86, 1);
    expect(findings[0].figures).toEqual({ x: 14, y: 6.9, line: 2 });
  });

  it('proves the labels: the glyphs of "COMMIT" centre at 50.1 %, its 24.9 %-tall block at 48.4 %; top 44 % centres it', () => {
    const label = findings.find((f) => f.element === 7 && f.scene === 0)!;
    expect(label.figures).toMatchObject({ dy: 1.6, glyphCentreY: 50.1, shapeCentreY: 48.4, tolerance: 1 });
    expect(label.message).toContain('set its top to 44%');
    const moved = structuredClone(body);
    for (const s of moved.scenes!) for (const e of s.elements!) if (e.type === 'text' && e.top === '46%') e.top = '44%';
    expect(lintRequest(moved).filter((f) => f.code === 'label-off-centre')).toEqual([]);
  });
});

describe('example 5 (stacked layers, 9:16)', () => {
  const body = example(5);
  const findings = lintRequest(body);

  it('finds one problem: the heading wraps and the first card is drawn over its second line', () => {
    expect(findings.map(brief)).toEqual(['S1 #1/#0 overlap']);
    expect(findings[0].figures).toEqual({ x: 39.2, y: 5, line: 2 });
  });

  it('proves it: Poppins ExtraBold 52 on the 720 px canvas → "Every app has" / "3 layers"; line 2 spans 18.1–23.1 %, the card starts at 18 %', () => {
    const heading = text(body, 0, 0);
    expect(heading.lines.map((l) => l.text)).toEqual(['Every app has', '3 layers']);
    const second = heading.lines[1].ink;
    expect(second.top).toBeLessThan(20);
    expect(second.top + second.height).toBeGreaterThan(23);
  });

  it('pairs each label with its own card by geometry: "A.P.I." and "Database" are centred on the 2nd and 3rd cards', () => {
    // Same left/width as all three cards: pairing by left/width would measure them against the first one.
    const layout = layoutRequest(body)[0];
    for (const [label, card] of [[6, 1], [7, 3], [8, 5]]) {
      const line = (layout.elements[label] as TextLayout).lines[0];
      const box = layout.elements[card].box;
      expect(Math.abs((line.capTop + line.baseline) / 2 - (box.top + box.height / 2))).toBeLessThan(1);
    }
  });
});
