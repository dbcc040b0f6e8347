/**
 * Pictory's documented silent behaviours, switched on with `EmulatorOptions.behaviour`: a background stock
 * search that finds nothing fails the job SCENE_BACKGROUND_VISUAL_NOT_FOUND; a media element whose visual
 * cannot be resolved is dropped; a failed AI generation keeps the scene's stock background (or drops the
 * element) and is not charged. Also: AI media elements are billed like AI backgrounds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { FAST, start, submit, waitForJob } from './helpers.js';

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function run(options: EmulatorOptions, body: unknown, path = '/v2/video/storyboard') {
  emu = await start({ ...FAST, aiCredits: 100, ...options });
  const jobId = await submit(emu, path, body);
  return (await waitForJob(emu, jobId)).json;
}

const AI_IMAGE = { type: 'image', aiVisual: { model: 'seedream3.0', prompt: 'a glowing lamp' } }; // 2 credits
const AI_CLIP = { type: 'video', aiVisual: { model: 'pixverse5.5', prompt: 'drifting particles', videoDuration: '5s' } }; // 8 credits

describe('a stock search that finds nothing', () => {
  const body = {
    videoName: 'stock',
    scenes: [
      { story: 'An AI scene first.', background: { type: 'image', aiVisual: { model: 'nanobanana', prompt: 'sunrise' } } },
      { story: 'Then the coast.', background: { searchFilter: { query: 'aerial coastline', keywords: ['waves'] } } },
    ],
  };

  it('on a background fails the job SCENE_BACKGROUND_VISUAL_NOT_FOUND and charges nothing', async () => {
    const job = await run({ behaviour: { stockNotFound: 'coastline' } }, body);
    expect(job).toMatchObject({ success: false, data: { status: 'failed', error_code: 'SCENE_BACKGROUND_VISUAL_NOT_FOUND' } });
    expect(job.data.error_message).toMatch(/scene 2 .*aerial coastline waves/);
    expect(emu!.aiCredits).toBe(100);
  });

  it('matches on keywords too, and by RegExp', async () => {
    const job = await run({ behaviour: { stockNotFound: [/^nothing$/, /\bwaves\b/] } }, body, '/v2/video/storyboard/render');
    expect(job.data.error_code).toBe('SCENE_BACKGROUND_VISUAL_NOT_FOUND');
  });

  it('does not fail a job whose searches do not match the switch', async () => {
    const job = await run({ behaviour: { stockNotFound: 'volcano' } }, body);
    expect(job.data.status).toBe('completed');
    expect(job.data.aiCreditsUsed).toBe(4);
    expect(job.data.storyboard.scenes[1].background).toMatchObject({ visualType: 'stock', searchFilter: { query: 'aerial coastline', keywords: ['waves'] } });
  });

  it('on a media element drops that element; the job completes', async () => {
    const job = await run(
      { behaviour: { stockNotFound: 'unicorn' } },
      {
        videoName: 'element-stock',
        scenes: [
          {
            story: 'Look.',
            background: { color: '#000' },
            elements: [
              { type: 'image', searchFilter: { query: 'unicorn portrait' } },
              { type: 'text', text: 'Kept' },
              { type: 'video', searchFilter: { query: 'waterfall' } },
            ],
          },
        ],
      },
    );
    expect(job.data.status).toBe('completed');
    const scene = job.data.storyboard.scenes[0];
    expect(scene.elements.map((e: { type: string }) => e.type)).toEqual(['text', 'video']);
    expect(scene.droppedElements).toEqual([{ index: 0, type: 'image', reason: 'stock-not-found' }]);
  });
});

describe('an unresolvable media element', () => {
  it('is silently dropped from the scene', async () => {
    const job = await run(
      { behaviour: { unresolvableUrls: 'broken.example' } },
      {
        videoName: 'urls',
        scenes: [
          {
            story: 'Pictures.',
            background: { color: '#000' },
            elements: [
              { type: 'image', visualUrl: 'https://ok.example/a.png' },
              { type: 'video', visualUrl: 'https://broken.example/b.mp4' },
            ],
          },
        ],
      },
    );
    expect(job.data.status).toBe('completed');
    const scene = job.data.storyboard.scenes[0];
    expect(scene.elements).toEqual([expect.objectContaining({ type: 'image', url: 'https://ok.example/a.png' })]);
    expect(scene.droppedElements).toEqual([{ index: 1, type: 'video', reason: 'unresolvable-url' }]);
    const layers = job.data.renderParams.elements.filter((e: { elementType: string }) => e.elementType === 'layerItem');
    expect(layers).toHaveLength(1);
  });
});

describe('a failed AI generation', () => {
  const body = {
    videoName: 'ai-fail',
    scenes: [
      { story: 'One.', background: { type: 'video', aiVisual: { model: 'pixverse5.5', prompt: 'stormy sea', videoDuration: '10s' } } }, // 16
      { story: 'Two.', background: { type: 'image', aiVisual: { model: 'nanobanana', prompt: 'calm lake' } }, elements: [AI_IMAGE, AI_CLIP] }, // 4 + 2 + 8
    ],
  };

  it('keeps a stock background for that scene, completes the job and does not charge it', async () => {
    const job = await run({ behaviour: { aiGenerationFails: 'stormy' } }, body);
    expect(job.data.status).toBe('completed');
    expect(job.data.aiCreditsUsed).toBe(14);
    expect(emu!.aiCredits).toBe(86);
    expect(job.data.storyboard.scenes[0].background).toMatchObject({ visualType: 'stock', aiVisualFailed: { model: 'pixverse5.5', prompt: 'stormy sea' } });
    expect(job.data.storyboard.scenes[1].background).toMatchObject({ visualType: 'ai' });
  });

  it('drops a media element whose generation fails, and does not charge it', async () => {
    const job = await run({ behaviour: { aiGenerationFails: /^pixverse5\.5 drifting/ } }, body);
    expect(job.data.aiCreditsUsed).toBe(22);
    expect(job.data.storyboard.scenes[1].droppedElements).toEqual([{ index: 1, type: 'video', reason: 'ai-generation-failed' }]);
  });

  it('still needs the full price up front: Pictory checks the balance before generating', async () => {
    emu = await start({ ...FAST, aiCredits: 20, behaviour: { aiGenerationFails: true } });
    const jobId = await submit(emu, '/v2/video/storyboard', body);
    const job = (await waitForJob(emu, jobId)).json;
    expect(job.data).toMatchObject({ status: 'failed', error_code: 'INSUFFICIENT_CREDITS' });
    expect(job.data.error_message).toMatch(/needs 30/);
    expect(emu.aiCredits).toBe(20);
  });

  it('with every generation failing, charges 0 and still reports aiCreditsUsed', async () => {
    const job = await run({ behaviour: { aiGenerationFails: true } }, body);
    expect(job.data.status).toBe('completed');
    expect(job.data.aiCreditsUsed).toBe(0);
    expect(emu!.aiCredits).toBe(100);
  });
});

describe('AI media elements are billed like AI backgrounds', () => {
  it('per image and per second of clip, beside the background', async () => {
    const job = await run({}, body2());
    expect(job.data.aiCreditsUsed).toBe(4 + 2 + 8);
    expect(emu!.aiCredits).toBe(86);
  });

  it('once per resulting scene when the story is split', async () => {
    const split = { videoName: 'split', scenes: [{ story: 'One. Two. Three.', createSceneOnEndOfSentence: true, background: { color: '#000' }, elements: [AI_IMAGE] }] };
    const job = await run({}, split);
    expect(job.data.storyboard.scenes).toHaveLength(3);
    expect(job.data.aiCreditsUsed).toBe(6);
  });

  it('an omitted clip length falls back to the model shortest, like a background', async () => {
    const job = await run({}, { videoName: 'v', scenes: [{ story: 'Hi.', background: { color: '#000' }, elements: [{ type: 'video', aiVisual: { model: 'veo3.1_fast' } }] }] });
    expect(job.data.aiCreditsUsed).toBe(40);
    expect(job.data.storyboard.scenes[0].elements[0].aiVisual).toMatchObject({ videoDuration: '4s', aspectRatio: '16:9' });
  });

  it('a video without AI anywhere carries no aiCreditsUsed', async () => {
    const job = await run({}, { videoName: 'v', scenes: [{ story: 'Hi.', background: { color: '#000' }, elements: [{ type: 'image', visualUrl: 'https://example.com/a.png' }] }] });
    expect(job.data.status).toBe('completed');
    expect(job.data).not.toHaveProperty('aiCreditsUsed');
  });
});

function body2() {
  return { videoName: 'billing', scenes: [{ story: 'Two.', background: { type: 'image', aiVisual: { model: 'nanobanana', prompt: 'calm lake' } }, elements: [AI_IMAGE, AI_CLIP] }] };
}
