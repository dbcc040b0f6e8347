import { describe, expect, it } from 'vitest';
import { call, PLAIN, sleep, start, submit, until } from './helpers.js';

/** Counts of the kinds of handles that keep a Node process alive. */
function handles(): Record<string, number> {
  const counts: Record<string, number> = { TCPServerWrap: 0, TCPSocketWrap: 0, Timeout: 0 };
  for (const kind of process.getActiveResourcesInfo()) if (kind in counts) counts[kind] += 1;
  return counts;
}

describe('start and close', () => {
  it('listens on 127.0.0.1 on a free port by default', async () => {
    const a = await start();
    const b = await start();
    try {
      expect(a.port).toBeGreaterThan(0);
      expect(a.port).not.toBe(b.port);
      expect(a.url).toBe(`http://127.0.0.1:${a.port}/pictoryapis`);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('close() leaves no server, socket or timer behind, even with jobs running and answers pending', async () => {
    const before = handles();
    const emu = await start({ timing: { previewMs: 60_000, renderMs: 60_000 } });
    await submit(emu, '/v2/video/storyboard/render', PLAIN);
    await submit(emu, '/v2/video/storyboard', PLAIN);
    emu.inject({ path: '/v1/jobs', delayMs: 60_000 });
    const pending = call(emu, 'GET', '/v1/jobs').catch((error: unknown) => error);
    await until(() => emu.requests.length === 3);
    await emu.close();
    expect(await pending).toBeInstanceOf(Error);
    await until(() => {
      const now = handles();
      return now.TCPServerWrap === before.TCPServerWrap && now.TCPSocketWrap <= before.TCPSocketWrap && now.Timeout <= before.Timeout;
    }, 2_000);
  });

  it('close() is idempotent and stops answering', async () => {
    const emu = await start();
    await emu.close();
    await emu.close();
    await expect(call(emu, 'GET', '/v1/jobs')).rejects.toThrow();
  });

  it('close() cancels running jobs: they never finish nor call their webhook', async () => {
    const emu = await start({ timing: { renderMs: 50 } });
    await submit(emu, '/v2/video/storyboard/render', { ...PLAIN, webhook: 'http://127.0.0.1:9/never' });
    await emu.close();
    await sleep(100);
    expect(emu.ledger[0].status).toBe('in-progress');
    expect(emu.webhooks).toEqual([]);
  });
});
