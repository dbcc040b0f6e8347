/**
 * The README's main command, end to end: `pictory-jsx render examples/hello.tsx --out …` with no
 * credentials renders against the embedded emulator and leaves a real, watchable draft MP4.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { lumaStats, probe, regionColor } from '../draft/media-tools.js';
import { ROOT, runCli } from './run-cli.js';

const NO_CREDENTIALS = { PICTORY_API_KEY: undefined, PICTORY_CLIENT_ID: undefined, PICTORY_CLIENT_SECRET: undefined, PICTORY_API_URL: undefined };

/** examples/hello.tsx: three scenes of 9, 13 and 8 words, read at 2.5 words per second. */
const SCENE_SECONDS = [9 / 2.5, 13 / 2.5, 8 / 2.5];

it('renders examples/hello.tsx to a draft MP4 with no account, spending nothing', async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'pictory-draft-')), 'hello.mp4');
  const { code, stdout, stderr } = await runCli(['render', path.join(ROOT, 'examples/hello.tsx'), '--out', out], {
    cwd: path.dirname(out),
    env: NO_CREDENTIALS,
    timeoutMs: 90_000,
  });

  expect(code).toBe(0);
  expect(stderr).toContain('No PICTORY_API_KEY: rendering against the local emulator');
  expect(stderr).toContain('(no credits spent)');
  expect(stdout.trim()).toBe(out);
  expect(existsSync(out)).toBe(true);

  const media = await probe(out);
  expect(media.streams.map((s) => s.codec_type)).toEqual(['video', 'audio']); // the draft's sound: word tones, music bed
  expect(media.streams[0]).toMatchObject({ codec_name: 'h264', width: 1280, height: 720 });
  const expected = SCENE_SECONDS.reduce((a, b) => a + b, 0);
  expect(Math.abs(media.duration - expected) / expected).toBeLessThan(0.1);

  // Each scene shows something: a placeholder or a colour, with its caption.
  let start = 0;
  for (const seconds of SCENE_SECONDS) {
    const { std } = await lumaStats(out, start + seconds / 2);
    expect(std).toBeGreaterThan(5); // not a blank frame
    start += seconds;
  }
  // The last scene is <ColorBackground color="#0F172A" />.
  const colour = await regionColor(out, start - 1);
  [0x0f, 0x17, 0x2a].forEach((channel, i) => expect(Math.abs(colour[i] - channel)).toBeLessThanOrEqual(12));
}, 120_000);

it('without ffmpeg, writes no file, says why there is no draft video and what to do, and fails', async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'pictory-draft-')), 'hello.mp4');
  // Its own folder: a draft cache in another run's folder would (rightly) answer without ffmpeg.
  const { code, stdout, stderr } = await runCli(['render', path.join(ROOT, 'examples/hello.tsx'), '--out', out], {
    cwd: path.dirname(out),
    env: { ...NO_CREDENTIALS, PICTORY_FFMPEG: '/nonexistent/ffmpeg' },
    timeoutMs: 90_000,
  });

  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain('No draft video can be made: PICTORY_FFMPEG=/nonexistent/ffmpeg does not run as ffmpeg.');
  expect(stderr).toContain('npm install @ffmpeg-installer/ffmpeg');
  expect(stderr).not.toMatch(/\bdone\b/);
  expect(existsSync(out)).toBe(false);
}, 120_000);
