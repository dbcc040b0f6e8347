/**
 * The draft draws the design where the shared layout puts it: frames of real drafts are read back with ffmpeg and
 * compared with `layoutScene`'s boxes (pixel colours inside shapes, text where the layout says), the sound track is
 * decoded, and transitions are caught mid-way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDraft, type DraftSpec } from '../../src/draft/index.js';
import { layoutScene, type Rect } from '../../src/layout/index.js';
import type { PictoryScene } from '../../src/schema/request.js';
import { ffmpegBytes, probe, regionColor } from './media-tools.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'draft-design-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const W = 1280;
const H = 720;

/** The middle `fraction` of a layout box (percent of the frame) as a region in fractions of the frame. */
function inside(box: Rect, fraction = 0.5) {
  const w = (box.width / 100) * fraction;
  const h = (box.height / 100) * fraction;
  return { x: box.left / 100 + (box.width / 100 - w) / 2, y: box.top / 100 + (box.height / 100 - h) / 2, w, h };
}

/** Standard deviation of the luma inside a region (fractions of the frame) at `seconds`: text makes it large. */
async function regionContrast(file: string, seconds: number, region: { x: number; y: number; w: number; h: number }): Promise<number> {
  const crop = `crop=${Math.round(W * region.w)}:${Math.round(H * region.h)}:${Math.round(W * region.x)}:${Math.round(H * region.y)}`;
  const pixels = await ffmpegBytes(['-ss', String(seconds), '-i', file, '-frames:v', '1', '-vf', `${crop},format=gray`, '-f', 'rawvideo', '-']);
  const mean = pixels.reduce((s, p) => s + p, 0) / pixels.length;
  return Math.sqrt(pixels.reduce((s, p) => s + (p - mean) ** 2, 0) / pixels.length);
}

/** RMS loudness (0–1) of the sound between `from` and `to` seconds. */
async function loudness(file: string, from: number, to: number): Promise<number> {
  const pcm = await ffmpegBytes(['-i', file, '-map', '0:a', '-ac', '1', '-ar', '8000', '-f', 's16le', '-']);
  const samples = new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.length / 2));
  const slice = samples.subarray(Math.round(from * 8000), Math.round(to * 8000));
  return Math.sqrt(slice.reduce((s, v) => s + (v / 32768) ** 2, 0) / Math.max(1, slice.length));
}

const designed: PictoryScene = {
  story: 'Four words are spoken.',
  hideSubtitles: true,
  background: { color: 'rgb(20,20,20)' },
  elements: [
    { type: 'shape', name: 'rectangle', fill: 'rgb(220,30,30)', top: '10%', left: '8%', width: '20%' },
    { type: 'shape', name: 'circle', fill: 'rgb(30,200,60)', stroke: 'rgb(255,255,255)', strokeWidth: 4, top: '10%', left: '60%', width: '15%' },
    { type: 'shape', name: 'pill', fill: 'rgb(40,90,230)', top: '75%', left: '40%', width: '20%' },
    {
      type: 'text',
      text: 'Where the layout says',
      textVariant: 'heading',
      style: { fontFamily: 'Space Grotesk', fontSize: 48, color: 'rgb(255,255,255)', decorations: ['bold'], alignment: 'left' },
      top: '50%',
      left: '8%',
      width: '70%',
    },
  ],
};

