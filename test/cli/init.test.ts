import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'pictory-init-'));

describe('pictory-jsx init', () => {
  it('scaffolds a new project and prints the next three commands', async () => {
    const cwd = temp();
    const { code, stdout, stderr } = await runCli(['init', 'my-videos'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const dir = path.join(cwd, 'my-videos');
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'my-videos', type: 'module', dependencies: { 'pictory-jsx': expect.stringMatching(/^\^\d/) } });
    expect(Object.keys(pkg.scripts)).toEqual(['compile', 'estimate', 'render', 'dev', 'typecheck']);
    const tsconfig = JSON.parse(readFileSync(path.join(dir, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions).toMatchObject({ jsxImportSource: 'pictory-jsx', skipLibCheck: true });
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['.pictory/', '.env', 'out/']));
    expect(readFileSync(path.join(dir, 'videos/hello.tsx'), 'utf8')).toContain('<Video name="hello"');
    expect(stdout).toContain('Next:\n  cd my-videos\n  npm install\n  npx pictory-jsx estimate videos/hello.tsx\n');
  });

  it('adds to an existing project without overwriting anything', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'shop', type: 'commonjs', scripts: { render: 'my own' }, dependencies: { 'pictory-jsx': '^0.1.0' } }));
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n.env');
    writeFileSync(path.join(dir, 'tsconfig.json'), '{"compilerOptions":{}}');
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.type).toBe('commonjs');
    expect(pkg.scripts.render).toBe('my own');
    expect(pkg.scripts.estimate).toBe('pictory-jsx estimate videos/hello.tsx');
    expect(readFileSync(path.join(dir, 'tsconfig.json'), 'utf8')).toBe('{"compilerOptions":{}}');
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('node_modules\n.env\n.pictory/\nout/\n');
    expect(stdout).toContain('kept tsconfig.json (already there)');
    expect(existsSync(path.join(dir, 'videos/hello.tsx'))).toBe(true);
  });

  it('refuses a broken package.json in one line, exit 1', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'package.json'), '{ nope');
    const { code, stderr } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pictory-jsx: package\.json is not valid JSON .*; fix it and run init again\n$/);
  });
});

describe('pictory-jsx --version and --help', () => {
  it('prints the version of the package', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });

  it('lists the commands, examples, environment variables and exit codes', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const text of ['init [dir]', 'estimate [options] <files...>', 'Examples:', 'PICTORY_API_KEY', 'Exit codes:', '2   a job failed']) {
      expect(stdout).toContain(text);
    }
  });
});
