/**
 * The draft cache: the embedded emulator's draft videos kept by request, so that re-running an unchanged
 * batch copies the drafts it already made instead of making them again. A draft is keyed by the hash of
 * its request body (not the emulator's address, which changes with every run): the same request makes the
 * same draft. Each entry is `<hash>.mp4` plus `<hash>.json`, the render result it came with.
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { requestHash } from './journal/hash.js';
import type { RenderResult } from './render.js';

/** The default cache folder of a project. */
export function defaultDraftCachePath(cwd: string): string {
  return join(cwd, '.pictory', 'drafts');
}

/** The cache key of one draft request. */
export function draftKey(endpoint: string, body: unknown): string {
  return requestHash('draft', endpoint, body);
}

type Stored = Omit<RenderResult, 'file'>;

export class DraftCache {
  constructor(readonly dir: string) {}

  /** Copies the cached draft of `key` to `dest` and returns its result, or undefined when there is none. */
  async restore(key: string, dest: string): Promise<RenderResult | undefined> {
    let stored: Stored;
    try {
      stored = JSON.parse(await readFile(join(this.dir, `${key}.json`), 'utf8')) as Stored;
    } catch {
      return undefined;
    }
    const partial = `${dest}.${randomBytes(4).toString('hex')}.part`;
    try {
      await copyFile(join(this.dir, `${key}.mp4`), partial);
      await rename(partial, dest);
    } catch {
      await rm(partial, { force: true });
      return undefined;
    }
    return { ...stored, file: dest, resumed: true };
  }

  /** Keeps `result`'s saved file under `key` (a failure only costs the next run a new draft). */
  async store(key: string, result: RenderResult): Promise<void> {
    if (!result.file) return;
    await mkdir(this.dir, { recursive: true });
    const tag = randomBytes(4).toString('hex');
    const video = join(this.dir, `${key}.mp4`);
    await copyFile(result.file, `${video}.${tag}`);
    await rename(`${video}.${tag}`, video);
    const { file: _file, ...stored } = result;
    // The JSON is written last: an entry counts only once its video is complete.
    await writeFile(`${join(this.dir, key)}.json.${tag}`, JSON.stringify(stored));
    await rename(`${join(this.dir, key)}.json.${tag}`, `${join(this.dir, key)}.json`);
  }
}
