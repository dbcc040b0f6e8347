/**
 * The package as a user gets it: `npm pack`, installed into a fresh project, type-checked there under
 * NodeNext and Bundler resolution (wrong model/duration pairs rejected), imported through each entry point,
 * and run with `npx pictory-jsx` (a draft video made with the optional ffmpeg package).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const run = promisify(execFile);
const TSC = path.join(ROOT, 'node_modules/.bin/tsc');
let project: string;

const video = `import { Video, Scene, AIVideoBackground } from 'pictory-jsx';

export default (
  <Video name="from-the-tarball" aspectRatio="16:9">
    <Scene story="Installed from npm pack.">
      <AIVideoBackground model="veo3.1_fast" duration="6s" />
    </Scene>
  </Video>
);
`;
const typeError = `import { Video, Scene, AIVideoBackground } from 'pictory-jsx';

export default (
  <Video name="bad">
    <Scene story="x">
      <AIVideoBackground model="veo3.1" duration="5s" />
    </Scene>
  </Video>
);
`;

beforeAll(async () => {
  project = mkdtempSync(path.join(os.tmpdir(), 'pictory-jsx-user-'));
  await run('npm', ['pack', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  // A TypeScript user of a Node library has Node's types (undici's own types need them too).
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`, '@types/node@20'], { cwd: project, timeout: 240_000 });
  writeFileSync(path.join(project, 'video.tsx'), video);
  writeFileSync(path.join(project, 'bad.tsx'), typeError);
  writeFileSync(path.join(project, 'entries.ts'), entries);
}, 300_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Each entry point, used as its README shows; type-checked and run. */
const entries = `import * as root from 'pictory-jsx';
import { startEmulator } from 'pictory-jsx/emulator';
import { createClient, type PictoryClient } from 'pictory-jsx/client';

const emulator = await startEmulator({ draftVideos: false });
const client: PictoryClient = createClient({ apiKey: 'pictai_test', baseUrl: emulator.url });
await client.close();
await emulator.close();
console.log(JSON.stringify({
  emulatorUrl: emulator.url,
  root: ['compile', 'render', 'PictoryError', 'startEmulator', 'createClient', 'renderTree'].filter((name) => name in root),
}));
`;

async function typecheck(moduleResolution: 'NodeNext' | 'Bundler') {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      jsx: 'react-jsx',
      jsxImportSource: 'pictory-jsx',
      module: moduleResolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
      moduleResolution,
      target: 'ES2022',
      types: ['node'],
    },
    include: ['*.tsx', '*.ts'],
  };
  const file = path.join(project, `tsconfig.${moduleResolution}.json`);
  writeFileSync(file, JSON.stringify(config));
  return run(TSC, ['-p', file], { cwd: project }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  );
}

describe('the packed package in a fresh project', () => {
  // Type-checking the published declarations is slow on a busy machine: no time limit is a claim here.
  it.each(['NodeNext', 'Bundler'] as const)('type-checks under %s resolution and rejects a wrong duration', { timeout: 600_000 }, async (resolution) => {
    const output = await typecheck(resolution);
    const errors = output.split('\n').filter((l) => l.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^bad\.tsx\(6,8\): error TS2322/);
    // TypeScript may order the union differently; what matters is that 5s is refused for veo3.1.
    expect(output).toMatch(/Type '"5s"' is not assignable to type '("[468]s" \| ){2}"[468]s"/);
  });

  it('exposes the emulator and the client on their own entry points, not on the root', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'entries.ts'], { cwd: project });
    const result = JSON.parse(stdout) as { emulatorUrl: string; root: string[] };
    expect(result.emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pictoryapis$/);
    expect(result.root).toEqual(['compile', 'render', 'PictoryError']);
  });

  it('renders a draft MP4 with the optional ffmpeg package, no account needed', async () => {
    const env = { ...process.env, PICTORY_API_KEY: '', PICTORY_CLIENT_ID: '', PICTORY_CLIENT_SECRET: '', PICTORY_API_URL: '' };
    const { stdout } = await run('npx', ['pictory-jsx', 'render', 'video.tsx', '--out', 'draft.mp4'], { cwd: project, env });
    expect(stdout.trim()).toBe(path.join(project, 'draft.mp4'));
    expect(existsSync(path.join(project, 'node_modules/@ffmpeg-installer/ffmpeg'))).toBe(true);
    expect(readFileSync(path.join(project, 'draft.mp4')).subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('runs npx pictory-jsx compile and estimate --json', async () => {
    const compiled = await run('npx', ['pictory-jsx', 'compile', 'video.tsx'], { cwd: project });
    expect(JSON.parse(compiled.stdout)).toEqual({
      videoName: 'from-the-tarball',
      aspectRatio: '16:9',
      scenes: [{ story: 'Installed from npm pack.', background: { type: 'video', aiVisual: { model: 'veo3.1_fast', videoDuration: '6s' } } }],
    });
    const estimated = await run('npx', ['pictory-jsx', 'estimate', 'video.tsx', '--json'], { cwd: project });
    expect(JSON.parse(estimated.stdout)).toMatchObject({ total: 60, exact: true, videos: [{ videoName: 'from-the-tarball', total: 60 }] });
  });

  it('reports the bad file with its line through npx, exit 1', async () => {
    const failure = await run('npx', ['pictory-jsx', 'compile', 'bad.tsx'], { cwd: project }).catch((e: { code: number; stderr: string }) => e);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain('bad.tsx:6:7  error  Video > Scene[1] > AIVideoBackground');
  });
});
