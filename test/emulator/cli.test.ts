import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { request } from 'undici';
import { KEY, sleep } from './helpers.js';

const commandModule = fileURLToPath(new URL('../../src/cli/commands/emulator.ts', import.meta.url));

describe('pictory-jsx emulator (emulatorCommand)', () => {
  it('prints its URL and how to use it, logs events, and exits cleanly on SIGTERM', async () => {
    const script = `
      const { emulatorCommand } = await import(${JSON.stringify(commandModule)});
      await emulatorCommand({ port: 0, aiCredits: 123 });
      process.stderr.write('command returned\\n');`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    try {
      for (let i = 0; i < 300 && !/Press Ctrl\+C/.test(stdout); i++) await sleep(50);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/pictoryapis)/.exec(stdout)?.[1];
      expect(url, stdout + stderr).toBeDefined();
      expect(stdout).toContain(`PICTORY_API_URL=${url} PICTORY_API_KEY=pictai_local`);
      expect(stdout).toContain('AI-credit balance: 123');

      const res = await request(`${url}/v2/video/storyboard`, {
        method: 'POST',
        headers: { authorization: KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ videoName: 'cli', scenes: [{ story: 'Hello.' }] }),
      });
      expect(res.statusCode).toBe(200);
      await res.body.dump();
      for (let i = 0; i < 100 && !/storyboard -> 200/.test(stderr); i++) await sleep(20);
      expect(stderr).toMatch(/^\S+ job [0-9a-f-]+ created \(preview\)$/m);
      expect(stderr).toMatch(/POST \/v2\/video\/storyboard -> 200/);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('SIGTERM received');
      expect(stderr).toContain('command returned');
      expect(stdout + stderr).not.toContain(KEY);
    } finally {
      clearTimeout(killer);
      child.kill('SIGKILL');
    }
  });
});
