/**
 * The pre-flight as a library function, on hand-built request bodies by Pictory's wire names (the fields
 * the DSL will emit: subtitle styles, smart layouts, templates and variables, avatars), with the
 * compiler's component-path → location map, against the emulator's catalogs.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledVideo } from '../../src/compiler/types.js';
import type { SourceLocation } from '../../src/diagnostics/diagnostic.js';
import { ValidationError } from '../../src/client/errors.js';
import { preflight, preflightOrThrow } from '../../src/preflight/preflight.js';
import { client, emulator } from '../client/helpers.js';
import { count, tempDir } from './helpers.js';

const FILE = '/project/videos/launch.tsx';
const at = (line: number): SourceLocation => ({ file: FILE, line, column: 5 });

/** A compile result for `request`, with locations for the paths the pre-flight reports. */
function video(request: Record<string, unknown>, credits = 0): CompiledVideo {
  const locations = new Map<string, SourceLocation>([
    ['Video', at(3)],
    ['Video > VoiceOver', at(4)],
    ['Video > Avatar', at(5)],
    ['Video > Scene[1] > VoiceOver', at(8)],
    ['Video > Scene[2] > VoiceOver', at(12)],
  ]);
  return {
    ok: true,
    videoName: 'launch',
    request: { videoName: 'launch', scenes: [{ story: 'One.' }], ...request } as CompiledVideo['request'],
    credits: { total: credits, exact: true, items: [] },
    diagnostics: [],
    locations,
  };
}

const voice = (speaker: string) => ({ enabled: true, aiVoices: [{ speaker }] });