describe('the draft draws the design from the shared layout', () => {
  it('fills shapes exactly in their layout boxes, draws text where the layout puts its lines, and sounds each word', async () => {
    const layout = layoutScene(designed, { aspectRatio: '16:9' });
    const spec: DraftSpec = {
      width: W,
      height: H,
      scenes: [{ text: 'Four words are spoken.', seconds: 3, background: { kind: 'color', color: 'rgb(20,20,20)' }, wire: designed, words: [0, 0.4, 0.8, 1.2] }],
    };
    const result = await renderDraft(spec, join(dir, 'design'));
    const [rect, circle, pill, text] = layout.elements;
    expect(result.warnings).toBeUndefined();

    const red = await regionColor(result.video, 2, inside(rect.box));
    expect(red[0]).toBeGreaterThan(190);
    expect(red[1]).toBeLessThan(60);
    const green = await regionColor(result.video, 2, inside(circle.box, 0.4));
    expect(green[1]).toBeGreaterThan(170);
    expect(green[0]).toBeLessThan(70);
    // The circle's box corner is outside the circle: background there, not fill.
    const corner = await regionColor(result.video, 2, { x: circle.box.left / 100 + 0.002, y: circle.box.top / 100 + 0.004, w: 0.01, h: 0.015 });
    expect(Math.max(...corner)).toBeLessThan(50);
    const blue = await regionColor(result.video, 2, inside(pill.box, 0.4));
    expect(blue[2]).toBeGreaterThan(190);
    // The pill is 4.1:1 as the layout says: its ends are round, so the box's corners are background.
    const pillCorner = await regionColor(result.video, 2, { x: pill.box.left / 100 + 0.001, y: pill.box.top / 100 + 0.002, w: 0.006, h: 0.01 });
    expect(Math.max(...pillCorner)).toBeLessThan(60);

    expect(text.kind).toBe('text');
    if (text.kind !== 'text') return;
    expect(text.lines.map((l) => l.text)).toEqual(['Where the layout says']);
    const ink = { x: text.ink.left / 100, y: text.ink.top / 100, w: text.ink.width / 100, h: text.ink.height / 100 };
    expect(await regionContrast(result.video, 2, ink)).toBeGreaterThan(40);
    // Just below the text's ink there is nothing.
    expect(await regionContrast(result.video, 2, { ...ink, y: ink.y + ink.h + 0.03 })).toBeLessThan(3);
    // Left-aligned: the glyphs start where the layout's first line does (the column left of it is empty).
    expect(await regionContrast(result.video, 2, { x: ink.x - 0.02, y: ink.y, w: 0.015, h: ink.h })).toBeLessThan(3);

    const { streams } = await probe(result.video);
    expect(streams.map((s) => s.codec_type)).toEqual(['video', 'audio']);
    // A tone at each word's start, silence after the last word.
    expect(await loudness(result.video, 0.02, 0.15)).toBeGreaterThan(0.05);
    expect(await loudness(result.video, 1.22, 1.35)).toBeGreaterThan(0.05);
    expect(await loudness(result.video, 1.8, 2.8)).toBeLessThan(0.01);
  });

  it('covers the background with its colour overlay and shows subtitles in the layout’s band', async () => {
    const wire: PictoryScene = {
      story: 'Subtitles sit in their band near the bottom.',
      background: { color: 'white', colorOverlay: { color: 'rgb(0,0,0)', opacity: 0.5 } },
    };
    const band = layoutScene(wire, { aspectRatio: '16:9' }).subtitles!;
    expect(band).toBeDefined();
    const result = await renderDraft(
      { width: W, height: H, scenes: [{ text: wire.story!, seconds: 2, background: { kind: 'color', color: 'white' }, wire }] },
      join(dir, 'overlay'),
    );
    const [r, g, b] = await regionColor(result.video, 1, { x: 0.3, y: 0.2, w: 0.4, h: 0.3 });
    for (const channel of [r, g, b]) expect(Math.abs(channel - 128)).toBeLessThan(16);
    const region = { x: band.box.left / 100, y: band.box.top / 100, w: band.box.width / 100, h: band.box.height / 100 };
    expect(await regionContrast(result.video, 1, region)).toBeGreaterThan(20);
    expect(await regionContrast(result.video, 1, { ...region, y: region.y - region.h - 0.05 })).toBeLessThan(3);
  });

  it('fades between scenes and wipes, keeping every scene’s start and length', async () => {
    const spec: DraftSpec = {
      width: 640,
      height: 360,
      scenes: [
        { text: '', seconds: 2, background: { kind: 'color', color: 'rgb(255,0,0)' } },
        { text: '', seconds: 2, background: { kind: 'color', color: 'rgb(0,0,255)' }, transition: 'fade' },
        { text: '', seconds: 2, background: { kind: 'color', color: 'rgb(0,255,0)' }, transition: 'wipeleft' },
      ],
    };
    const result = await renderDraft(spec, join(dir, 'transitions'));
    const { duration } = await probe(result.video);
    expect(Math.abs(duration - 6)).toBeLessThan(0.1);
    const centre = { x: 0.4, y: 0.4, w: 0.2, h: 0.2 };
    const before = await regionColor(result.video, 1.5, centre);
    const during = await regionColor(result.video, 2.24, centre); // halfway through the half-second fade
    const after = await regionColor(result.video, 3, centre);
    expect(before[0]).toBeGreaterThan(220);
    expect(during[0]).toBeGreaterThan(70);
    expect(during[0]).toBeLessThan(190);
    expect(during[2]).toBeGreaterThan(70);
    expect(during[2]).toBeLessThan(190);
    expect(after[2]).toBeGreaterThan(220);
    expect(after[0]).toBeLessThan(30);
    // Mid-wipe (leftwards): the new scene already covers the right side, the old one still the left.
    const left = await regionColor(result.video, 4.24, { x: 0.05, y: 0.4, w: 0.1, h: 0.2 });
    const right = await regionColor(result.video, 4.24, { x: 0.85, y: 0.4, w: 0.1, h: 0.2 });
    expect(left[2]).toBeGreaterThan(200);
    expect(right[1]).toBeGreaterThan(200);
  });

  it('shows a local picture in its element box, and an AI image as a labelled placeholder', async () => {
    const picture = join(dir, 'square.png');
    // A 1:1 picture: the layout reads its header, so its box is square in pixels.
    await ffmpegBytes(['-f', 'lavfi', '-i', 'testsrc2=s=300x300', '-frames:v', '1', '-y', picture]);
    const wire: PictoryScene = {
      story: 'x',
      hideSubtitles: true,
      background: { color: 'black' },
      elements: [
        { type: 'image', visualUrl: picture, top: '10%', left: '5%', width: '25%' },
        { type: 'image', aiVisual: { model: 'seedream3.0', prompt: 'A red bicycle' }, top: '10%', left: '55%', width: '40%' },
        { type: 'image', visualUrl: join(dir, 'missing.png'), top: '70%', left: '5%', width: '10%' },
      ],
    };
    const [local, ai] = layoutScene(wire, { aspectRatio: '16:9' }).elements;
    expect(local.kind === 'media' && local.measure).toBe('exact');
    expect(local.box.height).toBeCloseTo((25 * 16) / 9, 5);
    const result = await renderDraft(
      { width: W, height: H, scenes: [{ text: 'x', seconds: 1, background: { kind: 'color', color: 'black' }, wire }] },
      join(dir, 'media'),
    );
    expect(result.warnings).toEqual([`scene 1: image element missing.png unavailable (file not found): drawn as a placeholder`]);
    const region = (box: Rect, f = 0.8) => inside(box, f);
    expect(await regionContrast(result.video, 0.5, region(local.box))).toBeGreaterThan(40); // the colourful test picture
    const [r, g, b] = await regionColor(result.video, 0.5, { x: ai.box.left / 100 + 0.01, y: ai.box.top / 100 + 0.02, w: 0.03, h: 0.03 });
    expect(b).toBeGreaterThan(r); // the placeholder's slate panel
    expect(b).toBeGreaterThan(30);
    expect(g).toBeLessThan(80);
    expect(await regionContrast(result.video, 0.5, region(ai.box, 0.6))).toBeGreaterThan(15); // its label and prompt
  });

  it('draws a family that is not bundled in the nearest bundled font, and says so', async () => {
    const wire: PictoryScene = {
      story: 'x',
      hideSubtitles: true,
      elements: [{ type: 'text', text: 'Arial is not bundled', textVariant: 'heading', style: { fontFamily: 'Arial', decorations: ['bold'] } }],
    };
    const text = layoutScene(wire, { aspectRatio: '16:9' }).elements[0];
    expect(text.kind === 'text' && text.measure).toBe('approximate');
    const result = await renderDraft(
      { width: W, height: H, scenes: [{ text: 'x', seconds: 1, background: { kind: 'color', color: 'black' }, wire }] },
      join(dir, 'fallback-font'),
    );
    expect(result.warnings).toEqual(['scene 1: "Arial" is not bundled: drawn in DejaVu Sans Bold']);
    const box = { x: text.box.left / 100, y: text.box.top / 100, w: text.box.width / 100, h: text.box.height / 100 };
    expect(await regionContrast(result.video, 0.5, box)).toBeGreaterThan(20);
  });

  it('fades a text in with its entry animation', async () => {
    const wire: PictoryScene = {
      story: 'x',
      hideSubtitles: true,
      elements: [
        {
          type: 'text',
          text: 'Fading in',
          textVariant: 'heading',
          style: { color: 'white', animations: [{ name: 'fade', type: 'entry', speed: 'slow' }] },
        },
      ],
    };
    const text = layoutScene(wire, { aspectRatio: '16:9' }).elements[0];
    const result = await renderDraft(
      { width: W, height: H, scenes: [{ text: 'x', seconds: 2, background: { kind: 'color', color: 'black' }, wire }] },
      join(dir, 'entry'),
    );
    const ink = { x: text.box.left / 100, y: text.box.top / 100, w: text.box.width / 100, h: text.box.height / 100 };
    const early = await regionContrast(result.video, 0.04, ink);
    const late = await regionContrast(result.video, 1.5, ink);
    expect(late).toBeGreaterThan(30);
    expect(early).toBeLessThan(late / 4);
  });
});
