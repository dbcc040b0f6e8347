/**
 * Downloads accept only a whole video and obey the render's deadline: a body cut short without a
 * Content-Length is detected from the MP4's structure and retried; a stalled download ends at --timeout.
 */
import { createServer, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadVideo } from '../../src/runner/download.js';
import { mp4IsComplete } from '../../src/runner/mp4.js';
import { tempDir } from './cli-helpers.js';

function box(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
}
const MP4 = Buffer.concat([box('ftyp', Buffer.from('isom\0\0\x02\0', 'latin1')), box('moov', Buffer.alloc(40, 7)), box('mdat', Buffer.alloc(5000, 9))]);

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves `answers[n]` to the n-th request (the last one after that): chunked, no Content-Length. */
async function serve(answers: Array<'whole' | 'cut' | 'stall'>): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  server = createServer((_req, res) => {
    const answer = answers[Math.min(hits++, answers.length - 1)];
    res.writeHead(200, { 'content-type': 'video/mp4' }); // no content-length: chunked
    if (answer === 'whole') return res.end(MP4);
    if (answer === 'cut') return res.end(MP4.subarray(0, 1200)); // ends cleanly, inside the mdat box
    res.write(MP4.subarray(0, 100)); // then silence
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/video.mp4`, hits: () => hits };
}

describe('downloadVideo', () => {
  it('a body cut short without a Content-Length is detected and retried; the whole one is kept', async () => {
    const { url, hits } = await serve(['cut', 'whole']);
    const dir = await tempDir();
    const dest = join(dir, 'v.mp4');
    const result = await downloadVideo(url, dest, { attempts: 3 });
    expect(hits()).toBe(2);
    expect(result.bytes).toBe(MP4.length);
    expect(await readFile(dest)).toEqual(MP4);
    expect(await mp4IsComplete(dest)).toBe(true);
  });

  it('a body always cut short is never accepted: an error, and no file', async () => {
    const { url } = await serve(['cut']);
    const dir = await tempDir();
    const error = await downloadVideo(url, join(dir, 'v.mp4'), { attempts: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'connection' });
    expect((error as Error).message).toContain('cut short');
    expect(await readdir(dir)).toEqual([]);
  });

  it('a stalled download ends at the deadline with a timeout, however long the idle timeout', async () => {
    const { url } = await serve(['stall']);
    const dir = await tempDir();
    const error = await downloadVideo(url, join(dir, 'v.mp4'), { deadline: Date.now() + 300, idleTimeoutMs: 10 * 60_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'timeout', phase: 'render' });
    expect((error as Error).message).toContain('--timeout');
    expect(await readdir(dir)).toEqual([]);
  }, 60_000);
});
