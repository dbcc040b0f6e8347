/**
 * Drafts on demand: a video's request goes to an embedded emulator (no account, no credits; its drafts made
 * with ffmpeg) and the MP4 is kept under the request's hash, so an unchanged video plays at once. One draft
 * per hash is made at a time; asking again while it renders joins the same render.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type PictoryClient } from '../client/client.js';
import type { Emulator } from '../emulator/types.js';
import { startEmulator } from '../emulator/index.js';

export type DraftState = { state: 'rendering' } | { state: 'ready'; file: string; ms: number } | { state: 'failed'; message: string };

const POLL_MS = 250;

export class DraftStore {
  private readonly drafts = new Map<string, DraftState>();
  private readonly pending = new Map<string, Promise<DraftState>>();
  private backend: Promise<{ emulator: Emulator; client: PictoryClient; folder: string }> | undefined;

  constructor(private readonly log: (line: string) => void = () => {}) {}

  state(hash: string): DraftState | undefined {
    return this.drafts.get(hash);
  }

  /** Start (or join) the draft of this request. */
  render(hash: string, request: object): Promise<DraftState> {
    const done = this.drafts.get(hash);
    if (done && done.state === 'ready') return Promise.resolve(done);
    let job = this.pending.get(hash);
    if (!job) {
      this.drafts.set(hash, { state: 'rendering' });
      job = this.make(hash, request).then(
        (state) => state,
        (error: unknown) => ({ state: 'failed', message: error instanceof Error ? error.message : String(error) }) as DraftState,
      );
      job.then((state) => {
        this.drafts.set(hash, state);
        this.pending.delete(hash);
      });
      this.pending.set(hash, job);
    }
    return job;
  }

  async close(): Promise<void> {
    const backend = await this.backend?.catch(() => undefined);
    if (!backend) return;
    await backend.client.close();
    await backend.emulator.close();
    await rm(backend.folder, { recursive: true, force: true });
  }

  private start() {
    this.backend ??= (async () => {
      const emulator = await startEmulator({ draftVideos: 'required', timing: { previewMs: 0, renderMs: 0 }, log: this.log });
      // The embedded emulator accepts any `pictai_` key; this one is made up and never leaves the machine.
      const client = createClient({ baseUrl: emulator.url, apiKey: 'pictai_studio_local', env: {} });
      const folder = await mkdtemp(path.join(tmpdir(), 'pictory-studio-'));
      return { emulator, client, folder };
    })();
    return this.backend;
  }

  private async make(hash: string, request: object): Promise<DraftState> {
    const started = performance.now();
    const { client, folder } = await this.start();
    const { jobId } = await client.submitRender(request);
    for (;;) {
      const job = await client.getJob(jobId);
      if (job.status === 'failed') return { state: 'failed', message: `${job.errorCode}: ${job.errorMessage}` };
      if (job.status === 'cleaned') return { state: 'failed', message: 'the draft was cleaned before it could be read' };
      if (job.status === 'completed') {
        if (!job.videoUrl) return { state: 'failed', message: 'the draft job finished without a video' };
        const response = await fetch(job.videoUrl);
        if (!response.ok) return { state: 'failed', message: `the draft could not be read (HTTP ${response.status})` };
        const file = path.join(folder, `${hash}.mp4`);
        await writeFile(file, Buffer.from(await response.arrayBuffer()));
        return { state: 'ready', file, ms: performance.now() - started };
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
