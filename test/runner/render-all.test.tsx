/**
 * renderAll(): the batch runner for library callers, against the emulator over loopback HTTP (and the
 * embedded emulator for the draft cache).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColorBackground, Scene, Video } from 'pictory-jsx';
import { afterEach, describe, expect, it } from 'vitest';
import { BudgetExceededError } from '../../src/runner/errors.js';
import { renderAll, type BatchEvent } from '../../src/runner/render-all.js';
import { renderAll as fromRoot } from '../../src/index.js';
import { client, emulator } from '../client/helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pictory-all-'));
  dirs.push(dir);
  return dir;
}

const videos = (n: number, label = 'clip') =>
  Array.from({ length: n }, (_, i) => (
    <Video name={`${label}-${i + 1}`}>
      <Scene story={`Scene of ${label} ${i + 1}.`}>
        <ColorBackground color="#112233" />
      </Scene>
    </Video>
  ));

const NO_CREDENTIALS = { PICTORY_API_KEY: undefined, PICTORY_CLIENT_ID: undefined, PICTORY_CLIENT_SECRET: undefined, PICTORY_API_URL: undefined };

describe('renderAll', () => {
  it('is exported from the package root', () => {
    expect(fromRoot).toBeTypeOf('function');
  });

  it('renders every video to a folder, at most `concurrency` at once, with events', async () => {
    const emu = await emulator({ timing: { renderMs: 200 } });
    const out = await temp();
    const events: BatchEvent[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const result = await renderAll(videos(5), {
      client: client(emu),
      poll: { initialMs: 50, minMs: 20, maxMs: 100, blindMaxMs: 100 },
      concurrency: 2,
      out,
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'started') maxInFlight = Math.max(maxInFlight, ++inFlight);
        if (e.type === 'done' || e.type === 'failed') inFlight -= 1;
      },
    });
    expect(result.done).toBe(5);
    expect(result.failed).toBe(0);
    expect(maxInFlight).toBe(2);
    expect(emu.ledger).toHaveLength(5);
    expect((await readdir(out)).sort()).toEqual(['clip-1.mp4', 'clip-2.mp4', 'clip-3.mp4', 'clip-4.mp4', 'clip-5.mp4']);
    expect(result.outcomes.map((o) => o.status)).toEqual(Array(5).fill('rendered'));
    expect(events[0]).toMatchObject({ type: 'batch', total: 5, estimatedCredits: 0 });
    expect(events.filter((e) => e.type === 'done')).toHaveLength(5);
  });

  it('refuses the whole batch over maxCredits before anything is sent', async () => {
    const emu = await emulator();
    await expect(
      renderAll(videos(3), { client: client(emu), maxCredits: -1 }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(emu.requests).toHaveLength(0);
  });

  it('one failed video does not stop the others', async () => {
    const emu = await emulator();
    emu.failNextJob({ error_code: 'BROKEN', error_message: 'this one broke' });
    const result = await renderAll(videos(3), { client: client(emu), concurrency: 1, poll: { initialMs: 50, minMs: 20, maxMs: 100, blindMaxMs: 100 } });
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed', 'rendered', 'rendered']);
    expect(String((result.outcomes[0]!.error as Error).message)).toContain('BROKEN');
  });

  it('skipExisting leaves a video whose file exists alone', async () => {
    const emu = await emulator();
    const out = await temp();
    await writeFile(join(out, 'clip-1.mp4'), 'mine');
    const result = await renderAll(videos(2), { client: client(emu), out, skipExisting: true, poll: { initialMs: 50, minMs: 20, maxMs: 100, blindMaxMs: 100 } });
    expect(result.outcomes.map((o) => o.status)).toEqual(['skipped', 'rendered']);
    expect(await readFile(join(out, 'clip-1.mp4'), 'utf8')).toBe('mine');
    expect(emu.ledger).toHaveLength(1);
  });

  it('with the embedded emulator, a re-run of the same videos copies their drafts from the cache', async () => {
    const cwd = await temp();
    const out = join(cwd, 'out');
    const first = await renderAll(videos(2, 'draft'), { emulator: true, env: NO_CREDENTIALS, cwd, out });
    expect(first.emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(first.outcomes.map((o) => o.status)).toEqual(['rendered', 'rendered']);
    const bytes = await readFile(join(out, 'draft-1.mp4'));
    expect(bytes.subarray(4, 8).toString()).toBe('ftyp'); // a real MP4
    await rm(out, { recursive: true });

    const second = await renderAll(videos(2, 'draft'), { emulator: true, env: NO_CREDENTIALS, cwd, out });
    expect(second.outcomes.map((o) => o.status)).toEqual(['cached', 'cached']);
    expect((await readFile(join(out, 'draft-1.mp4'))).equals(bytes)).toBe(true);
    expect(second.outcomes[0]!.result?.videoName).toBe('draft-1');

    // A changed video is drafted anew; the unchanged one still comes from the cache.
    const changed = [videos(1, 'draft')[0], videos(2, 'other')[1]];
    const third = await renderAll(changed, { emulator: true, env: NO_CREDENTIALS, cwd, out });
    expect(third.outcomes.map((o) => o.status)).toEqual(['cached', 'rendered']);
  }, 120_000);
});
