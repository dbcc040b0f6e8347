#!/usr/bin/env node
/**
 * What the PUBLISHED types cost a user: packs this package (`npm pack`), installs the tarball into a fresh
 * temporary project with the README's tsconfig (no skipLibCheck), and runs `tsc --extendedDiagnostics
 * --noEmit` on a 20-line video file. Prints check time, total time, memory, types and instantiations.
 *
 *   npm run build && node scripts/measure-types.mjs [--dsl] [--keep]
 *
 * --dsl first cuts the installed package root's declarations down to the DSL, compile() and the
 * diagnostics (the lines of dist/src/index.d.ts that export from components/, compiler/, diagnostics/,
 * catalog/, jsx-runtime and react): the cost of the language itself, apart from the runner and client
 * declarations that the same root also exports.
 *
 * The figures are TypeScript's own (`Check time`, `Memory used`, `Types`, `Instantiations`). Times vary
 * with the machine's load; types and instantiations do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const keep = process.argv.includes('--keep');
const dslOnly = process.argv.includes('--dsl');

const videoFile = `import { Video, Scene, AIVideoBackground, AIImageBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';

const Title = ({ text }: { text: string }) => (
  <Scene story={text}>
    <AIImageBackground model="flux-schnell" mediaStyle="minimalist" />
  </Scene>
);

export default (
  <Video name="measure" aspectRatio="16:9">
    <VoiceOver speaker="Brian" speed={110} />
    <BackgroundMusic autoMusic volume={0.2} />
    <Title text="Twenty lines of video." />
    <Scene story="A clip, priced per second.">
      <AIVideoBackground model="veo3.1_fast" duration="6s" prompt="waves at dawn" />
    </Scene>
  </Video>
);
`;

const tsconfig = {
  compilerOptions: {
    jsx: 'react-jsx',
    jsxImportSource: 'pictory-jsx',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
  },
  files: ['video.tsx'],
};

const project = mkdtempSync(path.join(os.tmpdir(), 'pictory-jsx-types-'));
try {
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], { cwd: root, stdio: 'ignore' });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'measure-types', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `./${tarball}`, '@types/node@20'], {
    cwd: project,
    stdio: 'ignore',
  });
  writeFileSync(path.join(project, 'video.tsx'), videoFile);
  if (dslOnly) {
    const index = path.join(project, 'node_modules/pictory-jsx/dist/src/index.d.ts');
    const kept = /from '(\.\/(components|compiler|diagnostics|catalog)\/|\.\.\/jsx-runtime\/|react')/;
    const statements = readFileSync(index, 'utf8').split(/(?<=;)\n/);
    writeFileSync(index, `${statements.filter((s) => kept.test(s)).join('\n')}\n`);
  }
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(path.join(project, 'floor.ts'), 'export const nothing = 0;\n');
  writeFileSync(path.join(project, 'tsconfig.floor.json'), JSON.stringify({ ...tsconfig, files: ['floor.ts'] }, null, 2));
  const video = measure(project, 'tsconfig.json');
  const floor = measure(project, 'tsconfig.floor.json');
  console.log(`Declarations    ${[...video.packages].map(([name, n]) => `${name} ${n}`).join(', ')}`);
  console.log(`${''.padEnd(16)}${'video.tsx'.padStart(12)}${'empty .ts'.padStart(12)}${'pictory-jsx'.padStart(13)}`);
  for (const name of ['Files', 'Types', 'Instantiations', 'Memory used', 'Check time', 'Total time']) {
    const [a, b] = [video.figure(name), floor.figure(name)];
    const diff = Number.parseFloat(a) - Number.parseFloat(b);
    const unit = a.replace(/^[\d.]+/, '');
    console.log(`${name.padEnd(16)}${a.padStart(12)}${b.padStart(12)}${`${Number.isFinite(diff) ? Math.round(diff * 100) / 100 : '?'}${unit}`.padStart(13)}`);
  }
} finally {
  if (keep) console.log(`project kept at ${project}`);
  else rmSync(project, { recursive: true, force: true });
}

/** Runs tsc with --extendedDiagnostics on one project file; its figures and the packages it loaded. */
function measure(project, config) {
  let output;
  try {
    output = execFileSync(process.execPath, [tsc, '-p', config, '--extendedDiagnostics', '--listFiles'], { cwd: project, encoding: 'utf8' });
  } catch (failure) {
    process.stderr.write(`tsc reported errors (${config}):\n${failure.stdout}`);
    process.exitCode = 1;
    output = failure.stdout ?? '';
  }
  // Which packages' declarations the check loaded (without skipLibCheck, each one is checked in full).
  const packages = new Map();
  for (const line of output.split('\n')) {
    const match = line.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g);
    if (!match) continue;
    const name = match.at(-1).replace(/^node_modules\//, '').replace(/\/$/, '');
    packages.set(name, (packages.get(name) ?? 0) + 1);
  }
  const figure = (name) => output.match(new RegExp(`^${name}:\\s+(.+)$`, 'm'))?.[1]?.trim() ?? '?';
  return { packages, figure };
}
