#!/usr/bin/env node
/**
 * What the PUBLISHED types cost a user: packs this package (`npm pack`), installs the tarball into a fresh
 * temporary project with the README's tsconfig (no skipLibCheck), and runs `tsc --extendedDiagnostics
 * --noEmit` on a 20-line video file. Prints check time, total time, memory, types and instantiations.
 *
 *   npm run build && node scripts/measure-types.mjs [--keep]
 *
 * The figures are TypeScript's own (`Check time`, `Memory used`, `Types`, `Instantiations`). Times vary
 * with the machine's load; types and instantiations do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const keep = process.argv.includes('--keep');

const video = `import { Video, Scene, AIVideoBackground, AIImageBackground, VoiceOver, BackgroundMusic } from 'pictory-jsx';

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
  writeFileSync(path.join(project, 'video.tsx'), video);
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  let output;
  try {
    output = execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--extendedDiagnostics'], { cwd: project, encoding: 'utf8' });
  } catch (failure) {
    process.stderr.write(`tsc reported errors on the 20-line video:\n${failure.stdout}`);
    process.exitCode = 1;
    output = failure.stdout ?? '';
  }
  const figure = (name) => output.match(new RegExp(`^${name}:\\s+(.+)$`, 'm'))?.[1]?.trim() ?? '?';
  for (const name of ['Files', 'Types', 'Instantiations', 'Memory used', 'Check time', 'Total time']) {
    console.log(`${name.padEnd(15)} ${figure(name)}`);
  }
} finally {
  if (keep) console.log(`project kept at ${project}`);
  else rmSync(project, { recursive: true, force: true });
}
