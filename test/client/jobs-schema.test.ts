import { describe, expect, it } from 'vitest';
import { JobResponseSchema, normaliseJob } from '../../src/schema/jobs.js';

const parse = (body: unknown) => normaliseJob('job-1', JobResponseSchema.parse(body));

describe('job responses', () => {
  it('read a completed render in the current spelling (videoURL, videoShareURL)', () => {
    const job = parse({
      job_id: 'job-1',
      success: true,
      data: { status: 'completed', videoURL: 'https://v/x.mp4', videoShareURL: 'https://s/x', thumbnail: 'https://t', videoDuration: 21.98, aiCreditsUsed: 48, srtFile: 'https://s.srt' },
    });
    expect(job).toMatchObject({ status: 'completed', videoUrl: 'https://v/x.mp4', shareUrl: 'https://s/x', duration: 21.98, aiCreditsUsed: 48, subtitles: { srt: 'https://s.srt' } });
  });

  it('read the older spellings (videoUrl, shareVideoURL) and numbers sent as strings', () => {
    const job = parse({ success: true, data: { status: 'completed', videoUrl: 'https://v/y.mp4', shareVideoURL: 'https://s/y', aiCreditsUsed: '12.8' } });
    expect(job).toMatchObject({ jobId: 'job-1', videoUrl: 'https://v/y.mp4', shareUrl: 'https://s/y', aiCreditsUsed: 12.8 });
  });

  it('read a completed preview (previewUrl, or legacy preview)', () => {
    expect(parse({ data: { status: 'completed', previewUrl: 'https://p/1' } })).toMatchObject({ previewUrl: 'https://p/1' });
    expect(parse({ data: { status: 'completed', preview: 'https://p/2' } })).toMatchObject({ previewUrl: 'https://p/2' });
  });

  it('read progress, and treat unknown states as still in progress', () => {
    expect(parse({ data: { status: 'in-progress', renderProgress: 42, renderProgressMessage: 'Generating video' } })).toEqual(
      expect.objectContaining({ status: 'in-progress', progress: 42, progressMessage: 'Generating video' }),
    );
    expect(parse({ data: { status: 'queued' } })).toMatchObject({ status: 'in-progress', progressMessage: 'queued' });
  });

  it('read failures with Pictory’s code and message, also without a status', () => {
    expect(parse({ success: false, data: { status: 'failed', error_code: 'TEXT_TO_VIDEO_FAILED', error_message: 'boom' } })).toMatchObject({
      status: 'failed',
      errorCode: 'TEXT_TO_VIDEO_FAILED',
      errorMessage: 'boom',
    });
    expect(parse({ success: false, data: { error_code: 5000, error_message: 'JOB_NOT_FOUND' } })).toMatchObject({ status: 'failed', errorCode: '5000' });
  });

  it('keep unknown fields in raw, and reject a response without data', () => {
    expect(parse({ data: { status: 'completed', videoURL: 'u', extra: { a: 1 } } }).raw).toMatchObject({ extra: { a: 1 } });
    expect(JobResponseSchema.safeParse({ success: true }).success).toBe(false);
  });
});
