/**
 * `pictory-jsx types` writes the account's declaration file; with it, `tsc` rejects a misspelt brand (and
 * speaker, template variable) that type-checked as a plain string before. Uses the built `dist/` typings,
 * as a user's project would.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { typesCommand } from '../../src/cli/commands/types.js';
import { emulator } from '../client/helpers.js';
import { commandIO, count, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TYPINGS = join(ROOT, 'dist/src/index.d.ts');

/** A user's file: account-typed values through the package's exported types (a typed wrapper of the props). */
const USER_FILE = `import type { AvatarProps, BrandName, Speaker, TemplateProps } from 'pictory-jsx';
export const brand: BrandName = 'Acme Corp';
export const misspelt: BrandName = 'Acme Crop';
export const speaker: Speaker = 'Tim';
export const welcome: TemplateProps = { templateId: 'tpl_welcome_customer', variables: { Name: 'Ada', Company: 'ACME' } };
export const missingVariable: TemplateProps = { templateId: 'tpl_welcome_customer', variables: { Name: 'Ada' } };
export const presenter: AvatarProps = { id: 'avatar_ana_01', position: 'bottom-right' };
`;

function tsc(project: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSC, '-p', project, '--pretty', 'false'], { cwd: project });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

async function project(dir: string): Promise<void> {
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      skipLibCheck: true,
      types: [],
      paths: { 'pictory-jsx': [TYPINGS] },
    },
    include: ['*.ts'],
  };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  await writeFile(join(dir, 'video.ts'), USER_FILE);
}

beforeAll(() => {
  if (!existsSync(TYPINGS)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
});

describe('pictory-jsx types', () => {
  it('writes a module augmentation of AccountCatalog with the account values, one request per catalog', async () => {
    const emu = await emulator();
    const dir = await tempDir();
    const { io, stdout } = await commandIO(emu, dir);
    expect(await typesCommand({}, io)).toBe(0);
    expect(stdout()).toBe('Wrote pictory-account.d.ts: 34 voices, 4 brands, 5 subtitle styles, 4 smart layouts, 4 templates, 3 avatars.\n');
    const text = await readFile(join(dir, 'pictory-account.d.ts'), 'utf8');
    expect(text).toContain("declare module 'pictory-jsx' {\n  interface AccountCatalog {");
    expect(text).toMatch(/speaker: .*"Tim" \|/);
    expect(text).toContain('brandName: "Acme Corp" | "Acme Kids" | "Globex Studio" | "Northwind";');
    expect(text).toContain('"tpl_welcome_customer": { required: "Company" | "Name"; optional: never };');
    expect(text).toContain('avatarId: "avatar_anna_01" | "avatar_james_02" | "avatar_priya_03";');
    expect(text).not.toContain('pictai_');
    for (const path of ['/v1/voiceovers/tracks', '/v1/brands/video', '/v1/styles', '/v1/smartlayouts', '/v1/templates', '/v1/avatars']) {
      expect(count(emu, 'GET', path), path).toBe(1);
    }
  });

  it('without the file the props are plain strings; with it, tsc rejects a misspelt brand, a missing template variable and an unknown avatar', async () => {
    const emu = await emulator();
    const dir = await tempDir();
    await project(dir);
    const before = await tsc(dir);
    expect(before.output).toBe('');
    expect(before.code).toBe(0);

    const { io } = await commandIO(emu, dir);
    expect(await typesCommand({}, io)).toBe(0);
    const after = await tsc(dir);
    expect(after.code).not.toBe(0);
    const errors = after.output.trim().split('\n').filter((line) => line.startsWith('video.ts('));
    expect(errors[0]).toMatch(/^video\.ts\(3,14\): error TS2820: Type '"Acme Crop"' is not assignable to type .*Did you mean '"Acme Corp"'\?/);
    expect(errors[1]).toMatch(/^video\.ts\(6,\d+\): error TS2322: .*Company/);
    // <Avatar id> reads the account's avatars too.
    expect(errors[2]).toMatch(/^video\.ts\(7,\d+\): error TS2820: Type '"avatar_ana_01"' .*Did you mean '"avatar_anna_01"'\?/);
    expect(errors).toHaveLength(3);
    // Two tsc runs: generous on a busy machine (the bound only stops a hung test).
  }, 240_000);
});
