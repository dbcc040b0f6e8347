import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

it('reads PICTORY_* settings from a .env in the current folder, without overriding the environment', async () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'pictory-env-'));
  writeFileSync(path.join(cwd, '.env'), 'PICTORY_API_URL=http://127.0.0.1:9/from-dotenv\n');
  const hello = path.join(ROOT, 'examples/hello.tsx');

  const fromFile = await runCli(['render', hello], { cwd, env: { PICTORY_API_URL: undefined, PICTORY_API_KEY: undefined } });
  expect(fromFile.code).toBe(1);
  expect(fromFile.stderr).toContain('PICTORY_API_URL is set (http://127.0.0.1:9/from-dotenv) but no credentials are');

  const fromEnv = await runCli(['render', hello], { cwd, env: { PICTORY_API_URL: 'http://127.0.0.1:9/from-env', PICTORY_API_KEY: undefined } });
  expect(fromEnv.stderr).toContain('PICTORY_API_URL is set (http://127.0.0.1:9/from-env)');
});
