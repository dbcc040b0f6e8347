import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { AuthenticationError } from '../../src/client/errors.js';
import { VERSION } from '../../src/client/version.js';
import { BODY, client, controlledClock, emulator, requestsTo } from './helpers.js';

describe('API key', () => {
  it('is sent raw in Authorization (an emulator that rejects "Bearer …" accepts it)', async () => {
    const emu = await emulator({ auth: { apiKeys: ['pictai_only_this_one'], rejectBearer: true } });
    const c = client(emu, { apiKey: 'pictai_only_this_one' });
    const { jobId } = await c.submitRender(BODY);
    expect((await c.getJob(jobId)).jobId).toBe(jobId);
    expect(emu.requests.every((r) => r.authorized && r.status === 200)).toBe(true);
    expect(c.authMode).toBe('apiKey');
  });

  it('rejected: AuthenticationError after one request (a key cannot be renewed)', async () => {
    const emu = await emulator({ auth: { apiKeys: ['pictai_right'] } });
    const c = client(emu, { apiKey: 'pictai_wrong' });
    const error = await c.getJob('some-job').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ type: 'authentication', status: 401, request: { method: 'GET', path: '/v1/jobs/some-job' } });
    expect((error as Error).message).toContain('PICTORY_API_KEY');
    expect(emu.requests).toHaveLength(1);
  });

  it('comes from PICTORY_API_KEY, and the base URL from PICTORY_API_URL', async () => {
    const emu = await emulator({ auth: { apiKeys: ['pictai_from_env'] } });
    const c = createClient({ env: { PICTORY_API_KEY: 'pictai_from_env', PICTORY_API_URL: `${emu.url}/` } });
    try {
      expect(c.baseUrl).toBe(emu.url);
      await c.submitRender(BODY);
      expect(emu.ledger).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  it('defaults to Pictory’s production URL', () => {
    const c = createClient({ env: { PICTORY_API_KEY: 'pictai_x' } });
    expect(c.baseUrl).toBe('https://api.pictory.ai/pictoryapis');
    return c.close();
  });

  it('is required: no credentials at all is an AuthenticationError naming the variables', () => {
    expect(() => createClient({ env: {} })).toThrow(/PICTORY_API_KEY.*PICTORY_CLIENT_ID.*PICTORY_CLIENT_SECRET/);
  });
});

describe('client credentials (token flow)', () => {
  const credentials = { clientId: 'client-1', clientSecret: 'secret-1' };

  it('exchanges them once at POST /v1/oauth2/token and reuses the token, also across concurrent calls', async () => {
    const emu = await emulator({ auth: credentials });
    const c = client(emu, credentials);
    expect(c.authMode).toBe('clientCredentials');
    const { jobId } = await c.submitRender(BODY);
    await Promise.all(Array.from({ length: 5 }, () => c.getJob(jobId)));
    await c.getJob(jobId);
    expect(requestsTo(emu, '/v1/oauth2/token')).toHaveLength(1);
    expect(requestsTo(emu, '/v1/jobs/', 'GET')).toHaveLength(6);
    expect(emu.requests.filter((r) => r.path === '/v1/oauth2/token').every((r) => !r.authorized)).toBe(true);
  });

  it('come from PICTORY_CLIENT_ID and PICTORY_CLIENT_SECRET', async () => {
    const emu = await emulator({ auth: credentials });
    const c = createClient({ baseUrl: emu.url, env: { PICTORY_CLIENT_ID: 'client-1', PICTORY_CLIENT_SECRET: 'secret-1' } });
    try {
      await c.submitRender(BODY);
      expect(requestsTo(emu, '/v1/oauth2/token')).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  it('renews the token shortly before it expires (clock controlled)', async () => {
    const emu = await emulator({ auth: { ...credentials, tokenTtlSeconds: 3600 } });
    const clock = controlledClock(Date.now());
    const c = client(emu, { ...credentials, clock });
    const { jobId } = await c.submitRender(BODY);
    clock.advance(3540_000 - 1); // 1 ms before the renewal point (a minute before expiry): still cached
    await c.getJob(jobId);
    expect(requestsTo(emu, '/v1/oauth2/token')).toHaveLength(1);
    clock.advance(2);
    await c.getJob(jobId);
    expect(requestsTo(emu, '/v1/oauth2/token')).toHaveLength(2);
  });

  it('renews once on a 401 and retries the request with the new token', async () => {
    const emu = await emulator({ auth: credentials });
    const c = client(emu, credentials);
    const { jobId } = await c.submitRender(BODY);
    emu.inject({ path: '/v1/jobs/', status: 401, body: { message: 'Unauthorized' } });
    expect((await c.getJob(jobId)).jobId).toBe(jobId);
    expect(requestsTo(emu, '/v1/oauth2/token')).toHaveLength(2);
    expect(requestsTo(emu, '/v1/jobs/').map((r) => r.status)).toEqual([401, 200]);
  });

  it('renews only once: a second 401 is an AuthenticationError', async () => {
    const emu = await emulator({ auth: credentials });
    const c = client(emu, credentials);
    emu.inject({ path: '/v1/jobs/', status: 401, times: 2 });
    await expect(c.getJob('job-x')).rejects.toBeInstanceOf(AuthenticationError);
    expect(requestsTo(emu, '/v1/jobs/')).toHaveLength(2);
    expect(requestsTo(emu, '/v1/oauth2/token')).toHaveLength(2);
  });

  it('renewing after a 401 on a submit re-sends it (a 401 means it was refused): one job', async () => {
    const emu = await emulator({ auth: credentials });
    const c = client(emu, credentials);
    emu.inject({ method: 'POST', path: '/v2/', status: 401 });
    await c.submitRender(BODY);
    expect(emu.ledger).toHaveLength(1);
  });

  it('wrong secret: AuthenticationError from the token endpoint, pointing at the variables', async () => {
    const emu = await emulator({ auth: credentials });
    const c = client(emu, { clientId: 'client-1', clientSecret: 'nope-nope' });
    const error = await c.submitRender(BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ request: { method: 'POST', path: '/v1/oauth2/token' } });
    expect((error as Error).message).toContain('PICTORY_CLIENT_SECRET');
    expect(emu.ledger).toHaveLength(0);
  });
});

describe('User-Agent', () => {
  it('is explicit (pictory-jsx/<version>), with an optional application prefix', async () => {
    const emu = await emulator();
    await client(emu).getJob('x').catch(() => undefined);
    await client(emu, { userAgent: 'my-app/2.0' }).getJob('x').catch(() => undefined);
    const agents = emu.requests.map((r) => r.userAgent);
    expect(agents[0]).toMatch(new RegExp(`^pictory-jsx/${VERSION.replace(/\./g, '\\.')} node/`));
    expect(agents[1]).toMatch(/^my-app\/2\.0 pictory-jsx\//);
  });

  it('carries the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
