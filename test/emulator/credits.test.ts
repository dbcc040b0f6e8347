import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, FAST, PLAIN, SEED_000_COMPLETE, SEED_001_EXAMPLE_1, SEED_002_COMPLETE, start, submit, waitForJob } from './helpers.js';

let emu: Emulator;
afterEach(() => emu.close());

/** Render `body` to completion; returns the finished job's `data`. */
async function render(body: unknown) {
  const jobId = await submit(emu, '/v2/video/storyboard/render', body);
  return (await waitForJob(emu, jobId)).json.data;
}

/** The renderParams background elements of a completed preview of `body`. */
async function previewBackgrounds(body: unknown): Promise<Array<Record<string, any>>> {
  const jobId = await submit(emu, '/v2/video/storyboard', body);
  const { data } = (await waitForJob(emu, jobId)).json;
  return data.renderParams.elements.filter((e: { elementType: string }) => e.elementType === 'backgroundElement');
}

const oneScene = (background: unknown, extra: Record<string, unknown> = {}) => ({
  videoName: 'v',
  ...extra,
  scenes: [{ story: 'One short sentence here.', background }],
});

describe('aiCreditsUsed on the seeds', () => {
  it("seed 000's complete example costs 12.8 + 60 = 72.8, exactly", async () => {
    emu = await start(FAST);
    const data = await render(SEED_000_COMPLETE);
    expect(data.aiCreditsUsed).toBe(72.8);
    expect(emu.ledger[0].aiCreditsUsed).toBe(72.8);
    expect(emu.aiCredits).toBe(10_000 - 72.8);
    expect(emu.aiCredits).toBe(9927.2);
  });

  it("seed 001's Example 1 splits into 8 sentences at the default 5s: 8 × 8 = 64", async () => {
    emu = await start(FAST);
    expect((await render(SEED_001_EXAMPLE_1)).aiCreditsUsed).toBe(64);
  });

  it("seed 002's complete example costs seedream 2 + nanobanana 4 = 6", async () => {
    emu = await start(FAST);
    expect((await render(SEED_002_COMPLETE)).aiCreditsUsed).toBe(6);
  });

  it('charges every image model its per-image rate', async () => {
    emu = await start(FAST);
    const rates = { 'flux-schnell': 0.6, 'seedream3.0': 2, nanobanana: 4, 'nanobanana-pro': 14 };
    for (const [model, rate] of Object.entries(rates)) {
      expect((await render(oneScene({ type: 'image', aiVisual: { model } }))).aiCreditsUsed).toBe(rate);
    }
  });

  it('charges every video model rate × seconds, matching the seeds’ cost table', async () => {
    emu = await start(FAST);
    const table: Array<[string, string, number]> = [
      ['pixverse5.5', '5s', 8], ['pixverse5.5', '8s', 12.8], ['pixverse5.5', '10s', 16],
      ['veo3.1_fast', '4s', 40], ['veo3.1_fast', '6s', 60], ['veo3.1_fast', '8s', 80],
      ['veo3.1', '4s', 80], ['veo3.1', '6s', 120], ['veo3.1', '8s', 160],
    ];
    for (const [model, videoDuration, credits] of table) {
      expect((await render(oneScene({ type: 'video', aiVisual: { model, videoDuration } }))).aiCreditsUsed).toBe(credits);
    }
  });

  it('sums without float noise (0.6 × 3 is 1.8; 12.8 × 3 is 38.4)', async () => {
    emu = await start({ ...FAST, aiCredits: 100 });
    const flux = { type: 'image', aiVisual: { model: 'flux-schnell' } };
    expect((await render({ videoName: 'v', scenes: [{ story: 'One. Two. Three.', createSceneOnEndOfSentence: true, background: flux }] })).aiCreditsUsed).toBe(1.8);
    const pix8 = { type: 'video', aiVisual: { model: 'pixverse5.5', videoDuration: '8s' } };
    expect((await render({ videoName: 'v', scenes: [1, 2, 3].map(() => ({ story: 'Hi.', background: pix8 })) })).aiCreditsUsed).toBe(38.4);
    expect(emu.aiCredits).toBe(59.8);
  });
});

describe('scene splitting counts one visual per resulting scene', () => {
  const flux = { type: 'image', aiVisual: { model: 'flux-schnell' } };
  const story = 'First line. Still first line!\n\nSecond line? Yes.\nThird line';

  it('createSceneOnNewLine splits at non-empty lines', async () => {
    emu = await start(FAST);
    expect((await render({ videoName: 'v', scenes: [{ story, createSceneOnNewLine: true, background: flux }] })).aiCreditsUsed).toBe(1.8);
  });

  it('createSceneOnEndOfSentence splits at sentences', async () => {
    emu = await start(FAST);
    expect((await render({ videoName: 'v', scenes: [{ story: 'One. Two! Three? Four.', createSceneOnEndOfSentence: true, background: flux }] })).aiCreditsUsed).toBe(2.4);
  });

  it('both flags split lines, then sentences', async () => {
    emu = await start(FAST);
    expect(
      (await render({ videoName: 'v', scenes: [{ story, createSceneOnNewLine: true, createSceneOnEndOfSentence: true, background: flux }] })).aiCreditsUsed,
    ).toBe(3);
  });

  it('without flags a long story is one scene, one visual', async () => {
    emu = await start(FAST);
    expect((await render({ videoName: 'v', scenes: [{ story: 'One. Two. Three.', background: flux }] })).aiCreditsUsed).toBe(0.6);
  });
});

