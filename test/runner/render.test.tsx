import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AIVideoBackground, Scene, Video } from 'pictory-jsx';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, TimeoutError, ValidationError } from '../../src/client/errors.js';
import { BudgetExceededError, JobFailedError, UncertainSubmitError } from '../../src/runner/errors.js';
import { downloadVideo } from '../../src/runner/download.js';
import { render, type RenderEvent, type RenderOptions } from '../../src/runner/render.js';
import { client, controlledClock, emulator, requestsTo } from '../client/helpers.js';

const FAST_POLL = { initialMs: 50, factor: 1.5, maxMs: 150, blindMaxMs: 150, minMs: 20, settleMs: 10 };

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pictory-runner-'));
  dirs.push(dir);
  return dir;
}

/** 120 credits: one 6-second veo3.1 clip. */
const video = (name = 'runner-test') => (
  <Video name={name} aspectRatio="16:9">
    <Scene story="A lighthouse at dusk.">
      <AIVideoBackground model="veo3.1" duration="6s" />
    </Scene>
  </Video>
);

/** The states journalled in `cwd` (the tests render one request per folder), in order. */
async function journalStates(cwd: string): Promise<string[]> {
  const root = join(cwd, '.pictory', 'journal', 'records');
  const states: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
    for (const line of text.split('\n').filter(Boolean)) states.push((JSON.parse(line) as { state: string }).state);
  }
  return states;
}

