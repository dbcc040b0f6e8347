import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { imageSize, localMediaAspect, videoSize } from '../../src/layout/index.js';
import { gif, jpeg, mp4, png, reader } from './media-bytes.js';

describe('media headers', () => {
  it('reads PNG, GIF and JPEG sizes', () => {
    expect(imageSize(png(1920, 1080))).toEqual({ width: 1920, height: 1080 });
    expect(imageSize(gif(400, 300))).toEqual({ width: 400, height: 300 });
    expect(imageSize(jpeg(1080, 1350))).toEqual({ width: 1080, height: 1350 });
  });

  it('reads an MP4 track size from moov after mdat, skipping a track without size, and applies a quarter turn', () => {
    expect(videoSize(reader(mp4(1280, 720)))).toEqual({ width: 1280, height: 720 });
    expect(videoSize(reader(mp4(1920, 1080, true)))).toEqual({ width: 1080, height: 1920 });
  });

  it('answers undefined for bytes it does not know', () => {
    expect(imageSize(new TextEncoder().encode('<html>not a picture</html>'))).toBeUndefined();
    expect(videoSize(reader(new TextEncoder().encode('plain text, long enough to read a box')))).toBeUndefined();
  });
});

describe('localMediaAspect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layout-media-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads local files by path and file: URL, never remote ones', () => {
    writeFileSync(join(dir, 'wide.png'), png(2000, 1000));
    writeFileSync(join(dir, 'tall.mp4'), mp4(720, 1280));
    const aspect = localMediaAspect(dir);
    expect(aspect('wide.png')).toBe(2);
    expect(aspect(pathToFileURL(join(dir, 'tall.mp4')).href)).toBeCloseTo(720 / 1280, 6);
    expect(aspect('https://example.com/picture.png')).toBeUndefined();
    expect(aspect('missing.png')).toBeUndefined();
  });
});