describe('fallbacks', () => {
  it('an invalid or missing videoDuration falls back to the model’s shortest', async () => {
    emu = await start(FAST);
    const [invalid] = await previewBackgrounds(oneScene({ type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '5s' } }));
    expect(invalid.aiVisual.videoDuration).toBe('4s');
    expect(emu.ledger[0].aiCreditsUsed).toBe(80);
    const [missing] = await previewBackgrounds(oneScene({ type: 'video', aiVisual: { model: 'pixverse5.5' } }));
    expect(missing.aiVisual.videoDuration).toBe('5s');
  });

  it('an aspect ratio the model does not support falls back to its first, without an error', async () => {
    emu = await start(FAST);
    const veo = await previewBackgrounds(oneScene({ type: 'video', aiVisual: { model: 'veo3.1_fast' } }, { aspectRatio: '1:1' }));
    expect(veo[0].aiVisual.aspectRatio).toBe('16:9');
    const image = await previewBackgrounds(oneScene({ type: 'image', aiVisual: { model: 'nanobanana' } }, { aspectRatio: '4:5' }));
    expect(image[0].aiVisual.aspectRatio).toBe('1:1');
    const supported = await previewBackgrounds(oneScene({ type: 'video', aiVisual: { model: 'veo3.1' } }, { aspectRatio: '9:16' }));
    expect(supported[0].aiVisual.aspectRatio).toBe('9:16');
  });
});

describe('the AI-credit balance', () => {
  it('fails a job that needs more than the balance with INSUFFICIENT_CREDITS, charging nothing', async () => {
    emu = await start({ ...FAST, aiCredits: 50 });
    const submitted = await call(emu, 'POST', '/v2/video/storyboard/render', { body: SEED_000_COMPLETE });
    expect(submitted.status).toBe(200);
    const jobId = submitted.json.data.jobId;
    const answer = await call(emu, 'GET', `/v1/jobs/${jobId}`);
    expect(answer.json).toEqual({
      job_id: jobId,
      success: false,
      data: { status: 'failed', error_code: 'INSUFFICIENT_CREDITS', error_message: expect.stringContaining('72.8') },
    });
    expect(emu.aiCredits).toBe(50);
    expect(emu.ledger[0]).toMatchObject({ status: 'failed', aiCreditsUsed: 0 });
  });

  it('setAiCredits changes the balance; jobs without AI visuals need none', async () => {
    emu = await start(FAST);
    emu.setAiCredits(72.8);
    expect(emu.aiCredits).toBe(72.8);
    expect((await render(SEED_000_COMPLETE)).status).toBe('completed');
    expect(emu.aiCredits).toBe(0);
    expect((await render(PLAIN)).status).toBe('completed');
    expect((await render(SEED_002_COMPLETE)).error_code).toBe('INSUFFICIENT_CREDITS');
  });

  it('reserves credits for running jobs, so two jobs cannot spend the same credits', async () => {
    emu = await start({ aiCredits: 100 });
    const first = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    const second = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    expect((await call(emu, 'GET', `/v1/jobs/${first}`)).json.data.status).toBe('in-progress');
    expect((await call(emu, 'GET', `/v1/jobs/${second}`)).json.data.error_code).toBe('INSUFFICIENT_CREDITS');
    expect((await waitForJob(emu, first)).json.data.status).toBe('completed');
    expect(emu.aiCredits).toBe(27.2);
  });
});

describe('failNextJob', () => {
  it('fails the next `count` jobs with the given code and message, uncharged, then behaves again', async () => {
    emu = await start();
    emu.failNextJob({ error_code: 'TEXT_TO_VIDEO_FAILED', error_message: 'boom' }, 2);
    const a = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    const b = await submit(emu, '/v2/video/storyboard', PLAIN);
    const c = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    expect((await call(emu, 'GET', `/v1/jobs/${a}`)).json.data.status).toBe('in-progress');
    const failed = await waitForJob(emu, a);
    expect(failed.json).toEqual({ job_id: a, success: false, data: { status: 'failed', error_code: 'TEXT_TO_VIDEO_FAILED', error_message: 'boom' } });
    expect((await waitForJob(emu, b)).json.data.error_code).toBe('TEXT_TO_VIDEO_FAILED');
    expect((await waitForJob(emu, c)).json.data.status).toBe('completed');
    expect(emu.aiCredits).toBe(9927.2);
    expect(emu.ledger.map((e) => e.status)).toEqual(['failed', 'failed', 'completed']);
  });

  it('defaults to one job', async () => {
    emu = await start(FAST);
    emu.failNextJob({ error_code: 'X', error_message: 'y' });
    const a = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    const b = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    expect((await waitForJob(emu, a)).json.success).toBe(false);
    expect((await waitForJob(emu, b)).json.success).toBe(true);
  });
});
