/**
 * The journal before it was sharded: one `.pictory/journal.jsonl` file. A folder that still has one is
 * imported once, on first use, so that its jobs are still attached to rather than paid for again: the
 * latest record of every request is copied into the shards (an old `submitting` becomes `uncertain`),
 * then the old file is renamed `journal.jsonl.imported`. One process imports; the others wait for it;
 * an import cut short by a crash is simply done again (records are idempotent).
 */
import { createReadStream } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { claimIsLive, type Claims } from './claims.js';
import { parseRecord, type JournalRecord } from './records.js';
import type { Shards } from './shards.js';

const LOCK = 'legacy-import';

export async function importLegacy(file: string, claims: Claims, records: Shards, jobs: Shards): Promise<void> {
  for (;;) {
    if (!(await exists(file))) return;
    const lock = await claims.take(LOCK, 0, '');
    if (!lock) {
      const held = await claims.read(LOCK, 0);
      if (held && !claimIsLive(held)) await claims.release(held);
      else await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    try {
      if (!(await exists(file))) return;
      const latest = new Map<string, JournalRecord>();
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        const record = parseRecord(line);
        if (record) latest.set(record.hash, record);
      }
      for (const record of latest.values()) {
        const state = (record.state as string) === 'submitting' ? 'uncertain' : record.state;
        await records.append(record.hash, JSON.stringify({ ...record, state }), false);
        if (record.jobId) await jobs.append(record.jobId, JSON.stringify({ jobId: record.jobId, hash: record.hash }), false);
      }
      await rename(file, `${file}.imported`);
      return;
    } finally {
      await claims.release(lock);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
