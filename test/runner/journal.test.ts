import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, Journal, requestHash } from '../../src/runner/journal.js';

let dir: string | undefined;
afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

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

  it('returns the latest record of a hash, skipping a torn last line', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pictory-journal-'));
    const journal = new Journal(join(dir, 'sub', 'journal.jsonl'));
    expect(await journal.latest('h1')).toBeUndefined();
    const base = { endpoint: 'POST /x', api: 'http://a', videoName: 'v' };
    await journal.append({ ...base, hash: 'h1', state: 'submitting' });
    await journal.append({ ...base, hash: 'h2', state: 'submitting' });
    await journal.append({ ...base, hash: 'h1', state: 'submitted', jobId: 'job-1' });
    await appendFile(journal.file, '{"hash":"h1","state":"comp');
    expect(await journal.latest('h1')).toMatchObject({ state: 'submitted', jobId: 'job-1', at: expect.any(String) });
    expect(await journal.latest('h2')).toMatchObject({ state: 'submitting' });
    expect((await readFile(journal.file, 'utf8')).split('\n')).toHaveLength(4);
  });
});
