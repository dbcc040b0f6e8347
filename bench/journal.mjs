// Journal lookups at 1k, 100k and 1M records: time per lookup and memory, for the sharded journal the
// runner uses, beside a scan of one JSON-lines file (the journal before it was sharded) where that is
// still bearable. The lookups run in a fresh process, so its memory is the lookups' alone.
// Run through `npm run bench` (builds first).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundled dist/ keeps only entry points, so the journal loads from the sources (run with `--import tsx`).
const { Journal } = await import('../src/runner/journal/index.js');

const SIZES = [1_000, 100_000, 1_000_000];
const LEGACY_UP_TO = 100_000;
const LOOKUPS = 300;
const SHARDS = 65_536;
const at = new Date().toISOString();

function recordLines(hash) {
  const base = { hash, attempt: 1, endpoint: 'POST /v2/video/storyboard/render', api: 'https://api.pictory.ai/pictoryapis', videoName: `video-${hash.slice(0, 8)}` };
  const jobId = `${hash.slice(0, 8)}-0000-4000-8000-${hash.slice(8, 20)}`;
  return [JSON.stringify({ ...base, state: 'submitted', jobId, at }), JSON.stringify({ ...base, state: 'completed', jobId, at })];
}

/** Two records per render (submitted, completed), hashes spread evenly over the shards. */
async function build(dir, records) {
  const journal = new Journal(join(dir, 'journal'));
  const renders = records / 2;
  const sample = [];
  const legacyFile = records <= LEGACY_UP_TO ? join(dir, 'journal.jsonl') : undefined;
  for (let shard = 0; shard < Math.min(SHARDS, renders); shard++) {
    const prefix = shard.toString(16).padStart(4, '0');
    const count = Math.floor(renders / SHARDS) + (shard < renders % SHARDS ? 1 : 0);
    const lines = [];
    for (let i = 0; i < count; i++) {
      const hash = prefix + randomBytes(30).toString('hex');
      lines.push(...recordLines(hash));
      if (Math.random() < (LOOKUPS * 2) / renders && sample.length < LOOKUPS) sample.push(hash);
    }
    const file = journal.records.file(prefix);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, `${lines.join('\n')}\n`);
    if (legacyFile) await appendFile(legacyFile, `${lines.join('\n')}\n`);
  }
  return { sample, legacyFile };
}

/** In a fresh process: time and memory of looking up every hash of `sample`. */
async function measureChild() {
  const [, , , dir, kind, sampleText] = process.argv;
  const sample = sampleText.split(',');
  const journal = new Journal(join(dir, 'journal'));
  const legacyLatest = async (hash) => {
    let found;
    for (const line of (await readFile(join(dir, 'journal.jsonl'), 'utf8')).split('\n')) {
      if (line && JSON.parse(line).hash === hash) found = line;
    }
    return found;
  };
  const lookup = kind === 'legacy' ? legacyLatest : (h) => journal.latest(h);
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const times = [];
  for (const hash of sample) {
    const t = performance.now();
    if (!(await lookup(hash))) throw new Error(`lookup lost ${hash}`);
    times.push(performance.now() - t);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))];
  process.stdout.write(JSON.stringify({ median, p99, rssMB: peakRss / 1e6, growthMB: (peakRss - rssBefore) / 1e6 }));
}

function measure(dir, kind, sample) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--measure', dir, kind, sample.join(',')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

if (process.argv[2] === '--measure') {
  await measureChild();
} else {
  console.log(`journal lookups: ${LOOKUPS} random existing requests (two records per render), in a fresh process`);
  console.log('records    | sharded: median    p99  peak RSS (growth) | one file, as before: median  peak RSS (growth)');
  for (const records of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'pictory-bench-journal-'));
    try {
      const { sample, legacyFile } = await build(dir, records);
      // The one-file journal first: the sharded journal imports (and so moves) it on its first lookup.
      const old = legacyFile ? measure(dir, 'legacy', sample.slice(0, 20)) : undefined;
      const sharded = measure(dir, 'sharded', sample);
      let legacy = '(not run: reads the whole file on every lookup)';
      if (old) {
        legacy = `${fmt(old.median).padStart(8)}  ${old.rssMB.toFixed(0).padStart(4)} MB (+${old.growthMB.toFixed(0)})  ×${(old.median / sharded.median).toFixed(0)} the sharded time`;
      }
      const mem = `${sharded.rssMB.toFixed(0).padStart(4)} MB (+${sharded.growthMB.toFixed(1)})`;
      console.log(`${records.toLocaleString('en').padEnd(10)} | ${fmt(sharded.median).padStart(14)} ${fmt(sharded.p99).padStart(7)}  ${mem.padStart(16)} | ${legacy}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
