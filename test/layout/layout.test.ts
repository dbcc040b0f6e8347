import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frameOf, layoutScene, type ElementLayout, type Rect, type SceneLayout } from '../../src/layout/index.js';
import type { PictoryElement, PictoryScene } from '../../src/schema/request.js';
import { png } from './media-bytes.js';

const scene = (...elements: PictoryElement[]): PictoryScene => ({ background: { color: '#000000' }, elements });
const el = <K extends ElementLayout['kind']>(layout: SceneLayout, i: number, kind: K) => {
  const e = layout.elements[i];
  expect(e.kind).toBe(kind);
  return e as Extract<ElementLayout, { kind: K }>;
};
const expectRect = (actual: Rect, expected: Rect) => {
  for (const key of ['left', 'top', 'width', 'height'] as const) expect(actual[key], key).toBeCloseTo(expected[key], 2);
};

describe('frame', () => {
  it('uses Pictory\'s reference canvases, the shorter side 720 px', () => {
    expect(frameOf({ aspectRatio: '16:9' })).toEqual({ aspectRatio: '16:9', width: 1280, height: 720 });
    expect(frameOf({ aspectRatio: '9:16' })).toEqual({ aspectRatio: '9:16', width: 720, height: 1280 });
    expect(frameOf({ aspectRatio: '1:1' })).toEqual({ aspectRatio: '1:1', width: 720, height: 720 });
    expect(frameOf({ aspectRatio: '4:5' })).toEqual({ aspectRatio: '4:5', width: 720, height: 900 });
    expect(frameOf({ videoWidth: 1080, videoHeight: 1920 })).toEqual({ aspectRatio: '9:16', width: 720, height: 1280 });
    expect(frameOf()).toEqual({ aspectRatio: '16:9', width: 1280, height: 720 });
  });
});

describe('text', () => {
  it('a bare heading takes the variant defaults: 66, centred, 90 % wide, one line box high (Plus Jakarta Sans)', () => {
    const t = el(layoutScene(scene({ type: 'text', text: 'Hi', textVariant: 'heading' })), 0, 'text');
    // 66 × 4/3 = 88 px; line box (1038 + 222) / 1000 em + 0.2 em = 1.46 em = 128.48 px = 17.84 % of 720.
    expectRect(t.box, { left: 5, top: 41.08, width: 90, height: 17.84 });
    expect(t.measure).toBe('exact');
    expect(t.fontPx).toBeCloseTo(88, 6);
    // Baseline 0.1 em + ascent below the top; cap top 0.745 em above it.
    expect(t.lines[0].baseline).toBeCloseTo(41.078 + (1.138 * 88 * 100) / 720, 2);
    expect(t.lines[0].capTop).toBeCloseTo(t.lines[0].baseline - (0.745 * 88 * 100) / 720, 2);
    // Centred: the glyphs' centre is the frame's centre.
    expect(t.ink.left + t.ink.width / 2).toBeCloseTo(50, 6);
  });

  it('a subheading sits top-centre and a body text defaults to 20 / 37 %', () => {
    const layout = layoutScene(scene({ type: 'text', text: 'Kicker', textVariant: 'subheading' }, { type: 'text', text: 'Small print' }));
    expect(el(layout, 0, 'text')).toMatchObject({ fontSize: 42, box: { left: 5, top: 0, width: 90 } });
    expect(el(layout, 1, 'text')).toMatchObject({ fontSize: 20, box: { width: 37 } });
    expect(el(layout, 1, 'text').box.left).toBeCloseTo(31.5, 6);
  });

  it('left-aligned text starts 0.25 em inside its box; top/left override the preset', () => {
    const t = el(
      layoutScene(scene({ type: 'text', text: 'Left', top: '10%', left: '20%', width: '50%', style: { alignment: 'left', fontSize: 30 } })),
      0,
      'text',
    );
    expect(t.box.left).toBe(20);
    expect(t.box.top).toBe(10);
    expect(t.lines[0].ink.left).toBeCloseTo(20 + (0.25 * 40 * 100) / 1280, 6);
  });

  it('wraps with the real glyph widths: DM Sans Bold 26 "SHARE THIS VIDEO" in 20 % → "SHARE THIS" / "VIDEO"', () => {
    const t = el(
      layoutScene(scene({ type: 'text', text: 'SHARE THIS VIDEO', width: '20%', top: '60%', left: '40%', style: { fontFamily: 'DM Sans', fontSize: 26, decorations: ['bold'] } })),
      0,
      'text',
    );
    expect(t.lines.map((l) => l.text)).toEqual(['SHARE THIS', 'VIDEO']);
    expect(t.naturalWidthPx).toBeCloseTo(310.27, 1);
    expect(t.availablePx).toBeCloseTo(256 - 0.5 * (26 * 4) / 3, 6);
    expect(t.box.height).toBeCloseTo(2 * t.pitch, 6);
  });

  it('applies case before measuring: uppercase is wider than the same words in lowercase', () => {
    const base = { type: 'text', text: 'measure me', top: '0%', left: '0%', width: '90%', style: { fontFamily: 'Lato' } } as const;
    const lower = el(layoutScene(scene(base)), 0, 'text');
    const upper = el(layoutScene(scene({ ...base, style: { fontFamily: 'Lato', case: 'uppercase' } })), 0, 'text');
    expect(upper.text).toBe('MEASURE ME');
    expect(upper.naturalWidthPx).toBeGreaterThan(lower.naturalWidthPx * 1.15);
  });

  it('falls back to Pictory\'s constants for a family without a file: width% × 1750 / fontSize characters per line', () => {
    const text = 'word '.repeat(8).trim(); // 39 characters; 0.37 × 1750 / 20 = 32.4 per line
    const t = el(layoutScene(scene({ type: 'text', text, style: { fontFamily: 'Arial' } })), 0, 'text');
    expect(t.measure).toBe('approximate');
    expect(t.fontFile).toBeUndefined();
    expect(t.lines.map((l) => l.text)).toEqual(['word word word word word word', 'word word']);
    expect(t.pitch).toBeCloseTo(20 / 4.5, 6);
    expect(t.capHeight).toBeCloseTo(20 / 7.2, 6);
  });

  it('uses the 9:16 canvas (720 px wide): the same text wraps sooner than on 16:9', () => {
    const text: PictoryElement = { type: 'text', text: 'Every app has 3 layers', textVariant: 'heading', width: '80%', style: { fontFamily: 'Poppins Extrabold', fontSize: 52 } };
    expect(el(layoutScene(scene(text), { aspectRatio: '16:9' }), 0, 'text').lines).toHaveLength(1);
    const tall = el(layoutScene(scene(text), { aspectRatio: '9:16' }), 0, 'text');
    expect(tall.lines.map((l) => l.text)).toEqual(['Every app has', '3 layers']);
    // Poppins: (1050 + 350) / 1000 + 0.2 = 1.6 em of 69.33 px = 110.9 px = 8.67 % of 1280.
    expect(tall.pitch).toBeCloseTo(8.667, 2);
  });
});

