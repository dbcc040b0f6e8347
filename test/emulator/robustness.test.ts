/**
 * Bad input never crashes the emulator: Pictory's official examples, each mutated at one random place
 * (a value replaced by one of the wrong type, removed, or an array emptied), always get a 200 or a 400
 * with `fields[]` — never a 500 or a dropped connection — and every accepted one completes. The mutations
 * are seeded, so a failure repeats.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { FAST, call, start, waitForJob } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const examples = [1, 2, 3, 4, 5].map(
  (n) => JSON.parse(readFileSync(new URL(`../fixtures/official/example-${n}.json`, import.meta.url), 'utf8')) as Json,
);

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every path to a value inside `value`. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const children: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

const REPLACEMENTS: Json[] = [null, true, -1, 0, 1.5, 1e9, '', 'x', '150%', 'rgb(999,0,0)', [], [1], {}, { type: 'text' }];

function mutate(body: Json, next: () => number): Json {
  const copy = structuredClone(body);
  const all = paths(copy);
  const path = all[Math.floor(next() * all.length)];
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  const choice = Math.floor(next() * (REPLACEMENTS.length + 1));
  if (choice === REPLACEMENTS.length) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = structuredClone(REPLACEMENTS[choice]);
  }
  return copy;
}

let emu: Emulator;
beforeAll(async () => {
  emu = await start({ ...FAST, aiCredits: 1_000_000 });
});
afterAll(() => emu.close());

describe('mutated official examples', () => {
  it('always answer 200 or a 400 with fields, never 500', async () => {
    const next = random(20261129);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const body = mutate(examples[i % examples.length], next);
      const answer = await call(emu, 'POST', '/v2/video/storyboard', { body });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      expect([200, 400], `${answer.status} for ${JSON.stringify(body).slice(0, 300)}: ${answer.text}`).toContain(answer.status);
      if (answer.status === 400) {
        expect(answer.json.code).toBe('INVALID_REQUEST_BODY');
        expect(answer.json.fields.length).toBeGreaterThan(0);
      }
    }
    // Every accepted body also completes, and its answer (storyboard, renderParams) can be built.
    for (const entry of emu.ledger) {
      const done = await waitForJob(emu, entry.jobId);
      expect(done.status).toBe(200);
      expect(done.json.data.status, done.text).toBe('completed');
    }
    // The mutations exercise both outcomes.
    expect(statuses.get(400)).toBeGreaterThan(100);
    expect(statuses.get(200)).toBeGreaterThan(10);
  });
});
