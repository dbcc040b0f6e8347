import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftSpec } from '../../src/emulator/drafts.js';
import { planVideo } from '../../src/emulator/plan.js';
import { storyboardSchema } from '../../src/emulator/validate.js';
import { call, SEED_000_COMPLETE, sleep, start, submit, waitForJob } from './helpers.js';

const schema = storyboardSchema({ promptMaxLength: 500, invalidDuration: 'fallback' });

describe('draftSpec', () => {
  it('describes the planned scenes: text, seconds and backgrounds', () => {
    const body = schema.parse({
      videoName: 'Draft',
      videoWidth: 641,
      videoHeight: 361,
      scenes: [
        { story: 'One <strong>big</strong> idea.', background: { type: 'video', aiVisual: { model: 'veo3.1', prompt: 'sea' } } },
        { story: 'Two.', background: { visualUrl: 'https://example.com/clip.mp4' } },
        { story: 'Three.', background: { color: '#fff' } },
        { story: 'Four.' },
      ],
    });
    expect(draftSpec(planVideo(body), 'Draft')).toEqual({
      width: 640,
      height: 360,
      title: 'Draft',
      scenes: [
        { text: 'One big idea.', seconds: 2, background: { kind: 'ai', type: 'video', model: 'veo3.1', videoDuration: '4s', prompt: 'sea' } },
        { text: 'Two.', seconds: 2, background: { kind: 'video', url: 'https://example.com/clip.mp4' } },
        { text: 'Three.', seconds: 2, background: { kind: 'color', color: '#fff' } },
        { text: 'Four.', seconds: 2, background: { kind: 'none' } },
      ],
    });
  });
});

describe('draft videos', () => {
  it('serve the draft renderer’s output as the job’s video and thumbnail', { timeout: 120_000 }, async () => {
    const emu = await start({ draftVideos: true });
    try {
      const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
      const { data } = (await waitForJob(emu, jobId, 110_000)).json;
      expect(data.status).toBe('completed');
      const video = await request(data.videoURL);
      const bytes = Buffer.from(await video.body.arrayBuffer());
      expect(video.statusCode).toBe(200);
      expect(video.headers['content-type']).toMatch(/^video\/mp4/);
      expect(Number(video.headers['content-length'])).toBe(bytes.length);
      expect(bytes.length).toBeGreaterThan(1000);
      expect((await call(emu, 'GET', data.thumbnail, { auth: null })).status).toBe(200);
    } finally {
      await emu.close();
    }
  });

  it('with no set job time, end when the draft is made, reporting no made-up progress meanwhile', { timeout: 120_000 }, async () => {
    const emu = await start({ draftVideos: 'required', timing: { renderMs: 0 } });
    try {
      const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
      const seen: Array<Record<string, unknown>> = [];
      let answer = await call(emu, 'GET', `/v1/jobs/${jobId}`);
      while (answer.json.data.status === 'in-progress') {
        seen.push(answer.json.data);
        await sleep(20);
        answer = await call(emu, 'GET', `/v1/jobs/${jobId}`);
      }
      expect(seen.length).toBeGreaterThan(0); // ffmpeg takes a moment: the job waited for it
      for (const data of seen) expect(data).toEqual({ status: 'in-progress' });
      expect(answer.json.data.status).toBe('completed');
      const video = await request(answer.json.data.videoURL);
      expect(Buffer.from(await video.body.arrayBuffer()).length).toBeGreaterThan(10_000); // the draft, not the placeholder
    } finally {
      await emu.close();
    }
  });

  describe('without ffmpeg (PICTORY_FFMPEG names a missing binary)', () => {
    const saved = process.env.PICTORY_FFMPEG;
    beforeEach(() => {
      process.env.PICTORY_FFMPEG = '/nonexistent/ffmpeg';
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.PICTORY_FFMPEG;
      else process.env.PICTORY_FFMPEG = saved;
    });

    it('fail a render with the reason and the remedy when drafts are required', async () => {
      const emu = await start({ draftVideos: 'required', timing: { renderMs: 0 } });
      try {
        const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
        const { json } = await waitForJob(emu, jobId);
        expect(json.success).toBe(false);
        expect(json.data.error_code).toBe('DRAFT_UNAVAILABLE');
        expect(json.data.error_message).toMatch(/^No draft video can be made: PICTORY_FFMPEG=\/nonexistent\/ffmpeg does not run as ffmpeg\..*install ffmpeg/);
        expect(emu.ledger[0]).toMatchObject({ status: 'failed', aiCreditsUsed: 0 });
      } finally {
        await emu.close();
      }
    });

    it('otherwise complete the render with a placeholder that is a real MP4', async () => {
      const emu = await start({ draftVideos: true });
      try {
        const jobId = await submit(emu, '/v2/video/storyboard/render', SEED_000_COMPLETE);
        const { data } = (await waitForJob(emu, jobId)).json;
        expect(data.status).toBe('completed');
        const video = await request(data.videoURL);
        expect(video.headers['content-type']).toBe('video/mp4');
        const bytes = Buffer.from(await video.body.arrayBuffer());
        expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp'); // the ISO media file signature
      } finally {
        await emu.close();
      }
    });
  });
});
