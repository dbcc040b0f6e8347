/**
 * Every discovery command against the emulator, as a table and as --json: in-process with captured
 * streams, and the built CLI once with no credentials (the embedded emulator, said on stderr).
 */
import { describe, expect, it } from 'vitest';
import { avatarsCommand } from '../../src/cli/commands/avatars.js';
import { brandsCommand } from '../../src/cli/commands/brands.js';
import { layoutsCommand } from '../../src/cli/commands/layouts.js';
import { modelsCommand } from '../../src/cli/commands/models.js';
import { musicCommand } from '../../src/cli/commands/music.js';
import { stockCommand } from '../../src/cli/commands/stock.js';
import { stylesCommand } from '../../src/cli/commands/styles.js';
import { templatesCommand } from '../../src/cli/commands/templates.js';
import { voicesCommand } from '../../src/cli/commands/voices.js';
import { runCli } from '../cli/run-cli.js';
import { emulator } from '../client/helpers.js';
import { commandIO, count, sink } from './helpers.js';

/** Runs `command` against a fresh emulator; returns its exit code, output and the emulator. */
async function run(command: (io: Awaited<ReturnType<typeof commandIO>>['io']) => Promise<number>) {
  const emu = await emulator();
  const { io, stdout, stderr } = await commandIO(emu);
  const code = await command(io);
  return { code, stdout: stdout(), stderr: stderr(), emu };
}

/** The rows of a table (header first), split on runs of 2+ spaces. */
const rows = (table: string) => table.trimEnd().split('\n').map((line) => line.trim().split(/\s{2,}/));

