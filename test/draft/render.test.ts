import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftUnavailableError, renderDraft, storyboardHtml, type DraftSpec } from '../../src/draft/index.js';
import { ffmpegBytes, lumaStats, probe, regionColor } from './media-tools.js';

let dir: string;
let image: string;
let clip: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'draft-test-'));
  // 4:3 picture, so covering a 16:9 frame needs cropping; the name exercises ffmpeg's special characters.
  image = join(dir, "test%pic:a,b[1]'.png");
  clip = join(dir, 'clip.mp4');
  await ffmpegBytes(['-f', 'lavfi', '-i', 'testsrc2=s=800x600:d=1', '-frames:v', '1', '-y', join(dir, 'pic.png')]);
  await rename(join(dir, 'pic.png'), image); // ffmpeg's image muxer would read '%' in an output name as a pattern
  await ffmpegBytes(['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25:d=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-y', clip]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectVideo(file: string, width: number, height: number, seconds: number): Promise<void> {
  const { duration, streams } = await probe(file);
  expect(streams).toHaveLength(2);
  expect(streams[0]).toMatchObject({ codec_type: 'video', codec_name: 'h264', width, height, pix_fmt: 'yuv420p' });
  expect(streams[1]).toMatchObject({ codec_type: 'audio', codec_name: 'aac' }); // a draft is never silent by omission
  expect(Math.abs(duration - seconds) / seconds).toBeLessThan(0.1);
}

describe('renderDraft', () => {
  it('renders colour, image and AI scenes into a 720p H.264 draft with a thumbnail', async () => {
    const out = join(dir, 'three');
    const spec: DraftSpec = {
      title: 'Three scenes',
      width: 1280,
      height: 720,
      scenes: [
        { text: 'A calm blue opening.', seconds: 3, background: { kind: 'color', color: '#1e6091' } },
        { text: 'A picture, cropped to cover the frame.', seconds: 3, background: { kind: 'image', url: pathToFileURL(image).href } },
        {
          text: 'And an AI visual, drawn as a labelled placeholder.',
          seconds: 3,
          background: { kind: 'ai', type: 'video', model: 'veo3.1', videoDuration: '6s', prompt: 'A lighthouse at dawn' },
        },
      ],
    };
    const result = await renderDraft(spec, out);
    expect(result).toMatchObject({ video: join(out, 'video.mp4'), thumbnail: join(out, 'thumbnail.jpg'), seconds: 9 });
    expect(result.warnings).toBeUndefined();
    await expectVideo(result.video, 1280, 720, 9);

    // faststart: the index (moov) precedes the media data (mdat).
    const head = await readFile(result.video);
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat'));
    expect((await readFile(result.thumbnail)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(await readdir(out)).toEqual(['thumbnail.jpg', 'video.mp4']);

    const [colour, picture, ai] = await Promise.all([1.5, 4.5, 7.5].map((t) => lumaStats(result.video, t)));
    for (const frame of [colour, picture, ai]) expect(frame.std).toBeGreaterThan(8); // text/pictures, not a flat frame
    expect(picture.std).toBeGreaterThan(colour.std);
    expect(Math.abs(colour.mean - ai.mean) + Math.abs(colour.std - ai.std)).toBeGreaterThan(5);

    const [r, g, b] = await regionColor(result.video, 1.5);
    expect(Math.abs(r - 0x1e)).toBeLessThan(12);
    expect(Math.abs(g - 0x60)).toBeLessThan(12);
    expect(Math.abs(b - 0x91)).toBeLessThan(12);
  });

  it('renders two drafts at the same time', async () => {
    const spec = (color: string): DraftSpec => ({
      width: 640,
      height: 360,
      scenes: [
        { text: `First ${color} scene`, seconds: 1, background: { kind: 'color', color } },
        { text: 'Second scene', seconds: 1.5, background: { kind: 'ai', type: 'image', model: 'flux-schnell' } },
      ],
    });
    const [a, b] = await Promise.all([renderDraft(spec('red'), join(dir, 'a')), renderDraft(spec('rgb(0, 128, 0)'), join(dir, 'b'))]);
    await Promise.all([expectVideo(a.video, 640, 360, 2.5), expectVideo(b.video, 640, 360, 2.5)]);
    const [red, green] = await Promise.all([regionColor(a.video, 0.5), regionColor(b.video, 0.5)]);
    expect(red[0]).toBeGreaterThan(200);
    expect(green[1]).toBeGreaterThan(100);
    expect(green[0]).toBeLessThan(30);
  });

  it('renders 9:16 with a long caption and an AI image placeholder', async () => {
    const caption = 'A vertical draft for phones. '.repeat(12).trim();
    const result = await renderDraft(
      { width: 720, height: 1280, scenes: [{ text: caption, seconds: 2, background: { kind: 'ai', type: 'image', model: 'flux-schnell' } }] },
      join(dir, 'portrait'),
    );
    await expectVideo(result.video, 720, 1280, 2);
    expect((await lumaStats(result.video, 1)).std).toBeGreaterThan(8);
  });

  it('renders 1:1 with a looped video background and a temp dir full of special characters', async () => {
    const previous = process.env.TMPDIR;
    const oddTmp = join(dir, "tmp o'dd:dir,[x];");
    await mkdir(oddTmp);
    process.env.TMPDIR = oddTmp;
    try {
      const result = await renderDraft(
        { width: 720, height: 720, scenes: [{ text: "It's 100% fine: [really], {ok}; \\n %{pts}", seconds: 2.5, background: { kind: 'video', url: clip } }] },
        join(dir, 'square'),
      );
      await expectVideo(result.video, 720, 720, 2.5);
      // The 1 s clip loops: the picture still moves after the first second.
      const [early, late] = await Promise.all([lumaStats(result.video, 0.4), lumaStats(result.video, 2.2)]);
      expect(late.std).toBeGreaterThan(8);
      expect(late).not.toEqual(early);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('replaces an unreadable background or colour with a neutral one and says so', async () => {
    const broken = join(dir, 'broken.png');
    await writeFile(broken, 'not a png');
    const result = await renderDraft(
      {
        width: 480,
        height: 270,
        scenes: [
          { text: '', seconds: 1, background: { kind: 'image', url: join(dir, 'missing.jpg') } },
          { text: '', seconds: 1, background: { kind: 'image', url: broken } },
          { text: 'x', seconds: 1, background: { kind: 'color', color: 'not-a-colour' } },
        ],
      },
      join(dir, 'fallback'),
    );
    expect(result.warnings).toEqual([
      'scene 1: Background image unavailable: missing.jpg (file not found)',
      'scene 2: Background image unavailable: broken.png (not a readable image)',
      'scene 3: Unknown background colour "not-a-colour"',
    ]);
    await expectVideo(result.video, 480, 270, 3);
    const note = await lumaStats(result.video, 0.5);
    expect(note.std).toBeGreaterThan(2); // the note is drawn on the neutral background
  });

  it('downloads http(s) backgrounds and falls back when the server answers with an error', async () => {
    const server = createServer((request, response) => {
      if (!request.url?.startsWith('/photos/harbour.png?')) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'image/png' });
      createReadStream(image).pipe(response);
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await renderDraft(
        {
          width: 640,
          height: 360,
          scenes: [
            { text: '', seconds: 1, background: { kind: 'image', url: `${base}/photos/harbour.png?size=large` } },
            { text: '', seconds: 1, background: { kind: 'image', url: `${base}/photos/missing.jpg` } },
          ],
        },
        join(dir, 'http'),
      );
      expect(result.warnings).toEqual(['scene 2: Background image unavailable: missing.jpg (unreachable: HTTP 404)']);
      expect((await lumaStats(result.video, 0.5)).std).toBeGreaterThan(30); // the colourful test picture
    } finally {
      server.close();
    }
  });

  it('writes nothing and says why, and what to do, when ffmpeg does not run', async () => {
    const out = join(dir, 'no-ffmpeg');
    const spec: DraftSpec = { width: 640, height: 360, scenes: [{ text: 'Hi', seconds: 1, background: { kind: 'color', color: 'teal' } }] };
    const viaEnv = renderDraft(spec, out, { env: { PICTORY_FFMPEG: '/nonexistent/ffmpeg' } });
    await expect(viaEnv).rejects.toThrow(DraftUnavailableError);
    await expect(viaEnv).rejects.toThrow(
      /^No draft video can be made: PICTORY_FFMPEG=\/nonexistent\/ffmpeg does not run as ffmpeg\. To make drafts, fix or unset PICTORY_FFMPEG, or install ffmpeg .*npm install @ffmpeg-installer\/ffmpeg/,
    );
    await expect(renderDraft(spec, out, { ffmpegPath: '/nonexistent/ffmpeg' })).rejects.toMatchObject({
      code: 'DRAFT_UNAVAILABLE',
      reason: 'ffmpeg at /nonexistent/ffmpeg does not run',
    });
    expect(existsSync(out)).toBe(false);
  });

  it('draws the storyboard page of a spec, escaped and self-contained', () => {
    const html = storyboardHtml(
      {
        title: 'Fallback <demo>',
        width: 1080,
        height: 1920,
        scenes: [
          { text: 'Hello <b>world</b> & friends', seconds: 2, background: { kind: 'color', color: 'teal' } },
          { text: '', seconds: 3.5, background: { kind: 'ai', type: 'video', model: 'veo3.1', videoDuration: '6' } },
        ],
      },
      { meta: '9:16', footnote: 'Made <here>' },
    );
    expect(html).toContain('Hello &#60;b&#62;world&#60;/b&#62; &#38; friends');
    expect(html).toContain('Fallback &#60;demo&#62;');
    expect(html).toContain('background:#008080');
    expect(html).toContain('AI VIDEO · veo3.1 · 6s');
    expect(html).toContain('auto prompt');
    expect(html).toContain('2 scenes · 5.5 s · 1080×1920 · 9:16');
    expect(html).toContain('<footer>Made &#60;here&#62;</footer>');
    expect(html).not.toMatch(/<(script|link|img)\b/);
  });

  it('kills ffmpeg and rejects when aborted, leaving no partial files', async () => {
    const out = join(dir, 'aborted');
    const controller = new AbortController();
    const spec: DraftSpec = { width: 1280, height: 720, scenes: [{ text: 'Long', seconds: 120, background: { kind: 'color', color: 'navy' } }] };
    const rendering = renderDraft(spec, out, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 300);
    await expect(rendering).rejects.toThrow('stop');
    expect(await readdir(out)).toEqual([]);
  });

  it('rejects an invalid spec', async () => {
    const scene = { text: '', seconds: 1, background: { kind: 'none' } } as const;
    await expect(renderDraft({ width: 641, height: 360, scenes: [scene] }, join(dir, 'bad'))).rejects.toThrow(/even integers/);
    await expect(renderDraft({ width: 640, height: 360, scenes: [] }, join(dir, 'bad'))).rejects.toThrow(/no scenes/);
    await expect(renderDraft({ width: 640, height: 360, scenes: [{ ...scene, seconds: 0 }] }, join(dir, 'bad'))).rejects.toThrow(
      /scene 1 must last/,
    );
  });
});
