// `npm run bench`: every benchmark, each printing ratios measured side by side in one run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['bench/compile.mjs', []],
  ['bench/compile-stages.mjs', []],
  ['bench/startup.mjs', []],
  ['bench/polling.ts', ['--import', 'tsx']],
  ['bench/draft.ts', ['--import', 'tsx']],
  ['bench/journal.mjs', ['--expose-gc']],
  ['bench/fuzz.ts', ['--import', 'tsx']],
  // 10,000 videos by default; QUEUE_BENCH_VIDEOS=N for a quicker run.
  ['bench/queue.mjs', []],
];

let failed = false;
for (const [file, flags] of benches) {
  if (!existsSync(file)) continue;
  console.log(`\n## ${file}`);
  const { status } = spawnSync(process.execPath, [...flags, file], { stdio: 'inherit' });
  failed ||= status !== 0;
}
process.exitCode = failed ? 1 : 0;