describe('discovery commands', () => {
  it('voices: a table of id, name, language, gender, accent, service; --language and --service filter', async () => {
    const all = await run((io) => voicesCommand({}, io));
    expect(all.code).toBe(0);
    const table = rows(all.stdout);
    expect(table[0]).toEqual(['ID', 'NAME', 'LANGUAGE', 'GENDER', 'ACCENT', 'SERVICE']);
    expect(table).toContainEqual(['113', 'Tim', 'nl-NL', 'male', 'Dutch', 'aws']);
    expect(all.stdout).toMatch(/34 voices\./);
    expect(count(all.emu, 'GET', '/v1/voiceovers/tracks')).toBe(1);

    const dutch = await run((io) => voicesCommand({ language: 'nl' }, io));
    expect(rows(dutch.stdout).slice(1, -1).map((r) => r[1])).toEqual(['Tim', 'Lotte']);
    const eleven = await run((io) => voicesCommand({ service: 'elevenlabs', json: true }, io));
    const json = JSON.parse(eleven.stdout);
    expect(json.map((v: any) => v.name)).toEqual(['Liam', 'Rachel', 'Charlotte']);
    expect(json[1]).toMatchObject({ id: '111', voice: '21m00Tcm4TlvDq8ikWAM', language: 'en-US' });
  });

  it('music: searches with --query/--mood/--purpose, a table with the URL to use, or JSON', async () => {
    const table = await run((io) => musicCommand({ mood: 'Epic', purpose: ['Trailer'] }, io));
    expect(table.code).toBe(0);
    expect(rows(table.stdout).slice(1).map((r) => r[0])).toEqual(['Deep Blue', 'Rising Tide']);
    expect(table.stdout).toContain('https://music.emulator.invalid/tracks/5008-deep-blue.mp3');
    const json = await run((io) => musicCommand({ query: 'lo-fi', json: true }, io));
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ title: 'Night Study', duration: 212, moods: ['Calm', 'Dreamy'] })]);
    // Nothing found with filters: the valid values are shown, from the account.
    const none = await run((io) => musicCommand({ mood: 'calm' }, io));
    expect(none.stdout).toBe('No track matches.\n');
    expect(none.stderr).toMatch(/Moods: .*Calm/);
  });

  it('stock: a table of assets for a query (and --category), JSON, and a clear line when nothing is found', async () => {
    const table = await run((io) => stockCommand('beach', {}, io));
    expect(rows(table.stdout).slice(1, -1).map((r) => r.at(-1))).toEqual(['Ocean waves crashing on a beach', 'Woman running on a beach at sunrise']);
    const json = await run((io) => stockCommand('beach', { category: 'People', json: true }, io));
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ description: 'Woman running on a beach at sunrise', mediaType: 'video', duration: 8 })]);
    const none = await run((io) => stockCommand('volcano', {}, io));
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/No stock found for "volcano"/);
  });

  it('brands, styles, layouts: name and id, or JSON', async () => {
    const brands = await run((io) => brandsCommand({}, io));
    expect(rows(brands.stdout)).toContainEqual(['Acme Corp', 'brand_8f2a1c']);
    expect(JSON.parse((await run((io) => brandsCommand({ json: true }, io))).stdout)).toContainEqual({ id: 'brand_b71f02', name: 'Northwind' });
    const styles = await run((io) => stylesCommand({}, io));
    expect(rows(styles.stdout)).toContainEqual(['Headliner', 'style_0002']);
    expect(JSON.parse((await run((io) => stylesCommand({ json: true }, io))).stdout)).toHaveLength(5);
    const layouts = await run((io) => layoutsCommand({}, io));
    expect(rows(layouts.stdout)).toContainEqual(['News Flash', 'sl_news_02']);
    expect(JSON.parse((await run((io) => layoutsCommand({ json: true }, io))).stdout)[0]).toEqual({ id: 'sl_modern_01', name: 'Modern', schemaVersion: 'v3' });
  });

  it('templates: the list with status, one template with its variables, JSON of both', async () => {
    const list = await run((io) => templatesCommand(undefined, {}, io));
    expect(rows(list.stdout)).toContainEqual(['tpl_old_promo', 'Old Promo', 'en', 'deprecated']);
    const one = await run((io) => templatesCommand('tpl_event_promo', {}, io));
    expect(rows(one.stdout)).toContainEqual(['BrandColor', 'no', '#1A73E8']);
    expect(rows(one.stdout)).toContainEqual(['EventName', 'yes']);
    const json = JSON.parse((await run((io) => templatesCommand('tpl_event_promo', { json: true }, io))).stdout);
    expect(json).toMatchObject({ id: 'tpl_event_promo', deprecated: false });
    expect(JSON.parse((await run((io) => templatesCommand(undefined, { json: true }, io))).stdout)).toHaveLength(4);
    const missing = await run((io) => templatesCommand('tpl_nope', {}, io));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/GET \/v1\/templates\/tpl_nope answered 404/);
  });

  it('avatars: id, name, gender, or JSON', async () => {
    const table = await run((io) => avatarsCommand({}, io));
    expect(rows(table.stdout)).toContainEqual(['avatar_james_02', 'James', 'male']);
    expect(JSON.parse((await run((io) => avatarsCommand({ json: true }, io))).stdout)).toHaveLength(3);
  });

  it('models: the catalog offline, with prices, durations and aspect ratios, or JSON', () => {
    const out = sink();
    expect(modelsCommand({}, out.stream)).toBe(0);
    expect(rows(out.text())).toContainEqual(['veo3.1', 'video', '20/second', '4s 6s 8s', '16:9 9:16']);
    const json = sink();
    modelsCommand({ json: true }, json.stream);
    const parsed = JSON.parse(json.text());
    expect(parsed.models.find((m: any) => m.model === 'flux-schnell')).toMatchObject({ kind: 'image', credits: 0.6, unit: 'image' });
    expect(parsed.mediaStyles).toContain('photorealistic');
  });

  it('a wrong key: one line naming the endpoint and the fix, exit 1, no secret', async () => {
    const emu = await emulator({ auth: { apiKeys: ['pictai_right'] } });
    const { io, stdout, stderr } = await commandIO(emu);
    io.env.PICTORY_API_KEY = 'pictai_wrong_key_123';
    expect(await brandsCommand({}, io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(/^pictory-jsx: GET \/v1\/brands\/video answered 401.*PICTORY_API_KEY/);
    expect(stderr()).not.toContain('pictai_wrong_key_123');
  });

  it('the built CLI without credentials lists the embedded emulator and says so', async () => {
    const env = { PICTORY_API_KEY: undefined, PICTORY_CLIENT_ID: undefined, PICTORY_CLIENT_SECRET: undefined, PICTORY_API_URL: undefined };
    const voices = await runCli(['voices', '--language', 'nl', '--json'], { env });
    expect(voices.code).toBe(0);
    expect(JSON.parse(voices.stdout).map((v: any) => v.name)).toEqual(['Tim', 'Lotte']);
    expect(voices.stderr).toMatch(/local emulator's built-in catalog/);
    const templates = await runCli(['templates', 'tpl_welcome_customer'], { env });
    expect(templates.stdout).toMatch(/^Customer Welcome \(tpl_welcome_customer\)\nVARIABLE\s+REQUIRED/);
  }, 120_000);
});
