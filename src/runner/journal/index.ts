/**
 * The render journal (default `.pictory/journal/` in the user's folder): what happened to every request
 * this folder submitted, keyed by the request's hash. It is what makes a re-run safe: a request whose job
 * is known attaches to that job instead of paying for another, and a request being submitted by another
 * process is waited for, never submitted twice.
 *
 * - records (shards.ts): append-only, sharded by request hash, so a lookup reads one small file
 *   whatever the number of past renders;
 * - a job index (also sharded, by job id) says which request a job belongs to, so that recovering an
 *   uncertain submit through the job listing never picks a job this folder already owns;
 * - claims (claims.ts): which process is submitting which attempt right now, exclusive across processes.
 *
 * Records hold the hash, the API base URL (without credentials), the video name and job ids: never a
 * credential or a header. A `.pictory` folder gets a `.gitignore` so it is not committed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Claims } from './claims.js';
import { importLegacy } from './legacy.js';
import { parseRecord, type JournalRecord } from './records.js';
import { Shards } from './shards.js';

export { canonicalJson, requestHash } from './hash.js';
export { claimIsLive, type Claim, type ClaimInfo } from './claims.js';
export type { JournalRecord, JournalState } from './records.js';

/** The default journal folder for a working directory. */
export function defaultJournalPath(cwd: string): string {
  return join(cwd, '.pictory', 'journal');
}

export class Journal {
  readonly records: Shards;
  readonly jobs: Shards;
  readonly claims: Claims;
  #prepared?: Promise<void>;
  #imported?: Promise<void>;

  constructor(readonly dir: string) {
    this.records = new Shards(join(dir, 'records'));
    this.jobs = new Shards(join(dir, 'jobs'));
    this.claims = new Claims(dir);
  }

  /** The latest record for `hash`, if any (torn lines skipped). */
  async latest(hash: string): Promise<JournalRecord | undefined> {
    await this.importOld();
    let found: JournalRecord | undefined;
    for (const line of await this.records.lines(hash)) {
      if (!line.includes(hash)) continue;
      const record = parseRecord(line);
      if (record?.hash === hash) found = record;
    }
    return found;
  }

  /** Appends `record`, flushed to disk before this returns; a job id is also indexed by job. */
  async append(record: Omit<JournalRecord, 'at'>, options: { sync?: boolean } = {}): Promise<void> {
    await this.prepare();
    const full: JournalRecord = { ...record, at: new Date().toISOString() };
    await this.records.append(record.hash, JSON.stringify(full), options.sync);
    if (record.state === 'submitted' && record.jobId) {
      await this.jobs.append(record.jobId, JSON.stringify({ jobId: record.jobId, hash: record.hash }), options.sync);
    }
  }

  /** True when a record of this journal names `jobId` (the job belongs to one of this folder's requests). */
  async ownsJob(jobId: string): Promise<boolean> {
    await this.importOld();
    for (const line of await this.jobs.lines(jobId)) {
      if (!line.includes(jobId)) continue;
      try {
        if ((JSON.parse(line) as { jobId?: unknown }).jobId === jobId) return true;
      } catch {
        // a torn line
      }
    }
    return false;
  }

  /** Imports the single-file journal of earlier versions (`.pictory/journal.jsonl`) once, if there is one. */
  importOld(): Promise<void> {
    this.#imported ??= basename(this.dir) === 'journal' ? importLegacy(`${this.dir}.jsonl`, this.claims, this.records, this.jobs) : Promise.resolve();
    return this.#imported;
  }

  /** Creates the folder on first use, private to the user; `.pictory` gets its `.gitignore`. */
  prepare(): Promise<void> {
    this.#prepared ??= (async () => {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      const parent = dirname(this.dir);
      if (basename(parent) === '.pictory') {
        await writeFile(join(parent, '.gitignore'), '*\n', { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
      }
    })();
    return this.#prepared;
  }
}
