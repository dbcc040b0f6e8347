// `npm run bench`: every benchmark, each printing ratios measured side by side in one run, then one
// summary with every row of the performance table (issue 15) and its target.
//   BENCH_QUICK=1 npm run bench   smaller queue run (1,000 videos instead of 10,000)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['bench/compile.mjs', []],
  ['bench/compile-stages.mjs', ['--import', 'tsx']],
  ['bench/startup.mjs', []],
  ['scripts/measure-types.mjs', []],
  ['bench/polling.ts', ['--import', 'tsx']],
  ['bench/orchestration.mjs', ['--expose-gc']],
  ['bench/draft.ts', ['--import', 'tsx']],
  ['bench/journal.mjs', ['--expose-gc', '--import', 'tsx']],
  ['bench/fuzz.ts', ['--import', 'tsx']],
  // 10,000 videos by default; QUEUE_BENCH_VIDEOS=N (or BENCH_QUICK=1) for a quicker run.
  ['bench/queue.mjs', ['--import', 'tsx']],
];

const env = { ...process.env };
if (process.env.BENCH_QUICK) env.QUEUE_BENCH_VIDEOS ??= '1000';

/** Runs one bench, passing its output through, and returns that output. */
function run(file, flags) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...flags, file], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (status) => resolve({ status, out }));
  });
}

const started = performance.now();
const outputs = {};
const times = {};
let failed = false;
for (const [file, flags] of benches) {
  if (!existsSync(file)) continue;
  console.log(`\n## ${file}`);
  const t = performance.now();
  const { status, out } = await run(file, flags);
  times[file] = (performance.now() - t) / 1000;
  outputs[file] = out;
  failed ||= status !== 0;
}

const num = (file, re) => {
  const m = outputs[file]?.match(re);
  return m ? Number(m[1]) : undefined;
};
const row = (file, id) => {
  const m = outputs[file]?.match(new RegExp(`^BENCH_ROW (\\{"id":"${id}".*\\})$`, 'm'));
  return m ? JSON.parse(m[1]) : undefined;
};
const x = (v, digits = 2) => (v === undefined ? 'n/a' : `${v.toFixed(digits)}×`);
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');

const compileBig = num('bench/compile.mjs', /^1 video × 1,000 scenes .*ratio\s+([\d.]+)×/m);
const compileSmall = num('bench/compile.mjs', /^1,000 videos × 3 scenes .*ratio\s+([\d.]+)×/m);
const startup = num('bench/startup.mjs', /^pictory-jsx compile hello\.tsx\s+\d+ ms\s+([\d.]+)×/m);
const typesCheck = num('scripts/measure-types.mjs', /^Check time\s+([\d.]+)s/m);
const typesEmpty = num('scripts/measure-types.mjs', /^Check time\s+[\d.]+s\s+([\d.]+)s/m);
const types = num('scripts/measure-types.mjs', /^Types\s+(\d+)/m);
const instantiations = num('scripts/measure-types.mjs', /^Instantiations\s+(\d+)/m);
const polling = row('bench/polling.ts', 'polling');
const orchestration = row('bench/orchestration.mjs', 'orchestration');

const lines = [
  ['compile a 1,000-scene video / JSON.stringify of its request', x(compileBig, 1), '≤ 5×', verdict(compileBig && compileBig <= 5)],
  ['compile 1,000 small (3-scene) videos / JSON.stringify of theirs', x(compileSmall, 1), '≤ 5×', verdict(compileSmall && compileSmall <= 5)],
  ['pictory-jsx compile hello.tsx / node --import tsx empty.ts', x(startup), '≤ 1.3×', verdict(startup && startup <= 1.3)],
  [
    'tsc --noEmit of a 20-line video file, published types (no skipLibCheck)',
    typesCheck === undefined ? 'n/a' : `${typesCheck.toFixed(1)} s check (${x(typesCheck / typesEmpty)} an empty file), ${types} types, ${instantiations} instantiations`,
    '≤ 1 s',
    verdict(typesCheck && typesCheck <= 1),
  ],
  [
    'polling, jobs with no progress, with the journal prior / fixed 10 s loop',
    polling ? `lag ${x(polling.silentLagRatio)}, requests ${x(polling.silentRequestRatio)} (today's schedule: lag ${x(polling.todayLagRatio)}, requests ${x(polling.todayRequestRatio)})` : 'n/a',
    'lag ≤ 0.5× at ≤ 1.0× requests',
    verdict(polling && polling.silentLagRatio <= 0.5 && polling.silentRequestRatio <= 1),
  ],
  [
    '1,000 emulated videos at concurrency 50 (1 s jobs) / ideal',
    orchestration
      ? `${x(orchestration.ratio)} with the journal prior (first run ${x(orchestration.firstRunRatio)}, poll floor ${x(orchestration.floorRatio)}); heap ${orchestration.heapGrowthKbPerVideo.toFixed(2)} KB/video, peak RSS ${orchestration.peakRssMb.toFixed(0)} MB`
      : 'n/a',
    '≤ 1.2× ideal, memory flat',
    verdict(orchestration && orchestration.ratio <= 1.2 && orchestration.heapGrowthKbPerVideo <= 1),
  ],
];
console.log('\n## Summary (issue 15), measured in this run');
console.log('| Measure | Now | Target | |');
console.log('|---|---|---|---|');
for (const l of lines) console.log(`| ${l.join(' | ')} |`);
console.log(`\nWhole bench: ${((performance.now() - started) / 60_000).toFixed(1)} min (${Object.entries(times).map(([f, s]) => `${f.replace(/^.*\//, '')} ${s.toFixed(0)} s`).join(', ')})`);
process.exitCode = failed ? 1 : 0;
