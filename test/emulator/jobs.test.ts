import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, PLAIN, SEED_000_COMPLETE, SEED_001_EXAMPLE_1, sleep, start, submit, waitForJob } from './helpers.js';

let emu: Emulator;
afterEach(() => emu.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('job creation', () => {
  it('answers {success:true, data:{jobId}} to a preview and to a direct render', async () => {
    emu = await start();
    for (const path of ['/v2/video/storyboard', '/v2/video/storyboard/render']) {
      const answer = await call(emu, 'POST', path, { body: PLAIN });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ success: true, data: { jobId: expect.stringMatching(UUID) } });
    }
    expect(emu.ledger.map((e) => e.kind)).toEqual(['preview', 'render']);
  });

  it('serves the API under /pictoryapis and answers 404 JSON elsewhere', async () => {
    emu = await start();
    expect(emu.url).toBe(`http://127.0.0.1:${emu.port}/pictoryapis`);
    const unknown = await call(emu, 'GET', '/v2/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ message: expect.stringContaining('Not Found') });
    expect((await call(emu, 'GET', '/v2/video/storyboard')).status).toBe(404);
    expect((await call(emu, 'GET', `http://127.0.0.1:${emu.port}/v1/jobs`)).status).toBe(404);
  });
});

describe('GET /v1/jobs/{id}', () => {
  it('answers 404 with the documented JOB_NOT_FOUND body for an unknown id', async () => {
    emu = await start();
    const answer = await call(emu, 'GET', '/v1/jobs/00000000-0000-0000-0000-000000000000');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      job_id: '00000000-0000-0000-0000-000000000000',
      success: false,
      data: { error_code: '5000', error_message: 'JOB_NOT_FOUND' },
    });
  });

  it('moves a render from in-progress, with rising renderProgress, to completed', async () => {
    emu = await start({ timing: { renderMs: 400 } });
    const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    const first = await call(emu, 'GET', `/v1/jobs/${jobId}`);
    expect(first.json).toEqual({ job_id: jobId, success: true, data: { status: 'in-progress' } });
    const progress: number[] = [];
    for (let i = 0; i < 100; i++) {
      const answer = await call(emu, 'GET', `/v1/jobs/${jobId}`);
      if (answer.json.data.status !== 'in-progress') break;
      if (answer.json.data.renderProgress !== undefined) {
        expect(answer.json.data).toMatchObject({ renderProgressMessage: expect.any(String), renderState: 'RUNNING' });
        progress.push(answer.json.data.renderProgress);
      }
      await sleep(25);
    }
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)!).toBeGreaterThan(progress[0]);
    expect(Math.max(...progress)).toBeLessThan(100);
    expect(emu.ledger[0].status).toBe('completed');
  });

  it('reports a completed render with every output', async () => {
    emu = await start();
    const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    const done = await waitForJob(emu, jobId);
    const origin = `http://127.0.0.1:${emu.port}`;
    expect(done.json).toEqual({
      job_id: jobId,
      success: true,
      data: {
        status: 'completed',
        progress: 100,
        videoURL: `${origin}/files/${jobId}/video.mp4`,
        videoDuration: 7.2,
        thumbnail: expect.stringContaining(`${origin}/files/${jobId}/thumbnail.`),
        audioURL: expect.stringContaining(origin),
        srtFile: `${origin}/files/${jobId}/subtitles.srt`,
        vttFile: `${origin}/files/${jobId}/subtitles.vtt`,
        txtFile: `${origin}/files/${jobId}/subtitles.txt`,
        shareVideoURL: expect.stringContaining(origin),
        videoShareURL: expect.stringContaining(origin),
        aiCreditsUsed: 72.8,
      },
    });
  });

  it('serves the render outputs: subtitles timed like the scenes, a downloadable video, a share page', async () => {
    emu = await start();
    const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
    const { data } = (await waitForJob(emu, jobId)).json;
    const srt = await call(emu, 'GET', data.srtFile, { auth: null });
    expect(srt.status).toBe(200);
    expect(srt.headers['content-type']).toContain('subrip');
    expect(srt.text).toBe(
      '1\n00:00:00,000 --> 00:00:03,600\nThe future of technology is unfolding before our eyes.\n\n' +
        '2\n00:00:03,600 --> 00:00:07,200\nInnovation drives progress in every industry around the world.\n',
    );
    expect((await call(emu, 'GET', data.vttFile, { auth: null })).text).toMatch(/^WEBVTT\n\n00:00:00\.000 --> 00:00:03\.600\n/);
    const video = await call(emu, 'GET', data.videoURL, { auth: null });
    expect(video.status).toBe(200);
    expect(video.headers['content-type']).toBe('video/mp4');
    const page = await call(emu, 'GET', data.shareVideoURL, { auth: null });
    expect(page.text).toContain('Futuristic cityscape');
    expect((await call(emu, 'GET', `http://127.0.0.1:${emu.port}/files/${jobId}/..%2F..%2Fetc%2Fpasswd`, { auth: null })).status).toBe(404);
  });

  it('omits aiCreditsUsed when no scene used aiVisual', async () => {
    emu = await start();
    const jobId = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    const done = await waitForJob(emu, jobId);
    expect(done.json.data.status).toBe('completed');
    expect(done.json.data).not.toHaveProperty('aiCreditsUsed');
    expect(emu.ledger[0].aiCreditsUsed).toBeUndefined();
  });

  it('completes a preview with previewUrl, renderParams (one backgroundElement per expanded scene) and storyboard', async () => {
    emu = await start();
    const jobId = await submit(emu, '/v2/video/storyboard', SEED_001_EXAMPLE_1);
    expect((await call(emu, 'GET', `/v1/jobs/${jobId}`)).json.data).toEqual({ status: 'in-progress' });
    const { data } = (await waitForJob(emu, jobId)).json;
    expect(data.status).toBe('completed');
    expect(data.previewUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${emu.port}/files/${jobId}/`));
    expect((await call(emu, 'GET', data.previewUrl, { auth: null })).headers['content-type']).toContain('text/html');
    const elements = data.renderParams.elements as Array<Record<string, unknown>>;
    const backgrounds = elements.filter((e) => e.elementType === 'backgroundElement');
    expect(backgrounds).toHaveLength(8);
    expect(backgrounds[0]).toMatchObject({
      id: 'backgroundElement_1',
      type: 'video',
      startTime: 0,
      aiVisual: { model: 'pixverse5.5', videoDuration: '5s', aspectRatio: '16:9' },
    });
    expect(elements.filter((e) => e.elementType === 'SceneText')).toHaveLength(8);
    expect(elements.find((e) => e.id === 'voiceOver')).toMatchObject({ elementType: 'audioElement', speaker: 'Jackson' });
    expect(elements.find((e) => e.id === 'bgMusic')).toMatchObject({ elementType: 'audioElement', volume: 0.5 });
    expect(data.renderParams.output).toMatchObject({ name: 'ai-video-auto-prompt', width: 1280, height: 720 });
    expect(data.storyboard.scenes).toHaveLength(8);
    expect(data.storyboard.scenes[4].story).toBe('AI-powered video creation changes everything.');
    expect(data.aiCreditsUsed).toBe(64);
  });

  it('lets previews take previewMs and renders renderMs', async () => {
    emu = await start({ timing: { previewMs: 50, renderMs: 400 } });
    const preview = await submit(emu, '/v2/video/storyboard', PLAIN);
    const render = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    await sleep(200);
    expect((await call(emu, 'GET', `/v1/jobs/${preview}`)).json.data.status).toBe('completed');
    expect((await call(emu, 'GET', `/v1/jobs/${render}`)).json.data.status).toBe('in-progress');
  });
});

describe('PUT /v2/video/render/{previewJobId}', () => {
  it('renders a completed preview without charging again', async () => {
    emu = await start();
    const previewId = await submit(emu, '/v2/video/storyboard', SEED_000_COMPLETE);
    await waitForJob(emu, previewId);
    expect(emu.aiCredits).toBe(9927.2);
    const answer = await call(emu, 'PUT', `/v2/video/render/${previewId}`, { body: { webhook: 'http://127.0.0.1:9/hook', junk: 1 } });
    expect(answer.status).toBe(200);
    const renderId = answer.json.data.jobId as string;
    const done = await waitForJob(emu, renderId);
    expect(done.json.data).toMatchObject({ status: 'completed', videoDuration: 7.2, aiCreditsUsed: 0 });
    expect(emu.aiCredits).toBe(9927.2);
    expect(emu.ledger[1]).toMatchObject({ kind: 'render', fromPreview: previewId, body: { webhook: 'http://127.0.0.1:9/hook' } });
  });

  it('accepts an empty body', async () => {
    emu = await start();
    const previewId = await submit(emu, '/v2/video/storyboard', PLAIN);
    await waitForJob(emu, previewId);
    expect((await call(emu, 'PUT', `/v2/video/render/${previewId}`)).status).toBe(200);
  });

  it('answers 404 for an unknown preview and 400 for one not completed or not a preview', async () => {
    emu = await start({ timing: { previewMs: 5_000 } });
    const missing = await call(emu, 'PUT', '/v2/video/render/nope', { body: {} });
    expect(missing.status).toBe(404);
    expect(missing.json.data.error_message).toBe('JOB_NOT_FOUND');
    const running = await submit(emu, '/v2/video/storyboard', PLAIN);
    const early = await call(emu, 'PUT', `/v2/video/render/${running}`, { body: {} });
    expect(early.status).toBe(400);
    expect(early.json.fields[0]).toMatchObject({ name: 'storyboardJobId', errors: expect.stringContaining('in-progress') });
    const render = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    expect((await call(emu, 'PUT', `/v2/video/render/${render}`, { body: {} })).status).toBe(400);
  });
});

describe('GET /v1/jobs and DELETE /v1/jobs/{id}/clean', () => {
  it('lists jobs newest first, 25 per page', async () => {
    emu = await start({ timing: { previewMs: 5_000 } });
    const ids: string[] = [];
    for (let i = 0; i < 27; i++) ids.push(await submit(emu, '/v2/video/storyboard', PLAIN));
    const first = await call(emu, 'GET', '/v1/jobs');
    expect(first.json.items).toHaveLength(25);
    expect(first.json.items[0]).toEqual({ job_id: ids[26], success: true, data: { status: 'in-progress' } });
    const second = await call(emu, 'GET', `/v1/jobs?nextPageKey=${encodeURIComponent(first.json.nextPageKey)}`);
    expect(second.json.items.map((j: { job_id: string }) => j.job_id)).toEqual([ids[1], ids[0]]);
    expect(second.json.nextPageKey).toBeNull();
    expect((await call(emu, 'GET', '/v1/jobs?nextPageKey=%%%')).status).toBe(400);
  });

  it('cleans a finished job: its outputs disappear and it reads "cleaned"; idempotent', async () => {
    emu = await start();
    const jobId = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    const { data } = (await waitForJob(emu, jobId)).json;
    expect((await call(emu, 'GET', data.srtFile, { auth: null })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const answer = await call(emu, 'DELETE', `/v1/jobs/${jobId}/clean`);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ success: true });
    }
    expect((await call(emu, 'GET', `/v1/jobs/${jobId}`)).json).toEqual({ job_id: jobId, success: true, data: { status: 'cleaned' } });
    expect((await call(emu, 'GET', data.srtFile, { auth: null })).status).toBe(404);
  });

  it('refuses to clean a job in progress, and 404s an unknown one', async () => {
    emu = await start({ timing: { renderMs: 5_000 } });
    const jobId = await submit(emu, '/v2/video/storyboard/render', PLAIN);
    expect((await call(emu, 'DELETE', `/v1/jobs/${jobId}/clean`)).status).toBe(400);
    expect((await call(emu, 'DELETE', '/v1/jobs/nope/clean')).status).toBe(404);
  });
});
