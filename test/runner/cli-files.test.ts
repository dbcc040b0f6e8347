/**
 * The CLI's own files: `.env` (a folder or unreadable file is a one-line error; a byte-order mark does
 * not hide the first key) and the private folder of its generated tsconfig.
 */
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPrivate, privateDir, resetPrivateDir } from '../../src/cli/private-dir.js';
import { emulator } from '../client/helpers.js';
import { ONE, spawnCli, tempDir } from './cli-helpers.js';

afterEach(() => resetPrivateDir());

describe('.env', () => {
  it('a .env folder: one line on stderr, exit 1, no stack trace', async () => {
    const cwd = await tempDir();
    await mkdir(join(cwd, '.env'));
    const { code, stderr } = await spawnCli(['render', ONE], cwd, {}).output;
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('pictory-jsx: .env is a folder, not a file: fix or remove it (it would supply PICTORY_API_KEY and the other settings)');
  }, 30_000);

  it('a .env starting with a byte-order mark still supplies its first key (no silent fall-back to the emulator)', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    await writeFile(join(cwd, '.env'), `\uFEFFPICTORY_API_KEY=pictai_from_bom_file\nPICTORY_API_URL=${emu.url}\n`);
    const { code, stderr } = await spawnCli(['render', ONE], cwd, {}).output;
    expect(stderr).not.toContain('local emulator');
    expect(code).toBe(0);
    expect(emu.ledger).toHaveLength(1);
  }, 30_000);
});

describe('the private folder for generated files', () => {
  it('is the user cache folder, mode 0700', async () => {
    const xdg = await tempDir();
    const dir = privateDir({ XDG_CACHE_HOME: xdg });
    expect(dir).toBe(join(xdg, 'pictory-jsx'));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('is never a folder others can write: a planted 0777 folder is not used', async () => {
    const xdg = await tempDir();
    await mkdir(join(xdg, 'pictory-jsx'));
    await chmod(join(xdg, 'pictory-jsx'), 0o777);
    const dir = privateDir({ XDG_CACHE_HOME: xdg });
    expect(dir).not.toBe(join(xdg, 'pictory-jsx'));
    expect(isPrivate(dir)).toBe(true);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });
});