describe('preflight', () => {
  it('accepts references the account has: speaker by name (any case), track id or provider voice id; names and ids of brands, styles, layouts; avatars', async () => {
    const emu = await emulator();
    const c = client(emu);
    const report = await preflight(
      [
        video({ brandName: 'Acme Corp', subtitleStyleName: 'Headliner', smartLayoutName: 'News Flash', avatar: { avatarId: 'avatar_anna_01' }, voiceOver: voice('tim') }),
        video({ brandId: 'brand_b71f02', subtitleStyleId: 'style_0003', smartLayoutId: 'sl_quote_04', voiceOver: voice('113') }),
        video({ scenes: [{ story: 'a', voiceOver: voice('21m00Tcm4TlvDq8ikWAM') }] }),
      ],
      c,
    );
    expect(report.diagnostics).toEqual([]);
  });

  it('refuses each unknown reference at its element, with did-you-mean from the real list', async () => {
    const emu = await emulator();
    const report = await preflight(
      [
        video({
          brandName: 'Acme Crop',
          subtitleStyleName: 'Headliners',
          smartLayoutId: 'sl_news_2',
          avatar: { avatarId: 'avatar_ana_01' },
          voiceOver: voice('Brain'),
          scenes: [{ story: 'a' }, { story: 'b', voiceOver: voice('Timm') }],
        }),
      ],
      client(emu),
    );
    const byCode = Object.fromEntries(report.diagnostics.map((d) => [`${d.code} ${d.path}`, d]));
    expect(byCode['unknown-brand Video']).toMatchObject({ severity: 'error', loc: at(3), prop: 'brandName' });
    expect(byCode['unknown-brand Video'].message).toBe(
      'brandName "Acme Crop" is not a brand of this account; did you mean "Acme Corp"? (`pictory-jsx brands` lists them)',
    );
    expect(byCode['unknown-subtitle-style Video'].message).toMatch(/subtitleStyleName "Headliners" .* did you mean "Headliner"\?/);
    expect(byCode['unknown-smart-layout Video'].message).toMatch(/smartLayoutId "sl_news_2" .* did you mean "sl_news_02"\?/);
    expect(byCode['unknown-avatar Video > Avatar']).toMatchObject({ loc: at(5) });
    expect(byCode['unknown-avatar Video > Avatar'].message).toMatch(/did you mean "avatar_anna_01"\?/);
    expect(byCode['unknown-speaker Video > VoiceOver']).toMatchObject({ loc: at(4) });
    expect(byCode['unknown-speaker Video > VoiceOver'].message).toMatch(/speaker "Brain" .* did you mean "Brian"\?/);
    expect(byCode['unknown-speaker Video > Scene[2] > VoiceOver']).toMatchObject({ loc: at(12) });
    expect(byCode['unknown-speaker Video > Scene[2] > VoiceOver'].message).toMatch(/speaker "Timm" is not a voice of this account; did you mean "Tim"\?/);
    expect(report.diagnostics).toHaveLength(6);
  });

  it('says when nothing is near, and when a name was given as an id', async () => {
    const emu = await emulator();
    const { diagnostics } = await preflight([video({ brandId: 'Northwind', voiceOver: voice('Zebedee') })], client(emu));
    expect(diagnostics.map((d) => d.message)).toEqual([
      'brandId "Northwind" is not a brand of this account; no near name. ("Northwind" has id brand_b71f02) (`pictory-jsx brands` lists them)',
      'speaker "Zebedee" is not a voice of this account; no near name. (`pictory-jsx voices` lists them)',
    ]);
  });

  it('checks a template: unknown id, a missing required variable, a variable it does not have; a deprecated one warns', async () => {
    const emu = await emulator();
    const c = client(emu);
    const missing = await preflight([video({ templateId: 'tpl_welcome_customer', variables: { Name: 'Ada' } })], c);
    expect(missing.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'missing-template-variable',
        path: 'Video',
        loc: at(3),
        message: 'template "Customer Welcome" needs variable "Company" in `variables` (it has "Name", "Company")',
      }),
    ]);
    const extra = await preflight([video({ templateId: 'tpl_welcome_customer', variables: { Name: 'Ada', Compnay: 'ACME' } })], c);
    expect(extra.diagnostics.map((d) => d.code)).toEqual(['missing-template-variable', 'unknown-template-variable']);
    expect(extra.diagnostics[1].message).toBe('template "Customer Welcome" has no variable "Compnay"; did you mean "Company"?');
    // Optional variables (with a default) may be left out.
    const ok = await preflight([video({ templateId: 'tpl_event_promo', variables: { EventName: 'Expo', Date: 'May 1' } })], c);
    expect(ok.diagnostics).toEqual([]);
    const unknown = await preflight([video({ templateId: 'Product Launch' })], c);
    expect(unknown.diagnostics[0].message).toMatch(/templateId "Product Launch" is not a template .*\("Product Launch" is template tpl_product_launch\)/);
    const old = await preflight([video({ templateId: 'tpl_old_promo', variables: { Headline: 'Hi' } })], c);
    expect(old.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'template-deprecated' })]);
  });

  it('an ElevenLabs voice id outside the library is a warning (Pictory adds it on first use)', async () => {
    const emu = await emulator();
    const { diagnostics } = await preflight([video({ voiceOver: voice('pNInz6obpgDQGcFmaJgB') })], client(emu));
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'speaker-not-in-library' })]);
  });

  it('refuses a video whose AI-credit estimate exceeds the balance; asks for the balance only when credits are used', async () => {
    const emu = await emulator({ aiCredits: 100 });
    const c = client(emu);
    const free = await preflight([video({})], c);
    expect(free.creditBalance).toBeUndefined();
    expect(count(emu, 'GET', '/v1/aicredits/usage')).toBe(0);
    const fits = await preflight([video({}, 60), video({}, 40)], c);
    expect(fits.diagnostics).toEqual([]);
    expect(fits.creditBalance).toBe(100);
    const over = await preflight([video({}, 60), video({}, 40.5)], c);
    expect(over.diagnostics).toEqual([
      expect.objectContaining({ code: 'insufficient-credits', loc: at(3), message: 'these 2 videos need 100.5 AI credits; the account has 100 available' }),
    ]);
  });

  it('preflightOrThrow: a ValidationError listing every error with file:line, component path and did-you-mean', async () => {
    const emu = await emulator();
    const error = await preflightOrThrow([video({ voiceOver: voice('Timm') })], client(emu), { cwd: '/project' }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      '"launch" refers to what the account does not have; nothing was sent.\n' +
        'videos/launch.tsx:4:5  error  Video > VoiceOver: speaker "Timm" is not a voice of this account; did you mean "Tim"? (`pictory-jsx voices` lists them)\n' +
        '1 error, 0 warnings',
    );
  });

  it('a catalog the account does not serve (404) is a warning, not a refusal; other failures propagate', async () => {
    const emu = await emulator();
    const c = client(emu);
    emu.inject({ path: '/v1/avatars', status: 404, times: Infinity });
    const { diagnostics } = await preflight([video({ avatar: { avatarId: 'anyone' } })], c);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'reference-not-checked' })]);
    emu.clearFaults();
    emu.inject({ path: '/v1/brands/video', status: 500, times: Infinity });
    const failing = client(emu, { maxRetries: 0 });
    await expect(preflight([video({ brandName: 'Acme Corp' })], failing)).rejects.toThrow(/GET \/v1\/brands\/video answered 500/);
  });

  it('asks for each catalog once per client, however many videos and checks; concurrent checks share the request', async () => {
    const emu = await emulator();
    const c = client(emu);
    const videos = Array.from({ length: 100 }, (_, i) =>
      video({ videoName: `v${i}`, brandName: 'Acme Corp', voiceOver: voice('Brian'), templateId: 'tpl_welcome_customer', variables: { Name: `n${i}`, Company: 'c' } }),
    );
    await Promise.all([preflight(videos, c), preflight(videos.slice(0, 10), c)]);
    await preflight(videos, c);
    for (const path of ['/v1/voiceovers/tracks', '/v1/brands/video', '/v1/templates', '/v1/templates/tpl_welcome_customer']) {
      expect(count(emu, 'GET', path), path).toBe(1);
    }
  });

  it('keeps the catalogs briefly on disk for the same account, never the key itself', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const env = { PICTORY_API_KEY: 'pictai_test_key', PICTORY_API_URL: emu.url };
    await preflight([video({ voiceOver: voice('Brian') })], client(emu), { cwd, env });
    // A new client (a new command) in the same folder, same account: no request.
    await preflight([video({ voiceOver: voice('Brian') })], client(emu), { cwd, env });
    expect(count(emu, 'GET', '/v1/voiceovers/tracks')).toBe(1);
    const { readdir, readFile } = await import('node:fs/promises');
    const files = await readdir(`${cwd}/.pictory/catalogs`);
    expect(files).toHaveLength(1);
    const text = await readFile(`${cwd}/.pictory/catalogs/${files[0]}`, 'utf8');
    expect(text).toContain('"Brian"');
    expect(text).not.toContain('pictai_test_key');
    // Another account (another key) does not read it.
    await preflight([video({ voiceOver: voice('Brian') })], client(emu), { cwd, env: { ...env, PICTORY_API_KEY: 'pictai_other_account' } });
    expect(count(emu, 'GET', '/v1/voiceovers/tracks')).toBe(2);
  });

  it('confirms a refusal with a fresh read: a brand created since the catalog was cached (memory or disk) is accepted', async () => {
    const emu = await emulator();
    const cwd = await tempDir();
    const env = { PICTORY_API_KEY: 'pictai_test_key', PICTORY_API_URL: emu.url };
    // The account before the user created "Northwind".
    emu.inject({ path: '/v1/brands/video', status: 200, body: [{ id: 'brand_8f2a1c', name: 'Acme Corp' }] });
    const c = client(emu);
    const before = await preflight([video({ brandName: 'Northwind' })], c, { cwd, env });
    expect(before.diagnostics.map((d) => d.code)).toEqual(['unknown-brand']);
    expect(count(emu, 'GET', '/v1/brands/video')).toBe(1);
    // Now it exists: the cached list (in memory for this client) is not trusted for a refusal.
    const after = await preflight([video({ brandName: 'Northwind' })], c, { cwd, env });
    expect(after.diagnostics).toEqual([]);
    expect(count(emu, 'GET', '/v1/brands/video')).toBe(2);
    // Nor is the disk copy, for a new command (a new client) in a folder whose copy lacks the brand.
    const diskCwd = await tempDir();
    emu.inject({ path: '/v1/brands/video', status: 200, body: [{ id: 'brand_8f2a1c', name: 'Acme Corp' }] });
    await preflight([video({ brandName: 'Acme Corp' })], client(emu), { cwd: diskCwd, env });
    const requests = count(emu, 'GET', '/v1/brands/video');
    const fresh = await preflight([video({ brandName: 'Northwind' })], client(emu), { cwd: diskCwd, env });
    expect(fresh.diagnostics).toEqual([]);
    expect(count(emu, 'GET', '/v1/brands/video')).toBe(requests + 1);
  });
});
