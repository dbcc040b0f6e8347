import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, FAST, PLAIN, SEED_000_COMPLETE, start, submit, until, waitForJob } from './helpers.js';

/** A loopback server that records the JSON POSTed to it and answers `status`. */
interface Receiver {
  url: string;
  received: Array<{ path: string; body: any }>;
  close(): Promise<void>;
}

async function receiver(status = 200): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(text) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let emu: Emulator;
let hook: Receiver;
beforeEach(async () => {
  emu = await start(FAST);
  hook = await receiver();
});
afterEach(async () => {
  await emu.close();
  await hook.close();
});

describe('webhooks', () => {
  it('POST the finished job (as GET /v1/jobs/{id} answers it) with webhookInput', async () => {
    const jobId = await submit(emu, '/v2/video/storyboard/render', {
      ...SEED_000_COMPLETE,
      webhook: `${hook.url}/done`,
      webhookInput: { campaign: 'spring', row: 7 },
    });
    const done = await waitForJob(emu, jobId);
    await until(() => emu.webhooks.length === 1);
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0].path).toBe('/done');
    expect(hook.received[0].body).toEqual({ ...done.json, webhookInput: { campaign: 'spring', row: 7 } });
    expect(emu.webhooks[0]).toEqual({ url: `${hook.url}/done`, status: 200, payload: hook.received[0].body });
  });

  it('notify failed jobs too', async () => {
    emu.failNextJob({ error_code: 'TEXT_TO_VIDEO_FAILED', error_message: 'no' });
    const jobId = await submit(emu, '/v2/video/storyboard', { ...PLAIN, webhook: hook.url });
    await until(() => emu.webhooks.length === 1);
    expect(hook.received[0].body).toEqual({
      job_id: jobId,
      success: false,
      data: { status: 'failed', error_code: 'TEXT_TO_VIDEO_FAILED', error_message: 'no' },
    });
    expect(hook.received[0].body).not.toHaveProperty('webhookInput');
  });

  it('notify the webhook given to PUT /v2/video/render/{id}', async () => {
    const previewId = await submit(emu, '/v2/video/storyboard', PLAIN);
    await waitForJob(emu, previewId);
    const answer = await call(emu, 'PUT', `/v2/video/render/${previewId}`, { body: { webhook: hook.url } });
    await until(() => emu.webhooks.length === 1);
    expect(hook.received[0].body).toMatchObject({ job_id: answer.json.data.jobId, data: { status: 'completed' } });
  });

  it('record the status of a failing target and an unreachable one (0) without breaking anything', async () => {
    const failing = await receiver(500);
    const unreachable = await receiver();
    await unreachable.close();
    try {
      const a = await submit(emu, '/v2/video/storyboard/render', { ...PLAIN, webhook: failing.url });
      const b = await submit(emu, '/v2/video/storyboard/render', { ...PLAIN, webhook: unreachable.url });
      expect((await waitForJob(emu, a)).json.data.status).toBe('completed');
      expect((await waitForJob(emu, b)).json.data.status).toBe('completed');
      await until(() => emu.webhooks.length === 2);
      expect(emu.webhooks.map((w) => w.status).sort()).toEqual([0, 500]);
    } finally {
      await failing.close();
    }
  });
});
