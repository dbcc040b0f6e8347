/**
 * Two independent readings of Pictory's pricing agree: for every video of every file under examples/
 * (seeds included), the compiler's credit estimate equals the `aiCreditsUsed` the emulator charges for the
 * compiled request, sent over HTTP. (The emulator never imports the compiler; only this test sees both.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFile } from '../../src/cli/compile-file.js';
import type { Emulator } from '../../src/emulator/index.js';
import { FAST, start, submit, waitForJob } from './helpers.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Every `.tsx` under examples/, relative, with `/` separators. */
function exampleFiles(dir = EXAMPLES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return exampleFiles(full);
    return entry.name.endsWith('.tsx') ? [path.relative(EXAMPLES, full).split(path.sep).join('/')] : [];
  });
}

let emu: Emulator;
beforeAll(async () => {
  emu = await start({ ...FAST, aiCredits: 1_000_000 });
});
afterAll(() => emu.close());

describe("the compiler's estimate equals the emulator's charge", () => {
  const files = exampleFiles().sort();

  it('covers the seeds and the examples', () => {
    expect(files.filter((f) => f.startsWith('seeds/')).length).toBeGreaterThanOrEqual(10);
    expect(files.length).toBeGreaterThan(files.filter((f) => f.startsWith('seeds/')).length);
  });

  it.each(files)('%s', async (file) => {
    const full = path.join(EXAMPLES, file);
    // A file without a default export is a library of components (e.g. a brand kit), not a video.
    if (!('default' in ((await import(full)) as object))) return;
    const { results, failed } = await compileFile(full, new PassThrough());
    expect(failed).toBe(false);
    for (const result of results) {
      const jobId = await submit(emu, '/v2/video/storyboard/render', result.request);
      const job = (await waitForJob(emu, jobId)).json;
      expect(job.data.status, JSON.stringify(job)).toBe('completed');
      expect(job.data.aiCreditsUsed ?? 0, `${file}: ${result.request.videoName}`).toBe(result.credits.total);
    }
  });
});
