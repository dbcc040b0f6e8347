/**
 * Pictory's official example 1 as the emulator drafts it: plan → draftSpec (with the storyboard) → renderDraft.
 * Its numbered circles, headings and pill sit where the shared layout puts them, scenes fade into each other, and
 * the draft has a sound track (narration tones and the music bed it asks for).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDraft } from '../../src/draft/index.js';
import { draftSpec } from '../../src/emulator/drafts.js';
import { planVideo } from '../../src/emulator/plan.js';
import { storyboardSchema } from '../../src/emulator/validate.js';
import { layoutScene } from '../../src/layout/index.js';
import type { PictoryScene } from '../../src/schema/request.js';
import { ffmpegBytes, probe, regionColor } from './media-tools.js';

const fixture = new URL('../fixtures/official/example-1.json', import.meta.url);
const body = storyboardSchema({ promptMaxLength: 500, invalidDuration: 'fallback' }).parse(JSON.parse(await readFile(fixture, 'utf8')));
const dir = await mkdtemp(join(tmpdir(), 'draft-official-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('official example 1 as a draft', () => {
  it('carries each scene’s design, transition, narration timing and music into the spec', () => {
    const spec = draftSpec(planVideo(body), body.videoName, body);
    expect(spec.music).toEqual({ volume: 0.12 });
    expect(spec.scenes.map((s) => s.transition)).toEqual([undefined, 'fade', 'fade', 'fade', 'fade', 'hblur']);
    expect(spec.scenes.map((s) => s.background.kind)).toEqual(['stock', 'stock', 'stock', 'stock', 'color', 'color']);
    expect(spec.scenes[1].wire?.elements).toHaveLength(3);
    // 16 words at speed 100: one every 0.4 s.
    expect(spec.scenes[1].words).toHaveLength(16);
    expect(spec.scenes[1].words?.[15]).toBeCloseTo(6, 5);
  });

  it('draws the numbered circle, the heading and the pill where the layout puts them, fades, and sounds', { timeout: 240_000 }, async () => {
    const spec = draftSpec(planVideo(body), body.videoName, body);
    const result = await renderDraft(spec, join(dir, 'example-1'));
    expect(result.warnings).toEqual(['scene 6: transition "hblur" drawn as a fade']);
    const { streams, duration } = await probe(result.video);
    expect(streams.map((s) => s.codec_type)).toEqual(['video', 'audio']);
    const total = spec.scenes.reduce((s, x) => s + x.seconds, 0);
    expect(Math.abs(duration - total)).toBeLessThan(0.15);

    const starts = spec.scenes.map((_, i) => spec.scenes.slice(0, i).reduce((s, x) => s + x.seconds, 0));
    // Scene 2: the amber circle "1" (rgb 251,191,36) in its layout box, its dark numeral at the centre.
    const scene2 = layoutScene(body.scenes![1] as PictoryScene, { aspectRatio: '16:9' });
    const circle = scene2.elements[0].box;
    const ring = await regionColor(result.video, starts[1] + 2, {
      x: (circle.left + circle.width * 0.12) / 100,
      y: (circle.top + circle.height * 0.42) / 100,
      w: (circle.width * 0.08) / 100,
      h: (circle.height * 0.16) / 100,
    });
    expect(ring[0]).toBeGreaterThan(220);
    expect(ring[1]).toBeGreaterThan(160);
    expect(ring[2]).toBeLessThan(90);
    const heading = scene2.elements[2];
    expect(heading.kind === 'text' && heading.lines.map((l) => l.text)).toEqual(['Pause before you click']);
    const glyphs = await regionColor(result.video, starts[1] + 2, { x: heading.box.left / 100, y: 0.3, w: 0.6, h: 0.05 });
    const headingInk = heading.kind === 'text' ? heading.ink : heading.box;
    const ink = await regionColor(result.video, starts[1] + 2, { x: headingInk.left / 100, y: headingInk.top / 100, w: headingInk.width / 100, h: headingInk.height / 100 });
    expect(ink[0]).toBeGreaterThan(glyphs[0] + 30); // white glyphs brighten the heading's ink box, not the band above it

    // Scene 6: the cyan pill (rgb 34,211,238) under "SHARE THIS VIDEO".
    const pill = layoutScene(body.scenes![5] as PictoryScene, { aspectRatio: '16:9' }).elements[1].box;
    const cyan = await regionColor(result.video, starts[5] + 3, { x: (pill.left + 1) / 100, y: (pill.top + pill.height * 0.4) / 100, w: 0.01, h: (pill.height * 0.2) / 100 });
    expect(cyan[1]).toBeGreaterThan(180);
    expect(cyan[2]).toBeGreaterThan(200);
    expect(cyan[0]).toBeLessThan(80);

    // The fade into scene 2: its circle is half there a quarter of a second in.
    const circleRegion = { x: (circle.left + circle.width * 0.3) / 100, y: (circle.top + circle.height * 0.2) / 100, w: (circle.width * 0.1) / 100, h: (circle.height * 0.1) / 100 };
    const mid = await regionColor(result.video, starts[1] + 0.24, circleRegion);
    const settled = await regionColor(result.video, starts[1] + 2, circleRegion);
    expect(mid[0]).toBeLessThan(settled[0] - 40);
    expect(mid[0]).toBeGreaterThan(80);

    // Sound: the music bed never stops (volume 0.12), and the narration's tones rise above it.
    const pcm = await ffmpegBytes(['-i', result.video, '-map', '0:a', '-ac', '1', '-ar', '8000', '-f', 's16le', '-']);
    const samples = new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.length / 2));
    const rms = (from: number, to: number) => {
      const slice = samples.subarray(Math.round(from * 8000), Math.round(to * 8000));
      return Math.sqrt(slice.reduce((s, v) => s + (v / 32768) ** 2, 0) / slice.length);
    };
    const word = rms(starts[1] + 0.02, starts[1] + 0.12);
    const bed = rms(starts[0] + 8.5, starts[0] + 8.9); // scene 1 lasts 9.4 s but its 17 words end at 6.8 s
    expect(bed).toBeGreaterThan(0.005);
    expect(word).toBeGreaterThan(bed * 3);
  });
});
