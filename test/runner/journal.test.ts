import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, claimIsLive, Journal, requestHash } from '../../src/runner/journal/index.js';

let dir: string | undefined;
afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

const H1 = 'a1'.repeat(32);
const H2 = 'a1a1'.padEnd(64, 'f'); // the same shard as H1
const base = { endpoint: 'POST /x', api: 'http://a', videoName: 'v' };

describe('journal', () => {
  it('hashes requests by content, not key order, and by API and endpoint', () => {
    const a = { videoName: 'v', scenes: [{ story: 's', background: { color: '#000', type: 'image' } }] };
    const b = { scenes: [{ background: { type: 'image', color: '#000' }, story: 's' }], videoName: 'v' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    const api = 'https://api.pictory.ai/pictoryapis';
    expect(requestHash(api, 'POST /x', a)).toBe(requestHash(api, 'POST /x', b));
    expect(requestHash(api, 'POST /x', a)).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash(api, 'POST /y', a)).not.toBe(requestHash(api, 'POST /x', a));
    expect(requestHash('http://127.0.0.1:1/pictoryapis', 'POST /x', a)).not.toBe(requestHash(api, 'POST /x', a));
    expect(requestHash(api, 'POST /x', { ...a, videoName: 'w' })).not.toBe(requestHash(api, 'POST /x', a));
  });

  it('returns the latest record of a hash; a torn last line loses nothing written before it, nor after it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pictory-journal-'));
    const journal = new Journal(join(dir, 'journal'));
    expect(await journal.latest(H1)).toBeUndefined();
    await journal.append({ ...base, hash: H1, state: 'uncertain', attempt: 1 });
    await journal.append({ ...base, hash: H2, state: 'refused', attempt: 1 });
    await journal.append({ ...base, hash: H1, state: 'submitted', attempt: 1, jobId: 'job-1' });
    // A full disk cut the next write short.
    await appendFile(journal.records.file(H1), `{"hash":"${H1}","state":"comp`);
    expect(await journal.latest(H1)).toMatchObject({ state: 'submitted', jobId: 'job-1', at: expect.any(String) });
    expect(await journal.latest(H2)).toMatchObject({ state: 'refused' });
    // The next record starts on its own line, so it is not lost either.
    await journal.append({ ...base, hash: H1, state: 'completed', attempt: 1, jobId: 'job-1' });
    expect(await journal.latest(H1)).toMatchObject({ state: 'completed', jobId: 'job-1' });
    expect(await journal.ownsJob('job-1')).toBe(true);
    expect(await journal.ownsJob('job-2')).toBe(false);
    expect(await readFile(journal.records.file(H1), 'utf8')).toContain('"comp\n{');
  });

  it('a claim is exclusive: of 20 concurrent takers exactly one wins; released, it can be taken again', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pictory-journal-'));
    const journal = new Journal(join(dir, 'journal'));
    const claims = await Promise.all(Array.from({ length: 20 }, () => journal.claims.take(H1, 1, 'v')));
    const won = claims.filter(Boolean);
    expect(won).toHaveLength(1);
    const held = await journal.claims.read(H1, 1);
    expect(held?.info).toMatchObject({ pid: process.pid, videoName: 'v' });
    expect(claimIsLive(held!)).toBe(true);
    await journal.claims.release(won[0]!);
    expect(await journal.claims.read(H1, 1)).toBeUndefined();
    expect(await journal.claims.take(H1, 1, 'v')).toBeDefined();
  });

  it('a claim of a process that no longer exists is not live', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pictory-journal-'));
    const journal = new Journal(join(dir, 'journal'));
    const claim = (await journal.claims.take(H1, 1, 'v'))!;
    await journal.claims.update(claim, { pid: 2 ** 22 + 12345 }); // above Linux's pid_max
    expect(claimIsLive((await journal.claims.read(H1, 1))!)).toBe(false);
    await journal.claims.update(claim, { pid: process.pid, at: new Date(Date.now() - 3_600_000).toISOString() });
    expect(claimIsLive((await journal.claims.read(H1, 1))!)).toBe(false);
  });
});

describe('the single-file journal of earlier versions', () => {
  it('is imported once: its jobs are attached to, an old submitting is uncertain, the file is set aside', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pictory-journal-'));
    const old = [
      { ...base, hash: H1, state: 'submitting', at: '2026-01-01T00:00:00.000Z' },
      { ...base, hash: H1, state: 'submitted', jobId: 'job-1', at: '2026-01-01T00:00:01.000Z' },
      { ...base, hash: H2, state: 'submitting', at: '2026-01-01T00:00:02.000Z' },
    ];
    await appendFile(join(dir, 'journal.jsonl'), `${old.map((r) => JSON.stringify(r)).join('\n')}\n{"hash":"torn`);
    const journals = [new Journal(join(dir, 'journal')), new Journal(join(dir, 'journal'))];
    const [a, b] = await Promise.all(journals.map((j) => j.latest(H1)));
    expect(a).toMatchObject({ state: 'submitted', jobId: 'job-1' });
    expect(b).toMatchObject({ state: 'submitted', jobId: 'job-1' });
    expect(await journals[0]!.latest(H2)).toMatchObject({ state: 'uncertain' });
    expect(await journals[0]!.ownsJob('job-1')).toBe(true);
    expect(await readFile(join(dir, 'journal.jsonl.imported'), 'utf8')).toContain('job-1');
    await expect(readFile(join(dir, 'journal.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
