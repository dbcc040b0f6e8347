/**
 * Pictory's five official example requests (test/fixtures/official) go through the emulator over HTTP:
 * each is accepted with nothing stripped (every field they use is a documented one), and the AI ones cost
 * what Pictory's rates say — example 2 (three 5 s pixverse5.5 backgrounds) 24 credits, example 3 (three
 * seedream3.0 image elements and one 5 s pixverse5.5 clip element) 14.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { FAST, call, start, submit, waitForJob } from './helpers.js';

const example = (n: number) =>
  JSON.parse(readFileSync(new URL(`../fixtures/official/example-${n}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** Expected AI credits; undefined: the example uses no AI, so the answer carries no `aiCreditsUsed`. */
const CREDITS: Record<number, number | undefined> = { 1: undefined, 2: 24, 3: 14, 4: undefined, 5: undefined };

let emu: Emulator;
beforeEach(async () => {
  emu = await start({ ...FAST, aiCredits: 100 });
});
afterEach(() => emu.close());

describe("Pictory's official examples", () => {
  for (const n of [1, 2, 3, 4, 5]) {
    it(`example ${n}: accepted whole, renders, charges ${CREDITS[n] ?? 'no'} AI credits`, async () => {
      const body = example(n);
      const jobId = await submit(emu, '/v2/video/storyboard/render', body);
      expect(emu.ledger.at(-1)!.body).toEqual(body);
      const done = await waitForJob(emu, jobId);
      expect(done.json.data.status, done.text).toBe('completed');
      expect(done.json.data.aiCreditsUsed).toBe(CREDITS[n]);
      expect(emu.aiCredits).toBe(100 - (CREDITS[n] ?? 0));
    });
  }

  it('example 3: the preview keeps every element of every scene, in order, with the AI media priced', async () => {
    const body = example(3) as { scenes: Array<{ elements: Array<Record<string, unknown>> }> };
    const jobId = await submit(emu, '/v2/video/storyboard', body);
    const done = await waitForJob(emu, jobId);
    expect(done.json.data.aiCreditsUsed).toBe(14);
    const scenes = done.json.data.storyboard.scenes as Array<{ elements: Array<Record<string, unknown>> }>;
    expect(scenes.map((s) => s.elements.map((e) => e.type))).toEqual(body.scenes.map((s) => s.elements.map((e) => e.type)));
    const heading = scenes[0].elements[1];
    expect(heading).toMatchObject({
      type: 'text',
      text: 'The lamp that learns you',
      textVariant: 'heading',
      style: { fontFamily: 'Unbounded', fontSize: 66, decorations: ['bold'], animations: [{ name: 'text reveal', type: 'entry' }] },
      position: 'center-center',
      width: '90%',
    });
    expect(scenes[0].elements[2]).toMatchObject({
      type: 'image',
      visualType: 'ai',
      aiVisual: { model: 'seedream3.0', mediaStyle: 'futuristic', aspectRatio: '16:9' },
      top: '58%',
      left: '70%',
      width: '24%',
    });
    expect(scenes[2].elements[1]).toMatchObject({ type: 'video', aiVisual: { model: 'pixverse5.5', videoDuration: '5s' }, loop: true, mute: true });
    const layers = (done.json.data.renderParams.elements as Array<{ id: string; elementType: string }>).filter((e) => e.elementType === 'layerItem');
    expect(layers.map((e) => e.id).slice(0, 3)).toEqual(['layerItem_1_1', 'layerItem_1_2', 'layerItem_1_3']);
    expect(layers).toHaveLength(10);
  });

  it('example 1: stock-search backgrounds keep their query, overlay and settings; shapes keep their look', async () => {
    const jobId = await submit(emu, '/v2/video/storyboard', example(1));
    const done = await waitForJob(emu, jobId);
    expect(done.json.data.aiCreditsUsed).toBeUndefined();
    const first = done.json.data.storyboard.scenes[0];
    expect(first.background).toMatchObject({
      visualType: 'stock',
      searchFilter: { query: expect.any(String) },
      colorOverlay: { color: expect.stringMatching(/^rgb\(/), opacity: expect.any(Number) },
    });
    const shapes = (done.json.data.storyboard.scenes as Array<{ elements: Array<Record<string, unknown>> }>)
      .flatMap((s) => s.elements)
      .filter((e) => e.type === 'shape');
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes[0]).toMatchObject({ name: expect.any(String), fill: expect.stringMatching(/^rgb/) });
  });

  it('previews all five with every one of their 102 overlay elements as a layer, none dropped', async () => {
    let layers = 0;
    for (const n of [1, 2, 3, 4, 5]) {
      const body = example(n) as { scenes: Array<{ elements?: unknown[] }> };
      const answer = await call(emu, 'POST', '/v2/video/storyboard', { body });
      expect(answer.status, answer.text).toBe(200);
      const done = await waitForJob(emu, answer.json.data.jobId);
      const items = (done.json.data.renderParams.elements as Array<{ elementType: string }>).filter((e) => e.elementType === 'layerItem');
      expect(items).toHaveLength(body.scenes.reduce((sum, s) => sum + (s.elements?.length ?? 0), 0));
      expect(done.json.data.storyboard.scenes.flatMap((s: { droppedElements: unknown[] }) => s.droppedElements)).toEqual([]);
      layers += items.length;
    }
    expect(layers).toBe(102);
  });
});
