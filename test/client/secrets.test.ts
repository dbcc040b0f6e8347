/**
 * No error, log line or inspected object ever shows the key, the client secret or a token: every failure
 * the client can produce is provoked with sentinel secrets, then everything observable is searched.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/client/redact.js';
import { BODY, client, controlledClock, emulator } from './helpers.js';

const SENTINEL_KEY = 'pictai_SENTINEL_k3y_7f3a9c';
const SENTINEL_SECRET = 'SENTINEL_client_secret_51d0';
const SENTINEL_TOKEN = 'tok_SENTINEL_access_token_e2b8';
const SENTINELS = [SENTINEL_KEY, SENTINEL_SECRET, SENTINEL_TOKEN, 'SENTINEL'];

/** Every way an error or object can end up in a terminal or a log file. */
function renderings(value: unknown): string[] {
  const out = [
    inspect(value, { depth: 10, showHidden: true, getters: true }),
    inspect(value, { depth: Infinity }),
    String(value),
  ];
  try {
    out.push(JSON.stringify(value) ?? '');
  } catch {
    // circular: inspect covers it
  }
  if (value instanceof Error) out.push(value.stack ?? '', value.message);
  return out;
}

function expectNoSecret(texts: string[]): void {
  for (const text of texts) for (const sentinel of SENTINELS) expect(text).not.toContain(sentinel);
}

describe('secrets never leak', () => {
  it('API key: errors of every kind, retry log lines and the client itself', async () => {
    const emu = await emulator({ auth: { apiKeys: ['pictai_the_right_key'] } });
    const log: string[] = [];
    const clock = controlledClock();
    const wrong = client(emu, { apiKey: SENTINEL_KEY, log: (line) => log.push(line), clock, timeoutMs: 100, maxRetries: 1 });
    const errors: unknown[] = [];
    const collect = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => errors.push(e));

    await collect(wrong.getJob('a')); // 401
    emu.inject({ path: '/v1/jobs/', status: 500, times: 2, body: { message: `internal: echo ${SENTINEL_KEY}` } });
    await collect(wrong.getJob('b')); // 5xx whose body echoes the key
    emu.inject({ method: 'POST', path: '/v2/', drop: true });
    await collect(wrong.submitRender(BODY)); // dropped connection
    emu.inject({ path: '/v1/jobs/', delayMs: 500, times: 2 });
    await collect(wrong.getJob('c')); // timeouts
    await collect(wrong.getJob('d', { signal: AbortSignal.abort(new Error('stop')) })); // abort
    emu.inject({ method: 'POST', path: '/v2/', status: 400, body: { code: 'INVALID_REQUEST_BODY', message: SENTINEL_KEY, fields: [{ name: 'x', errors: `bad ${SENTINEL_KEY}` }] } });
    await collect(wrong.submitRender(BODY)); // validation echoing the key

    expect(errors.map((e) => (e as { type: string }).type)).toEqual(['authentication', 'server', 'connection', 'timeout', 'abort', 'validation']);
    expect(log.length).toBeGreaterThan(0);
    expectNoSecret([...errors.flatMap(renderings), ...log, ...renderings(wrong)]);
    expect(errors.map(String).join('\n')).toContain('[redacted]');
  });

  it('client credentials and issued tokens, including a token that is then rejected', async () => {
    const emu = await emulator({ auth: { clientId: 'id-1', clientSecret: SENTINEL_SECRET } });
    const c = client(emu, { clientId: 'id-1', clientSecret: SENTINEL_SECRET });
    // The token endpoint hands out a sentinel token the API then refuses (and echoes back).
    emu.inject({ path: '/v1/oauth2/token', status: 200, body: { access_token: SENTINEL_TOKEN, expires_in: 3600, token_type: 'Bearer' }, times: 2 });
    emu.inject({ path: '/v1/jobs/', status: 401, body: { message: `token ${SENTINEL_TOKEN} is not valid` }, times: 2 });
    const error = await c.getJob('x').catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'authentication' });
    const wrongSecret = client(emu, { clientId: 'id-1', clientSecret: `${SENTINEL_SECRET}-wrong` });
    const tokenError = await wrongSecret.getJob('y').catch((e: unknown) => e);
    expect(tokenError).toMatchObject({ type: 'authentication', request: { path: '/v1/oauth2/token' } });
    expectNoSecret([...renderings(error), ...renderings(tokenError), ...renderings(c), ...renderings(wrongSecret)]);
  });

  it('redacts before cutting: a client secret straddling the 500-character cut of an error body does not survive in part', async () => {
    const emu = await emulator({ auth: { clientId: 'SENTINEL_client_id_77', clientSecret: SENTINEL_SECRET } });
    const c = client(emu, { clientId: 'SENTINEL_client_id_77', clientSecret: SENTINEL_SECRET, maxRetries: 0 });
    const errors: unknown[] = [];
    for (const offset of [480, 490, 495, 499]) {
      emu.inject({ path: '/v1/jobs/', status: 418, body: `${'x'.repeat(offset)}${SENTINEL_SECRET} tail` });
      errors.push(await c.getJob('x').catch((e: unknown) => e));
    }
    // The client id, echoed back by a server, is masked too.
    emu.inject({ path: '/v1/jobs/', status: 401, times: 2, body: { message: 'unknown client SENTINEL_client_id_77' } });
    errors.push(await c.getJob('y').catch((e: unknown) => e));
    expect(errors.map((e) => (e as { type: string }).type)).toEqual(['api', 'api', 'api', 'api', 'authentication']);
    expectNoSecret([...errors.flatMap(renderings), ...errors.map((e) => JSON.stringify((e as { body?: unknown }).body ?? ''))]);
    for (const secretPart of [SENTINEL_SECRET.slice(0, 12), 'client_id_77']) {
      for (const e of errors) expect(renderings(e).join('')).not.toContain(secretPart);
    }
  });

  it('a user name and password in the API URL are secrets: not in baseUrl, errors or the inspected client', async () => {
    const emu = await emulator();
    const url = emu.url.replace('http://', 'http://SENTINEL_user:SENTINEL_pw_31c@');
    const c = client(emu, { baseUrl: url, maxRetries: 0 });
    expect(c.baseUrl).toBe(emu.url);
    emu.inject({ method: 'POST', path: '/v2/', status: 400, body: { message: `bad url ${url}`, fields: [{ name: 'x', errors: 'SENTINEL_pw_31c' }] } });
    const error = await c.submitRender(BODY).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'validation' });
    expectNoSecret([...renderings(error), ...renderings(c)]);
    expect((await c.submitRender(BODY)).jobId).toBeTruthy(); // and the API is reached all the same
  });

  it('the Redactor masks registered secrets and anything shaped like a Pictory key', () => {
    const r = new Redactor();
    r.add(SENTINEL_SECRET);
    r.add('abc'); // too short to mask safely
    expect(r.redact(`a ${SENTINEL_SECRET} b pictai_unregistered_123 abc`)).toBe('a [redacted] b [redacted] abc');
    expect(r.redactValue({ list: [SENTINEL_SECRET], n: 1 })).toEqual({ list: ['[redacted]'], n: 1 });
  });
});
