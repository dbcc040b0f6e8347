/**
 * createDiscovery(client) over real loopback HTTP: the documented shapes parsed and normalised (bare
 * arrays, `{items}`, `depricated`), tolerated wrappers, an unexpected shape refused with the endpoint's
 * name, the client's retries and redaction.
 */
import { describe, expect, it } from 'vitest';
import { createDiscovery } from '../../src/client/discovery.js';
import { APIError } from '../../src/client/errors.js';
import { client, emulator } from '../client/helpers.js';
import { count } from './helpers.js';

describe('createDiscovery', () => {
  it('reads every catalog of the emulator into plain typed lists', async () => {
    const emu = await emulator();
    const d = createDiscovery(client(emu));
    const voices = await d.voices();
    expect(voices.find((v) => v.name === 'Tim')).toMatchObject({ id: '113', language: 'nl-NL', service: 'aws' });
    expect((await d.brands()).map((b) => b.name)).toContain('Acme Corp');
    expect((await d.styles()).map((s) => s.name)).toContain('Headliner');
    expect(await d.layouts()).toContainEqual({ id: 'sl_news_02', name: 'News Flash', schemaVersion: 'v3' });
    expect((await d.templates()).find((t) => t.id === 'tpl_old_promo')).toMatchObject({ deprecated: true });
    // The by-id answer says "depricated": normalised to `deprecated`.
    const old = await d.template('tpl_old_promo');
    expect(old.deprecated).toBe(true);
    expect((await d.template('tpl_product_launch')).variables).toEqual([
      { name: 'ProductName', required: true, defaultValue: undefined },
      { name: 'Tagline', required: true, defaultValue: undefined },
      { name: 'ProductImage', required: false, defaultValue: 'https://assets.emulator.invalid/product.png' },
    ]);
    expect((await d.avatars()).map((a) => a.id)).toContain('avatar_anna_01');
    expect((await d.music({ mood: ['Epic'] })).map((t) => t.title)).toEqual(['Deep Blue', 'Rising Tide', 'Frozen Peaks']);
    expect((await d.stock({ keyword: 'coffee' }))[0]).toMatchObject({ mediaType: 'video', description: 'Coffee being poured into a cup' });
    expect(await d.creditBalance()).toBe(10_000);
  });

  it('accepts a list wrapped in items or data as well as bare, and ids as numbers or strings', async () => {
    const emu = await emulator();
    const d = createDiscovery(client(emu));
    emu.inject({ path: '/v1/brands/video', status: 200, body: { items: [{ id: 7, name: 'Seven' }] } });
    expect(await d.brands()).toEqual([{ id: '7', name: 'Seven' }]);
    emu.inject({ path: '/v1/styles', status: 200, body: { data: [{ id: 's', name: 'Styled' }] } });
    expect(await d.styles()).toEqual([{ id: 's', name: 'Styled' }]);
  });

  it('refuses an unexpected shape with an APIError naming the endpoint', async () => {
    const emu = await emulator();
    const d = createDiscovery(client(emu));
    emu.inject({ path: '/v1/voiceovers/tracks', status: 200, body: { voices: 'none' } });
    const error = await d.voices().catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toMatch(/^GET \/v1\/voiceovers\/tracks answered with an unexpected shape/);
  });

  it("retries a catalog read through the client's retry rule", async () => {
    const emu = await emulator();
    const d = createDiscovery(client(emu, { maxRetries: 2 }));
    emu.inject({ path: '/v1/brands/video', status: 503, headers: { 'retry-after': '0' } });
    expect((await d.brands()).length).toBe(4);
    expect(count(emu, 'GET', '/v1/brands/video')).toBe(2);
  });

  it('redacts an API key echoed in a catalog answer', async () => {
    const emu = await emulator();
    const d = createDiscovery(client(emu));
    emu.inject({ path: '/v1/brands/video', status: 200, body: [{ id: 'b1', name: 'leaked pictai_test_key here' }] });
    expect(JSON.stringify(await d.brands())).not.toContain('pictai_test_key');
  });
});
