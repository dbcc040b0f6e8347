// Scale-out benchmark: N emulated videos through 1, 2 and 4 worker processes on one real redis-server,
// side by side in one run. Per run: throughput, submits per video (must be exactly 1.000), Redis
// commands per video (INFO commandstats), peak memory per worker, and lost or duplicated videos (must
// be 0). `node bench/queue.mjs [--videos 10000] [--workers 1,2,4] [--concurrency 50]`; needs
// `npm run build` and redis-server on the PATH (skipped, loudly, without it).
process.env.NODE_ENV = 'production';
import { fork, spawn, spawnSync } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const VIDEOS = Number(arg('videos', process.env.QUEUE_BENCH_VIDEOS ?? '10000'));
const WORKER_COUNTS = String(arg('workers', '1,2,4')).split(',').map(Number);
const CONCURRENCY = Number(arg('concurrency', '50'));
const RENDER_MS = 200;

if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log('!!! redis-server not found: the queue benchmark is SKIPPED (apt-get install -y redis-server).');
  process.exit(0);
}

const { jsx } = await import('../dist/jsx-runtime/jsx-runtime.js');
const { compileAll, Video, Scene, AIImageBackground } = await import('../dist/src/index.js');
const { startEmulator } = await import('../dist/src/emulator/index.js');
const { Redis } = await import('ioredis');
// The bundled dist/ keeps only entry points: the producer side loads from the sources (run with `--import tsx`).
const { enqueueBatch } = await import('../src/queue/enqueue.js');
const { followBatch } = await import('../src/queue/follow.js');

console.log(`Compiling ${VIDEOS} videos…`);
const element = Array.from({ length: VIDEOS }, (_, i) =>
  jsx(Video, {
    name: `bench-${i}`,
    aspectRatio: '1:1',
    children: jsx(Scene, { story: `Product ${i} on a white table.`, children: jsx(AIImageBackground, { model: 'flux-schnell' }) }),
  }, String(i)),
);
const videos = compileAll(element);
if (videos.length !== VIDEOS || videos.some((v) => v.diagnostics.some((d) => d.severity === 'error'))) {
  throw new Error(`compiled ${videos.length} videos (expected ${VIDEOS}), or with errors`);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
const totalCalls = (info) => [...info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);

async function run(workerCount) {
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  while (!(await accepts(port))) await new Promise((r) => setTimeout(r, 50));
  const url = `redis://127.0.0.1:${port}`;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const emu = await startEmulator({ draftVideos: false, timing: { renderMs: RENDER_MS, previewMs: RENDER_MS }, aiCredits: 1e9 });
  const workers = [];
  try {
    for (let i = 0; i < workerCount; i++) {
      const child = fork(fileURLToPath(new URL('./queue-worker.mjs', import.meta.url)), [url, String(CONCURRENCY)], {
        env: { ...process.env, PICTORY_API_KEY: 'pictai_bench', PICTORY_API_URL: emu.url },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      await new Promise((resolve, reject) => {
        child.once('message', resolve);
        child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
      workers.push(child);
    }
    await redis.config('RESETSTAT');
    const started = performance.now();
    const { batchId } = await enqueueBatch(redis, videos);
    const outcomes = await followBatch(redis, batchId, videos.length);
    const seconds = (performance.now() - started) / 1000;
    const calls = totalCalls(await redis.info('commandstats'));
    const stats = await Promise.all(
      workers.map(
        (child) =>
          new Promise((resolve) => {
            child.once('message', resolve);
            child.send({ type: 'stop' });
          }),
      ),
    );
    const perName = new Map();
    for (const entry of emu.ledger) perName.set(entry.body.videoName, (perName.get(entry.body.videoName) ?? 0) + 1);
    const completed = [...outcomes.values()].filter((o) => o.status === 'completed').length;
    return {
      workers: workerCount,
      seconds,
      throughput: videos.length / seconds,
      submitsPerVideo: emu.ledger.length / videos.length,
      redisPerVideo: calls / videos.length,
      pollsPerVideo: stats.reduce((s, m) => s + m.stats.polls, 0) / videos.length,
      peakRssMb: Math.max(...stats.map((m) => m.maxRssKb / 1024)),
      lost: videos.length - completed,
      duplicated: [...perName.values()].filter((n) => n > 1).length,
    };
  } finally {
    for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
    redis.disconnect();
    await emu.close();
    server.kill('SIGKILL');
  }
}

const rows = [];
for (const count of WORKER_COUNTS) {
  console.log(`Running ${VIDEOS} videos through ${count} worker process${count === 1 ? '' : 'es'} (concurrency ${CONCURRENCY} each, emulator renders ${RENDER_MS} ms)…`);
  rows.push(await run(count));
}
const base = rows[0].throughput;
console.log(`\n${VIDEOS} videos, emulator render ${RENDER_MS} ms, concurrency ${CONCURRENCY} per worker, on ${(await import('node:os')).cpus().length} CPU cores`);
console.log('| workers | seconds | videos/s | vs 1 worker | submits/video | Redis cmds/video | polls/video | peak RSS/worker | lost | duplicated |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.workers} | ${r.seconds.toFixed(1)} | ${r.throughput.toFixed(0)} | ${(r.throughput / base).toFixed(2)}× | ${r.submitsPerVideo.toFixed(3)} | ` +
      `${r.redisPerVideo.toFixed(1)} | ${r.pollsPerVideo.toFixed(2)} | ${r.peakRssMb.toFixed(0)} MB | ${r.lost} | ${r.duplicated} |`,
  );
}
const bad = rows.filter((r) => r.lost !== 0 || r.duplicated !== 0 || r.submitsPerVideo !== 1);
if (bad.length) {
  console.log('FAILED: lost or duplicated videos, or submits per video other than 1.000');
  process.exitCode = 1;
}
