// Orchestration overhead: N emulated videos (1 s jobs, emulator in its own process) rendered through the
// public renderCompiled() at concurrency C, with the journal on (as with real credentials), measured
// side by side in one run:
// - "no prior": an empty journal folder per video, so every job is polled by the blind-start schedule
//   (first poll at 2 s, right for Pictory's minutes-long jobs) — what a first run sees;
// - "journal prior": one journal for the run, so after the first wave every job is polled around the
//   length past jobs of its shape took (src/runner/prior.ts);
// - "poll floor": the schedule told the job length (first poll at 1.05 s, no 1 s minimum between polls):
//   what is left beyond job time once the poll schedule is accounted for.
// Ideal = ceil(N / C) × job length. Memory: heap after a full GC at each quarter of the videos (flat in
// the number of videos means it does not grow with them) and peak RSS.
//   node --expose-gc bench/orchestration.mjs [--videos 1000] [--concurrency 50] [--job-ms 1000]
process.env.NODE_ENV = 'production';
// As the CLI's bin does: 50 videos' journal writes (each flushed to disk) must not queue behind libuv's 4 threads.
process.env.UV_THREADPOOL_SIZE ??= '16';
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i > 0 ? process.argv[i + 1] : fallback);
};
const VIDEOS = arg('videos', process.env.ORCHESTRATION_BENCH_VIDEOS ?? 1000);
const CONCURRENCY = arg('concurrency', 50);
const JOB_MS = arg('job-ms', 1000);
const gc = globalThis.gc ?? (() => {});

const { jsx } = await import('../dist/jsx-runtime/jsx-runtime.js');
const { compileAll, renderCompiled, Video, Scene, AIImageBackground } = await import('../dist/src/index.js');
const { createClient } = await import('../dist/src/client/index.js');

/** Runs `task(0…count-1)`, at most `limit` at once (as the CLI's render command does). */
async function pool(count, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

const videos = compileAll(
  Array.from({ length: VIDEOS }, (_, i) =>
    jsx(Video, {
      name: `orchestration-${i}`,
      aspectRatio: '1:1',
      children: jsx(Scene, { story: `Product ${i} on a white table.`, children: jsx(AIImageBackground, { model: 'flux-schnell' }) }),
    }, String(i)),
  ),
);

async function run(mode) {
  const child = fork(fileURLToPath(new URL('./orchestration-emulator.mjs', import.meta.url)), [String(JOB_MS)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const { url } = await new Promise((resolve) => child.once('message', resolve));
  const client = createClient({ baseUrl: url, apiKey: 'pictai_bench', env: {} });
  const dir = await mkdtemp(join(tmpdir(), 'pictory-orchestration-'));
  // The floor: first poll just after the job's known length, and no 1 s minimum between polls.
  const poll = mode === 'floor' ? { initialMs: JOB_MS + 50, minMs: 50, settleMs: 50 } : undefined;
  const heapAt = [];
  let done = 0;
  let peakRss = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    await pool(videos.length, CONCURRENCY, async (i) => {
      const journal = mode === 'none' ? join(dir, String(i)) : join(dir, 'journal');
      await renderCompiled(videos[i], { client, journal, cwd: dir, preflight: false, poll });
      done += 1;
      if (done % Math.ceil(videos.length / 4) === 0) {
        gc();
        heapAt.push(process.memoryUsage().heapUsed - heapBefore);
      }
    });
  } finally {
    clearInterval(rssTimer);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await client.close();
  const counts = await new Promise((resolve) => {
    child.once('message', resolve);
    child.send({ type: 'stop' });
  });
  await rm(dir, { recursive: true, force: true });
  return { mode, seconds, cpuMsPerVideo: (cpu.user + cpu.system) / 1000 / VIDEOS, requestsPerVideo: (counts.submits + counts.polls) / VIDEOS, submits: counts.submits, heapAt, peakRss };
}

const ideal = (Math.ceil(VIDEOS / CONCURRENCY) * JOB_MS) / 1000;
const rows = [];
for (const mode of ['none', 'prior', 'floor']) {
  console.log(`Rendering ${VIDEOS} videos at concurrency ${CONCURRENCY}, ${JOB_MS} ms jobs (${mode})…`);
  rows.push(await run(mode));
}
const label = { none: 'no prior (first run)', prior: 'journal prior', floor: 'poll floor (first poll at 1.05 s)' };
console.log(`\n${VIDEOS} videos, concurrency ${CONCURRENCY}, ${JOB_MS} ms jobs, emulator in its own process; ideal ${ideal.toFixed(1)} s`);
console.log('| schedule | seconds | × ideal | requests/video | client CPU/video | heap after GC at ¼ ½ ¾ 1 of the videos | peak RSS |');
console.log('|---|---|---|---|---|---|---|');
const mb = (b) => (b / 1048576).toFixed(1);
for (const r of rows) {
  console.log(
    `| ${label[r.mode]} | ${r.seconds.toFixed(1)} | ${(r.seconds / ideal).toFixed(2)}× | ${r.requestsPerVideo.toFixed(2)} | ${r.cpuMsPerVideo.toFixed(2)} ms | ` +
      `${r.heapAt.map(mb).join(' / ')} MB | ${mb(r.peakRss)} MB |`,
  );
}
const prior = rows.find((r) => r.mode === 'prior');
const growth = prior.heapAt.length >= 2 ? (prior.heapAt.at(-1) - prior.heapAt[0]) / (VIDEOS * 0.75) : 0;
console.log(`heap growth per video (journal prior, ¼ → all): ${(growth / 1024).toFixed(2)} KB`);
if (rows.some((r) => r.submits !== VIDEOS)) {
  console.log('FAILED: submits other than one per video');
  process.exitCode = 1;
}
console.log(`BENCH_ROW ${JSON.stringify({ id: 'orchestration', ratio: prior.seconds / ideal, floorRatio: rows[2].seconds / ideal, firstRunRatio: rows[0].seconds / ideal, heapGrowthKbPerVideo: growth / 1024, peakRssMb: prior.peakRss / 1048576 })}`);
