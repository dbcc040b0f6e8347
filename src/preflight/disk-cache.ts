/**
 * The short-lived disk copy of an account's catalogs, so that several commands in a row (render, then
 * render again after a fix) ask Pictory once: `<cwd>/.pictory/catalogs/<key>.json`, valid for
 * {@link DISK_TTL_MS}. The key is a digest of the API URL and the account's identity (never a secret:
 * the API key is hashed before use, and the file holds only catalog names and ids). The AI-credit balance
 * is never stored, since it changes with every render.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { credentialsFromEnv } from '../client/auth.js';

/** How long a saved catalog is trusted: long enough for a burst of commands, short enough to see edits soon. */
export const DISK_TTL_MS = 5 * 60_000;

export interface DiskCache {
  read(name: string): Promise<unknown | undefined>;
  write(name: string, value: unknown): Promise<void>;
}

/**
 * The account's cache file for the client at `baseUrl`, or undefined when `env` holds no credentials or
 * points elsewhere (the embedded emulator, a client built by hand: nothing to key the file on).
 */
export function diskCacheFor(baseUrl: string, env: NodeJS.ProcessEnv, cwd: string, now: () => number = Date.now): DiskCache | undefined {
  const credentials = credentialsFromEnv(env);
  const envUrl = (env.PICTORY_API_URL ?? 'https://api.pictory.ai/pictoryapis').replace(/\/+$/, '');
  if (!credentials || envUrl !== baseUrl) return undefined;
  const identity = 'apiKey' in credentials ? `key:${credentials.apiKey}` : `client:${credentials.clientId}`;
  const key = createHash('sha256').update(`pictory-jsx catalogs\n${baseUrl}\n${identity}`).digest('hex').slice(0, 24);
  return new FileCache(join(cwd, '.pictory', 'catalogs'), key, now);
}

interface Saved {
  savedAt: number;
  entries: Record<string, unknown>;
}

class FileCache implements DiskCache {
  private loaded?: Promise<Saved>;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly key: string,
    private readonly now: () => number,
  ) {}

  private get file(): string {
    return join(this.dir, `${this.key}.json`);
  }

  private load(): Promise<Saved> {
    this.loaded ??= readFile(this.file, 'utf8')
      .then((text) => JSON.parse(text) as Saved)
      .then((saved) => (this.now() - saved.savedAt < DISK_TTL_MS && saved.entries ? saved : fresh(this.now())))
      .catch(() => fresh(this.now()));
    return this.loaded;
  }

  async read(name: string): Promise<unknown | undefined> {
    const saved = await this.load();
    return Object.hasOwn(saved.entries, name) ? saved.entries[name] : undefined;
  }

  /** Adds one catalog; writes atomically (temp file, rename) and drops other expired files. Never throws. */
  write(name: string, value: unknown): Promise<void> {
    this.writing = this.writing.then(async () => {
      try {
        const saved = await this.load();
        saved.entries[name] = value;
        await mkdir(this.dir, { recursive: true });
        const temp = `${this.file}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(saved));
        await rename(temp, this.file);
        await this.prune();
      } catch {
        // A cache that cannot be written only costs a request next time.
      }
    });
    return this.writing;
  }

  private async prune(): Promise<void> {
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith('.json') || name === `${this.key}.json`) continue;
      const file = join(this.dir, name);
      const { mtimeMs } = await stat(file);
      if (this.now() - mtimeMs > DISK_TTL_MS) await rm(file, { force: true });
    }
  }
}

const fresh = (now: number): Saved => ({ savedAt: now, entries: {} });
