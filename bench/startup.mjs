// CLI start-up: `pictory-jsx compile examples/hello.tsx` (load tsx, compile, print) against
// `node --import tsx` of an empty file, the floor for any tool that runs .tsx. Runs interleaved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const empty = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'empty.ts');
writeFileSync(empty, '');

const commands = {
  'pictory-jsx compile hello.tsx': [process.execPath, ['bin/pictory-jsx.js', 'compile', 'examples/hello.tsx']],
  'node --import tsx empty.ts': [process.execPath, ['--import', 'tsx', empty]],
};
const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (let i = 0; i < 12; i++) {
  for (const [label, [cmd, args]] of Object.entries(commands)) {
    const t = performance.now();
    const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
    if (i >= 2) runs[label].push(performance.now() - t);
  }
}
const [ours, floor] = Object.values(runs).map(median);
console.log('CLI start-up (median of 10, interleaved)');
console.log(`pictory-jsx compile hello.tsx  ${ours.toFixed(0).padStart(5)} ms`);
console.log(`node --import tsx empty.ts     ${floor.toFixed(0).padStart(5)} ms`);
console.log(`ratio ${(ours / floor).toFixed(2)}×`);
