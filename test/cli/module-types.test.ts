/**
 * A user's video loads whatever their package's module type: `npm init -y` writes "type": "commonjs", and
 * JavaScript users write .jsx with no tsconfig at all.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const VIDEO = `import { Video, Scene, AIVideoBackground } from 'pictory-jsx';
export default (
  <Video name="teaser">
    <Scene>Hello there.<AIVideoBackground model="veo3.1" duration="DURATION" /></Scene>
  </Video>
);
`;

function project(type: 'commonjs' | 'module', files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `pictory-${type}-`));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'pictory-jsx'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'videos', version: '1.0.0', type }));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const TSCONFIG = JSON.stringify({ compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'pictory-jsx', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } });

describe('loading a video file in any kind of project', () => {
  it('compiles a .tsx in a "type": "commonjs" project (npm init -y)', async () => {
    const cwd = project('commonjs', { 'teaser.tsx': VIDEO.replace('DURATION', '6s'), 'tsconfig.json': TSCONFIG });
    const { code, stdout, stderr } = await runCli(['compile', 'teaser.tsx'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scenes[0].background.aiVisual).toEqual({ model: 'veo3.1', videoDuration: '6s' });
  });

  it('still puts file:line on mistakes in a commonjs project', async () => {
    const cwd = project('commonjs', { 'teaser.tsx': VIDEO.replace('DURATION', '5s'), 'tsconfig.json': TSCONFIG });
    const { code, stderr } = await runCli(['compile', 'teaser.tsx'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^teaser\.tsx:4:24 {2}error {2}Video > Scene\[1\] > AIVideoBackground: model "veo3\.1" does not offer duration "5s"/);
  });

  for (const type of ['commonjs', 'module'] as const) {
    it(`compiles a .jsx file with no tsconfig in a "${type}" project`, async () => {
      const cwd = project(type, { 'teaser.jsx': VIDEO.replace('DURATION', '4s') });
      const { code, stdout, stderr } = await runCli(['compile', 'teaser.jsx'], { cwd });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).videoName).toBe('teaser');
    });
  }
});