describe('shapes', () => {
  const shapes = layoutScene(
    scene(
      { type: 'shape', name: 'circle', top: '20%', left: '8%', width: '11%' },
      { type: 'shape', name: 'pill', top: '58%', left: '40%', width: '20%' },
      { type: 'shape', name: 'rectangle', top: '38%', left: '8%', width: '6%' },
      { type: 'shape', name: 'rectangle', borderRadius: 20, top: '36%', left: '8%', width: '14%' },
      { type: 'shape', name: 'line', top: '48%', left: '24%', width: '17%' },
      { type: 'shape', name: 'star-2', top: '10%', left: '10%', width: '10%' },
      { type: 'shape', name: 'circle', position: 'bottom-right', width: '10%' },
    ),
  );

  it('draws circles and rounded rectangles square in pixels, a sharp rectangle percent-square, a pill 4.1:1, a line 300:16', () => {
    expectRect(shapes.elements[0].box, { left: 8, top: 20, width: 11, height: 19.556 });
    expectRect(shapes.elements[1].box, { left: 40, top: 58, width: 20, height: 8.672 });
    expectRect(shapes.elements[2].box, { left: 8, top: 38, width: 6, height: 6 });
    expectRect(shapes.elements[3].box, { left: 8, top: 36, width: 14, height: 24.889 });
    expectRect(shapes.elements[4].box, { left: 24, top: 48, width: 17, height: 1.612 });
    for (const i of [0, 1, 2, 3, 4]) expect(shapes.elements[i].measure).toBe('exact');
  });

  it('marks featured artwork approximate (its aspect is not published) and places presets against the frame edge', () => {
    expect(shapes.elements[5].measure).toBe('approximate');
    expectRect(shapes.elements[6].box, { left: 90, top: 100 - 17.778, width: 10, height: 17.778 });
  });

  it('on 9:16 a 40 % rounded rectangle is 22.5 % tall', () => {
    const tall = layoutScene(scene({ type: 'shape', name: 'rectangle', borderRadius: 28, top: '18%', left: '30%', width: '40%' }), { aspectRatio: '9:16' });
    expectRect(tall.elements[0].box, { left: 30, top: 18, width: 40, height: 22.5 });
  });
});

describe('media', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layout-scene-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a local picture\'s real aspect, 16:9 otherwise, 30 % wide by default', () => {
    const picture = join(dir, 'square.png');
    writeFileSync(picture, png(800, 800));
    const layout = layoutScene(
      scene(
        { type: 'image', visualUrl: picture, top: '10%', left: '10%' },
        { type: 'image', visualUrl: 'https://example.com/a.jpg', top: '10%', left: '50%', width: '20%' },
        { type: 'video', aiVisual: { model: 'pixverse5.5', prompt: 'waves' }, top: '50%', left: '10%' },
      ),
    );
    const [local, remote, ai] = layout.elements;
    expectRect(local.box, { left: 10, top: 10, width: 30, height: 53.333 });
    expect(local.measure).toBe('exact');
    expectRect(remote.box, { left: 50, top: 10, width: 20, height: 20 });
    expect(remote.measure).toBe('approximate');
    expect(ai).toMatchObject({ kind: 'media', source: 'ai', type: 'video', measure: 'approximate' });
  });
});

describe('subtitles and background', () => {
  it('puts subtitles in a bottom-centre band when the scene speaks, none when hidden', () => {
    const spoken = layoutScene({ story: 'Hello there.', background: { searchFilter: { query: 'city' } } }, { subtitleStyle: { fontSize: 44, fontFamily: 'Poppins' } });
    expect(spoken.subtitles?.box.width).toBe(80);
    expect(spoken.subtitles?.box.left).toBe(10);
    expect((spoken.subtitles?.box.top ?? 0) + (spoken.subtitles?.box.height ?? 0)).toBeCloseTo(95, 6);
    expect(spoken.subtitles?.lines).toBe(2);
    expect(spoken.background).toEqual({ kind: 'stock', overlay: false });
    expect(layoutScene({ story: 'Hello.', hideSubtitles: true }).subtitles).toBeUndefined();
  });

  it('honours the subtitle style\'s position and width and the scene\'s line count', () => {
    const top = layoutScene({ story: 'x', maxSubtitleLines: 3, subtitleStyle: { position: 'top-left', paragraphWidth: '50%' } });
    expect(top.subtitles).toMatchObject({ lines: 3, box: { left: 5, top: 5, width: 50 } });
  });
});
