/**
 * Append-only JSON-lines files sharded by key: the records of key `abcd…` live in `<dir>/ab/cd.jsonl`.
 *
 * A lookup reads one shard, so its time and memory depend on the records of about 1/65 536 of the keys,
 * not on the whole history. Every append is one `write()` of whole lines to a file opened in append mode
 * (atomic between processes on a local file system), then flushed to disk. A torn last line (a crash or
 * a full disk during a write) is skipped by readers, and the next append starts on a fresh line, so a
 * record written before it is never lost.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export class Shards {
  constructor(readonly dir: string) {}

  /** The file holding `key`'s lines. */
  file(key: string): string {
    const k = key.toLowerCase().replace(/[^0-9a-z]/g, '_').padEnd(4, '_');
    return join(this.dir, k.slice(0, 2), `${k.slice(2, 4)}.jsonl`);
  }

  /** Every line of `key`'s shard (other keys' lines included; the caller filters). */
  async lines(key: string): Promise<string[]> {
    try {
      return (await readFile(this.file(key), 'utf8')).split('\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Appends `line` (no newline in it) to `key`'s shard and flushes it to disk unless `sync` is false. */
  async append(key: string, line: string, sync = true): Promise<void> {
    const file = this.file(key);
    await mkdir(join(file, '..'), { recursive: true });
    const handle = await open(file, 'a+');
    try {
      const { size } = await handle.stat();
      let lead = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) lead = '\n'; // a torn line before us: do not glue our record to it
      }
      await handle.write(`${lead}${line}\n`);
      if (sync) await handle.datasync();
    } finally {
      await handle.close();
    }
  }
}
