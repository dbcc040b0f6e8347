// CLI start-up, measured as a user meets it: the package is packed (`npm pack`) and installed into a fresh
// project (without optional dependencies: a user who only compiles), because inside this repository the
// tsconfig `paths` make a video file load the library a second time, from its TypeScript sources.
//
// Rows, interleaved run by run (median of 15 after 2 warm-ups), each against the floor for any tool that runs
// a .tsx file: `node --import tsx empty.ts`.
//   pictory-jsx compile hello.tsx   the bin run directly (node_modules/.bin, package.json scripts)
//   npx pictory-jsx compile …       the same through npx
//   pictory-jsx --help              commander and the command table only
// The installed project is kept in the temporary folder, keyed by the tarball's hash, and reused.
// STARTUP_BASELINE (see below) compares with another installed version.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const packDir = mkdtempSync(path.join(os.tmpdir(), 'pictory-jsx-pack-'));
execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = path.join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')));
const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 12);
const project = path.join(os.tmpdir(), `pictory-jsx-bench-${hash}`);
if (!existsSync(path.join(project, 'node_modules/pictory-jsx'))) {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'bench-project', private: true, type: 'module' }));
  copyFileSync(tarball, path.join(project, 'pictory-jsx.tgz'));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=optional', './pictory-jsx.tgz'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
rmSync(packDir, { recursive: true, force: true });
copyFileSync(path.join(root, 'examples/hello.tsx'), path.join(project, 'hello.tsx'));
writeFileSync(path.join(project, 'empty.ts'), '');

const bin = path.join(project, 'node_modules/.bin/pictory-jsx');
const commands = {
  'node --import tsx empty.ts': [process.execPath, ['--import', 'tsx', 'empty.ts']],
  'pictory-jsx compile hello.tsx': [bin, ['compile', 'hello.tsx']],
  'npx pictory-jsx compile hello.tsx': ['npx', ['pictory-jsx', 'compile', 'hello.tsx']],
  'pictory-jsx --help': [bin, ['--help']],
};
// STARTUP_BASELINE=<a project folder with another pictory-jsx installed> adds its compile as a row (before/after).
if (process.env.STARTUP_BASELINE) {
  const other = path.resolve(process.env.STARTUP_BASELINE);
  copyFileSync(path.join(project, 'hello.tsx'), path.join(other, 'hello.tsx'));
  commands['baseline: pictory-jsx compile hello.tsx'] = [path.join(other, 'node_modules/.bin/pictory-jsx'), ['compile', path.join(other, 'hello.tsx')]];
}
const env = { ...process.env };
delete env.NODE_ENV;
const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], cpu: [] }]));
for (let i = 0; i < 17; i++) {
  for (const [label, [cmd, args]] of Object.entries(commands)) {
    const cpu = childCpuMs();
    const t = performance.now();
    const result = spawnSync(cmd, args, { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
    if (i < 2) continue;
    runs[label].wall.push(performance.now() - t);
    if (cpu !== undefined) runs[label].cpu.push(childCpuMs() - cpu);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = runs['node --import tsx empty.ts'];
const [floorWall, floorCpu] = [median(floor.wall), median(floor.cpu)];
console.log('CLI start-up from a packed install (median of 15, interleaved; target: compile ≤ 1.3× the floor)');
console.log(`${''.padEnd(36)}  wall         CPU (user+sys, of the process tree)`);
for (const [label, { wall, cpu }] of Object.entries(runs)) {
  const w = median(wall);
  const c = cpu.length ? `${median(cpu).toFixed(0).padStart(5)} ms  ${(median(cpu) / floorCpu).toFixed(2)}×` : 'n/a';
  console.log(`${label.padEnd(36)} ${w.toFixed(0).padStart(5)} ms  ${(w / floorWall).toFixed(2)}×   ${c}`);
}

/**
 * CPU time of this process's finished children (Linux: /proc/self/stat cutime + cstime, 10 ms ticks).
 * Less disturbed than wall time when the machine is busy.
 */
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}
