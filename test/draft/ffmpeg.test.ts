import { describe, expect, it } from 'vitest';
import { ffmpegMissing, findFfmpeg, runFfmpeg, verifyFfmpeg } from '../../src/draft/ffmpeg.js';

describe('findFfmpeg', () => {
  it('finds the packaged binary, with drawtext, and caches the answer', async () => {
    const first = findFfmpeg();
    expect(findFfmpeg()).toBe(first);
    const ffmpeg = await first;
    expect(ffmpeg).toMatchObject({ source: 'package', drawtext: true });
    expect(ffmpeg?.path).toMatch(/@ffmpeg-installer/);
  });

  it('rejects a binary that does not run', async () => {
    expect(await verifyFfmpeg('/nonexistent/ffmpeg', 'system')).toBeNull();
  });
});

describe('runFfmpeg', () => {
  it('fails with a one-line message quoting the end of stderr', async () => {
    const ffmpeg = await findFfmpeg();
    const run = runFfmpeg(ffmpeg!.path, ['-hide_banner', '-v', 'error', '-i', '/nonexistent/input.mp4', '-f', 'null', '-']);
    await expect(run).rejects.toThrow(/^ffmpeg exited with code 1: \/nonexistent\/input\.mp4: No such file or directory$/);
  });

  it('does not start when the signal is already aborted', async () => {
    const ffmpeg = await findFfmpeg();
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(runFfmpeg(ffmpeg!.path, ['-version'], { signal })).rejects.toThrow('too late');
  });
});

describe('PICTORY_FFMPEG', () => {
  it('names the only binary tried, and a missing one is reported with what to do', async () => {
    const env = { PICTORY_FFMPEG: '/nonexistent/ffmpeg' };
    expect(await findFfmpeg(env)).toBeNull();
    expect(ffmpegMissing(env)).toEqual({
      reason: 'PICTORY_FFMPEG=/nonexistent/ffmpeg does not run as ffmpeg',
      remedy: expect.stringMatching(/^fix or unset PICTORY_FFMPEG, or install ffmpeg .*`npm install @ffmpeg-installer\/ffmpeg`/),
    });
    const packaged = await findFfmpeg({});
    expect(await findFfmpeg({ PICTORY_FFMPEG: packaged!.path })).toMatchObject({ path: packaged!.path, drawtext: true });
  });
});