describe('render()', () => {
  it('compiles, submits, polls and reports the job with credits used beside the estimate', async () => {
    // Long enough that the first poll (50 ms after the submit) finds it in progress even on a busy machine.
    const emu = await emulator({ timing: { renderMs: 3_000 } });
    const cwd = await tempDir();
    const events: RenderEvent['type'][] = [];
    const result = await render(video(), { client: client(emu), cwd, poll: FAST_POLL, onEvent: (e) => events.push(e.type) });
    expect(result).toMatchObject({ videoName: 'runner-test', preview: false, resumed: false, estimatedCredits: 120, estimateExact: true, aiCreditsUsed: 120 });
    expect(result.jobId).toBe(emu.ledger[0]!.jobId);
    expect(result.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect(result.thumbnail).toBeTruthy();
    expect(result.duration).toBeGreaterThan(0);
    expect(events[0]).toBe('estimate');
    expect(events).toContain('submitted');
    expect(events).toContain('progress');
    expect(await journalStates(cwd)).toEqual(['submitted', 'completed']);
    expect(await readFile(join(cwd, '.pictory', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('makes a storyboard preview with preview: true', async () => {
    const emu = await emulator({ timing: { previewMs: 200 } });
    const result = await render(video(), { client: client(emu), journal: false, poll: FAST_POLL, preview: true });
    expect(result.preview).toBe(true);
    expect(result.previewUrl).toBeTruthy();
    expect(result.videoUrl).toBeUndefined();
    expect(emu.ledger.map((j) => j.kind)).toEqual(['preview']);
    expect(requestsTo(emu, '/v2/video/storyboard', 'POST')[0]!.path).toBe('/v2/video/storyboard');
  });

  it('reports a failed job with Pictory’s error_code and error_message', async () => {
    const emu = await emulator();
    emu.failNextJob({ error_code: 'TEXT_TO_VIDEO_FAILED', error_message: 'The AI visual could not be generated' });
    const cwd = await tempDir();
    const error = await render(video(), { client: client(emu), cwd, poll: FAST_POLL }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ errorCode: 'TEXT_TO_VIDEO_FAILED', errorMessage: 'The AI visual could not be generated', jobId: emu.ledger[0]!.jobId });
    expect((error as Error).message).toContain('TEXT_TO_VIDEO_FAILED: The AI visual could not be generated');
    expect(await journalStates(cwd)).toEqual(['submitted', 'failed']);
  });

  it('refuses over budget before any network call: zero requests, no journal, no emulator started', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const events: RenderEvent[] = [];
    const error = await render(video(), { client: client(emu), cwd, maxCredits: 119.99 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ estimatedCredits: 120, maxCredits: 119.99 });
    expect((error as Error).message).toMatch(/Estimated 120 AI credits.*119\.99.*nothing was sent/);
    expect(emu.requests).toHaveLength(0);
    expect(await readdir(cwd)).toEqual([]);
    await expect(render(video(), { env: {}, cwd, maxCredits: 1, onEvent: (e) => events.push(e) })).rejects.toBeInstanceOf(BudgetExceededError);
    expect(events.map((e) => e.type)).toEqual(['estimate']);
  });

  it('refuses an invalid video with the compiler’s diagnostics: zero requests', async () => {
    const emu = await emulator();
    const invalid = (
      <Video name="bad">
        <Scene story="x">
          {/* @ts-expect-error: veo3.1 has no 5s clip */}
          <AIVideoBackground model="veo3.1" duration="5s" />
        </Scene>
      </Video>
    );
    const error = await render(invalid, { client: client(emu), journal: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect((error as Error).message).toMatch(/nothing was sent[\s\S]*render\.test\.tsx:\d+:\d+/);
    expect(emu.requests).toHaveLength(0);
  });

  it('times out waiting, naming the job; the next run resumes it without a new submit', async () => {
    const emu = await emulator({ timing: { renderMs: 1_200 } });
    const c = client(emu);
    const options: RenderOptions = { client: c, cwd: await tempDir(), poll: FAST_POLL };
    // The wait runs on a controlled clock: the deadline comes after 300 ms of (virtual) waiting, however busy the machine.
    const clock = controlledClock(Date.now(), { sleepsAdvance: true });
    const error = await render(video(), { ...options, timeoutMs: 300, clock }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'render', jobId: emu.ledger[0]!.jobId });
    const result = await render(video(), options);
    expect(result).toMatchObject({ resumed: true, jobId: emu.ledger[0]!.jobId });
    expect(emu.ledger).toHaveLength(1);
  });

  it('after Ctrl-C (abort) mid-poll, the same render resumes the journalled job: one submit', async () => {
    const emu = await emulator({ timing: { renderMs: 800 } });
    const c = client(emu);
    const cwd = await tempDir();
    const controller = new AbortController();
    const first = await render(video(), {
      client: c,
      cwd,
      poll: FAST_POLL,
      signal: controller.signal,
      onEvent: (e) => e.type === 'submitted' && controller.abort(),
    }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(AbortError);
    expect(first).toMatchObject({ jobId: emu.ledger[0]!.jobId });
    const events: RenderEvent[] = [];
    const result = await render(video(), { client: c, cwd, poll: FAST_POLL, onEvent: (e) => events.push(e) });
    expect(result.resumed).toBe(true);
    expect(events.find((e) => e.type === 'resumed')).toMatchObject({ jobId: result.jobId, state: 'submitted' });
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(emu.ledger).toHaveLength(1);
    // A third run finds it completed and still submits nothing.
    expect((await render(video(), { client: c, cwd, poll: FAST_POLL })).jobId).toBe(result.jobId);
    expect(emu.ledger).toHaveLength(1);
  });

  it('with force, submits anew even though the journal holds the job', async () => {
    const emu = await emulator();
    const c = client(emu);
    const cwd = await tempDir();
    await render(video(), { client: c, cwd, poll: FAST_POLL });
    const again = await render(video(), { client: c, cwd, poll: FAST_POLL, force: true });
    expect(again.resumed).toBe(false);
    expect(emu.ledger).toHaveLength(2);
  });

  it('an uncertain submit whose job exists is found in the job listing on the re-run: attached, never re-billed', async () => {
    const emu = await emulator();
    const c = client(emu);
    const cwd = await tempDir();
    emu.inject({ method: 'POST', path: '/v2/', drop: true, afterHandling: true });
    await expect(render(video(), { client: c, cwd, poll: FAST_POLL })).rejects.toBeInstanceOf(ConnectionError);
    expect(emu.ledger).toHaveLength(1);
    const events: RenderEvent[] = [];
    const result = await render(video(), { client: c, cwd, poll: FAST_POLL, onEvent: (e) => events.push(e) });
    expect(result).toMatchObject({ jobId: emu.ledger[0]!.jobId, resumed: true });
    expect(events.find((e) => e.type === 'resumed')).toMatchObject({ recovered: true });
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    expect(await journalStates(cwd)).toEqual(['uncertain', 'submitted', 'completed']);
  });

  it('an uncertain submit with no job in the listing blocks re-runs (nothing sent) until forced by name', async () => {
    const emu = await emulator();
    const c = client(emu);
    const cwd = await tempDir();
    emu.inject({ method: 'POST', path: '/v2/', drop: true });
    await expect(render(video(), { client: c, cwd, poll: FAST_POLL })).rejects.toBeInstanceOf(ConnectionError);
    const error = await render(video(), { client: c, cwd, poll: FAST_POLL }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UncertainSubmitError);
    expect((error as Error).message).toContain('The job listing shows no job it could have created');
    expect((error as Error).message).toContain('--force "runner-test"');
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
    await render(video(), { client: c, cwd, poll: FAST_POLL, force: true });
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(2);
    expect(emu.ledger).toHaveLength(1);
    expect(await journalStates(cwd)).toEqual(['uncertain', 'abandoned', 'submitted', 'completed']);
  });

  it('a refused submit (429 to the end) leaves the journal free to submit next time', async () => {
    const emu = await emulator();
    const c = client(emu, { maxRetries: 0 });
    const cwd = await tempDir();
    emu.inject({ method: 'POST', path: '/v2/', status: 429, headers: { 'retry-after': '1' } });
    await expect(render(video(), { client: c, cwd, poll: FAST_POLL })).rejects.toMatchObject({ type: 'rate_limit', jobMayExist: false });
    const result = await render(video(), { client: c, cwd, poll: FAST_POLL });
    expect(result.resumed).toBe(false);
    expect(emu.ledger).toHaveLength(1);
    expect(await journalStates(cwd)).toEqual(['refused', 'submitted', 'completed']);
  });

  it('two identical videos rendered at once share one job', async () => {
    const emu = await emulator();
    const c = client(emu);
    const cwd = await tempDir();
    const [a, b] = await Promise.all([render(video(), { client: c, cwd, poll: FAST_POLL }), render(video(), { client: c, cwd, poll: FAST_POLL })]);
    expect(a.jobId).toBe(b.jobId);
    expect(emu.ledger).toHaveLength(1);
  });

  it('downloads the video to out, whole, leaving no temporary file', async () => {
    const emu = await emulator();
    const dir = await tempDir();
    const out = join(dir, 'videos', 'lighthouse.mp4');
    const result = await render(video(), { client: client(emu), journal: false, poll: FAST_POLL, out });
    expect(result.file).toBe(out);
    const direct = await request(result.videoUrl!);
    const expected = Buffer.from(await direct.body.arrayBuffer());
    expect(await readFile(out)).toEqual(expected);
    expect(await readdir(join(dir, 'videos'))).toEqual(['lighthouse.mp4']);
  });

  it('PICTORY_API_URL without credentials is an error, not a silent switch to the emulator', async () => {
    const events: RenderEvent[] = [];
    const error = await render(video(), { env: { PICTORY_API_URL: 'http://127.0.0.1:9/pictoryapis' }, journal: false, onEvent: (e) => events.push(e) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ type: 'authentication' });
    expect((error as Error).message).toContain('PICTORY_API_KEY');
    expect(events.some((e) => e.type === 'emulator')).toBe(false);
  });

  it('without credentials and without emulator: true, a library render refuses (no emulator started)', async () => {
    const events: RenderEvent[] = [];
    const error = await render(video(), { env: {}, journal: false, onEvent: (e) => events.push(e) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'authentication' });
    expect((error as Error).message).toContain('emulator: true');
    expect(events.map((e) => e.type)).toEqual(['estimate']);
  });

  it('with emulator: true and no credentials, starts the embedded emulator, says so, and journals nothing', async () => {
    const cwd = await tempDir();
    const controller = new AbortController();
    const events: RenderEvent[] = [];
    await render(video(), {
      env: {},
      emulator: true,
      cwd,
      signal: controller.signal,
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'submitted') controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(events.find((e) => e.type === 'emulator')).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/pictoryapis$/) });
    expect(events.some((e) => e.type === 'submitted')).toBe(true);
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe('downloadVideo', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server that promises 1000 bytes, sends 400, then cuts the connection. */
  async function truncatingServer(): Promise<string> {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-length': '1000', 'content-type': 'video/mp4' });
      res.write(Buffer.alloc(400, 1), () => res.destroy());
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as { port: number }).port}/video.mp4?signature=SECRET_SIG`;
  }

  it('never leaves half a file: a cut connection keeps the old file and removes the temporary one', async () => {
    const url = await truncatingServer();
    const dir = await tempDir();
    const dest = join(dir, 'out.mp4');
    await writeFile(dest, 'previous video');
    const error = await downloadVideo(url, dest, { attempts: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).not.toContain('SECRET_SIG');
    expect(await readFile(dest, 'utf8')).toBe('previous video');
    expect(await readdir(dir)).toEqual(['out.mp4']);
  });
});

describe('a request that is not JSON', () => {
  it('is refused before anything is sent, by the client and by the runner; the journal records nothing false', async () => {
    const emu = await emulator();
    const c = client(emu);
    const cyclic: Record<string, unknown> = { videoName: 'cyclic', scenes: [{ story: 'x' }] };
    cyclic.webhookData = { self: cyclic };
    const clientError = await c.submitRender(cyclic).catch((e: unknown) => e);
    expect(clientError).toMatchObject({ type: 'validation', jobMayExist: false });
    expect((clientError as Error).message).toContain('cannot be sent as JSON');
    const { renderCompiled } = await import('../../src/runner/render.js');
    const cwd = await tempDir();
    const compiled = { request: cyclic, credits: { total: 0, exact: true, items: [] }, diagnostics: [] } as unknown as Parameters<typeof renderCompiled>[0];
    const runnerError = await renderCompiled(compiled, { client: c, cwd }).catch((e: unknown) => e);
    expect(runnerError).toMatchObject({ type: 'validation' });
    expect(emu.requests).toHaveLength(0);
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe('identical renders in one process', () => {
  it('five at once share one job, with no uncertain submit', async () => {
    const emu = await emulator();
    const c = client(emu);
    const cwd = await tempDir();
    const results = await Promise.all(Array.from({ length: 5 }, () => render(video(), { client: c, cwd, poll: FAST_POLL })));
    expect(new Set(results.map((r) => r.jobId)).size).toBe(1);
    expect(requestsTo(emu, '/v2/', 'POST')).toHaveLength(1);
  });
});
