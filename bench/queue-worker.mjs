// One worker process of the queue benchmark (bench/queue.mjs starts 1, 2 or 4 of these). Runs the built
// startWorker() until told to stop over IPC, then reports its counters and its peak resident memory.
process.env.NODE_ENV = 'production';
const { startWorker } = await import('../dist/src/index.js');

const [queue, concurrency] = process.argv.slice(2);
const worker = await startWorker({
  queue,
  concurrency: Number(concurrency),
  env: process.env,
  // The benchmark measures the machinery, not Pictory's limit: the shared rate is set far above it.
  ratePerSecond: 100_000,
  poll: { initialMs: 150, factor: 1.5, minMs: 50, blindMaxMs: 1_000, settleMs: 30 },
});
process.send({ type: 'ready' });
process.on('message', async (message) => {
  if (message.type !== 'stop') return;
  await worker.close();
  process.send({ type: 'stats', stats: worker.stats, maxRssKb: process.resourceUsage().maxRSS });
  process.exit(0);
});
