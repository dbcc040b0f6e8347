import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, KEY, PLAIN, sleep, start } from './helpers.js';

let emu: Emulator;
afterEach(() => emu.close());

describe('authentication', () => {
  it('answers 401 {"message":"Unauthorized"} without an Authorization header', async () => {
    emu = await start();
    const answer = await call(emu, 'GET', '/v1/jobs/anything', { auth: null });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ message: 'Unauthorized' });
  });

  it('accepts a raw pictai_ key and refuses other keys', async () => {
    emu = await start();
    expect((await call(emu, 'POST', '/v2/video/storyboard', { body: PLAIN })).status).toBe(200);
    expect((await call(emu, 'POST', '/v2/video/storyboard', { body: PLAIN, auth: 'sk_live_123' })).status).toBe(401);
    expect((await call(emu, 'POST', '/v2/video/storyboard', { body: PLAIN, auth: 'pictai_' })).status).toBe(401);
  });

  it('tolerates "Bearer <key>" by default and rejects it when rejectBearer is set', async () => {
    emu = await start();
    expect((await call(emu, 'GET', '/v1/jobs', { auth: `Bearer ${KEY}` })).status).toBe(200);
    await emu.close();
    emu = await start({ auth: { rejectBearer: true } });
    expect((await call(emu, 'GET', '/v1/jobs', { auth: `Bearer ${KEY}` })).status).toBe(401);
    expect((await call(emu, 'GET', '/v1/jobs')).status).toBe(200);
  });

  it('accepts only the configured apiKeys when given', async () => {
    emu = await start({ auth: { apiKeys: ['custom-key'] } });
    expect((await call(emu, 'GET', '/v1/jobs', { auth: 'custom-key' })).status).toBe(200);
    expect((await call(emu, 'GET', '/v1/jobs', { auth: KEY })).status).toBe(401);
  });

  it('issues tokens for client credentials, usable raw in Authorization', async () => {
    emu = await start({ auth: { clientId: 'id-1', clientSecret: 'secret-1' } });
    const token = await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: { client_id: 'id-1', client_secret: 'secret-1' } });
    expect(token.status).toBe(200);
    expect(token.json).toEqual({ access_token: expect.any(String), expires_in: 3600, token_type: 'Bearer' });
    expect((await call(emu, 'GET', '/v1/jobs', { auth: token.json.access_token })).status).toBe(200);
  });

  it('answers 401 to wrong or missing client credentials', async () => {
    emu = await start({ auth: { clientId: 'id-1', clientSecret: 'secret-1' } });
    const wrong = await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: { client_id: 'id-1', client_secret: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ message: 'Unauthorized' });
    expect((await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: {} })).status).toBe(401);
  });

  it('accepts any non-empty credential pair by default', async () => {
    emu = await start();
    const token = await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: { client_id: 'a', client_secret: 'b' } });
    expect(token.status).toBe(200);
    expect((await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: { client_id: '', client_secret: 'b' } })).status).toBe(401);
  });

  it('expires tokens after tokenTtlSeconds', async () => {
    emu = await start({ auth: { tokenTtlSeconds: 0.15 } });
    const token = await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: { client_id: 'a', client_secret: 'b' } });
    expect(token.json.expires_in).toBe(0.15);
    expect((await call(emu, 'GET', '/v1/jobs', { auth: token.json.access_token })).status).toBe(200);
    await sleep(200);
    expect((await call(emu, 'GET', '/v1/jobs', { auth: token.json.access_token })).status).toBe(401);
  });

  it('records whether a request was authorized and its user agent, never the credential', async () => {
    emu = await start();
    await call(emu, 'GET', '/v1/jobs', { headers: { 'user-agent': 'pictory-jsx-test/1' } });
    await call(emu, 'GET', '/v1/jobs', { auth: null });
    expect(emu.requests).toMatchObject([
      { method: 'GET', path: '/v1/jobs', status: 200, authorized: true, userAgent: 'pictory-jsx-test/1' },
      { method: 'GET', path: '/v1/jobs', status: 401, authorized: false },
    ]);
    expect(JSON.stringify(emu.requests)).not.toContain(KEY);
  });

  it('never logs the Authorization value', async () => {
    const lines: string[] = [];
    emu = await start({ log: (line) => lines.push(line) });
    const token = await call(emu, 'POST', '/v1/oauth2/token', { auth: null, body: { client_id: 'a', client_secret: 'b' } });
    await call(emu, 'POST', '/v2/video/storyboard/render', { body: PLAIN });
    await call(emu, 'GET', '/v1/jobs', { auth: token.json.access_token });
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(token.json.access_token);
  });
});
