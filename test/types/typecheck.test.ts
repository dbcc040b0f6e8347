/**
 * The edit-time checks of test/types run inside `npm test`: TypeScript must accept the valid programs
 * there and reject every line marked `@ts-expect-error` (an unused one is itself an error).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const run = promisify(execFile);

describe('type tests (test/types)', () => {
  it('tsc accepts the valid code and rejects each @ts-expect-error line', async () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', path.join(ROOT, 'test/types/tsconfig.json')], { cwd: ROOT }).then(
      () => '',
      (failure: { stdout?: string; message: string }) => failure.stdout || failure.message,
    );
    expect(result).toBe('');
  }, 600_000);
});
