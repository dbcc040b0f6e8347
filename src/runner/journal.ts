/**
 * The render journal: an append-only JSON-lines file (default `.pictory/journal.jsonl` in the user's
 * folder) that maps the hash of a submitted request to the job it created.
 *
 * It is what makes a re-run safe: the runner records `submitting` before the POST and `submitted` with
 * the job id right after (both before any polling), so after a crash or Ctrl-C the same render attaches
 * to the job instead of paying for a second one. The last record for a hash is its state.
 *
 * Records hold the hash, the API base URL, the video name and job ids: never a credential or a header.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * - `submitting`: the POST was (about to be) sent and its outcome is unknown.
 * - `refused`: the POST failed in a way that proves no job was created; submitting again is safe.
 * - `submitted`: Pictory answered with `jobId`.
 * - `completed` / `failed`: the job's final state.
 */
export type JournalState = 'submitting' | 'refused' | 'submitted' | 'completed' | 'failed';

export interface JournalRecord {
  /** {@link requestHash} of the request. */
  hash: string;
  state: JournalState;
  jobId?: string;
  /** `METHOD path` of the submit. */
  endpoint: string;
  /** API base URL the job lives on. */
  api: string;
  videoName: string;
  /** ISO time the record was written. */
  at: string;
}

/** The default journal file for a working directory. */
export function defaultJournalPath(cwd: string): string {
  return join(cwd, '.pictory', 'journal.jsonl');
}

/**
 * sha256 (hex) of the canonical JSON of `{ api, endpoint, body }`: the same video sent to the same
 * endpoint of the same API has the same hash whatever the key order of its body.
 */
export function requestHash(api: string, endpoint: string, body: unknown): string {
  return createHash('sha256').update(canonicalJson({ api, endpoint, body })).digest('hex');
}

/** JSON with object keys sorted at every level (undefined members dropped, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Reads and appends journal records. */
export class Journal {
  constructor(readonly file: string) {}

  /** The latest record for `hash`, if any. Lines that do not parse (a torn write) are skipped. */
  async latest(hash: string): Promise<JournalRecord | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let found: JournalRecord | undefined;
    for (const line of text.split('\n')) {
      const record = parseRecord(line);
      if (record?.hash === hash) found = record;
    }
    return found;
  }

  /**
   * Appends `record` and flushes it to disk before returning, so that it survives a crash right after.
   * Creates the folder on first use; a `.pictory` folder gets a `.gitignore` so it is not committed.
   */
  async append(record: Omit<JournalRecord, 'at'>): Promise<void> {
    const dir = dirname(this.file);
    await mkdir(dir, { recursive: true });
    if (basename(dir) === '.pictory') {
      await writeFile(join(dir, '.gitignore'), '*\n', { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    }
    const handle = await open(this.file, 'a');
    try {
      await handle.write(`${JSON.stringify({ ...record, at: new Date().toISOString() })}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }
}

function parseRecord(line: string): JournalRecord | undefined {
  if (line.trim() === '') return undefined;
  try {
    const value = JSON.parse(line) as Partial<JournalRecord>;
    return typeof value.hash === 'string' && typeof value.state === 'string' ? (value as JournalRecord) : undefined;
  } catch {
    return undefined;
  }
}
