/**
 * The emulator's discovery endpoints answer with Pictory's documented shapes, over real HTTP: bare arrays,
 * `{items}`, `{data: {searchResults}}`, the `depricated` spelling, 400 on out-of-range search parameters,
 * 401 without a key.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/types.js';
import { call, start } from '../emulator/helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await start();
  return () => emu.close();
});
afterEach(() => emu.clearFaults());

describe('emulator catalogs', () => {
  it('serves a few dozen voices as a bare array, across languages and services, with Pictory default voices', async () => {
    const { status, json } = await call(emu, 'GET', '/v1/voiceovers/tracks');
    expect(status).toBe(200);
    expect(Array.isArray(json)).toBe(true);
    expect(json.length).toBeGreaterThanOrEqual(24);
    expect(new Set(json.map((v: any) => v.service))).toEqual(new Set(['aws', 'google', 'elevenlabs']));
    expect(new Set(json.map((v: any) => v.language.split('-')[0])).size).toBeGreaterThanOrEqual(12);
    for (const name of ['Tim', 'Martin', 'Gabriel', 'Wilbur', 'Marco', 'Aurelio', 'Hugo', 'Brian', 'Jackson']) {
      expect(json.some((v: any) => v.name === name), name).toBe(true);
    }
    expect(json[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String), sample: expect.stringMatching(/\.mp3$/) });
  });

  it('serves brands and styles as bare arrays, smart layouts and templates under items', async () => {
    const brands = await call(emu, 'GET', '/v1/brands/video');
    expect(brands.json).toContainEqual({ id: expect.any(String), name: 'Acme Corp' });
    const styles = await call(emu, 'GET', '/v1/styles');
    expect(styles.json.map((s: any) => s.name)).toEqual(expect.arrayContaining(['Default', 'Headliner']));
    const layouts = await call(emu, 'GET', '/v1/smartlayouts');
    expect(layouts.json.items[0]).toEqual({ templateId: expect.any(String), templateName: expect.any(String), schemaVersion: 'v3' });
    const templates = await call(emu, 'GET', '/v1/templates');
    expect(templates.json.items.some((t: any) => t.deprecated === true)).toBe(true);
    expect(templates.json.items[0]).not.toHaveProperty('variables');
  });

  it('answers a template by id with its variables and the documented "depricated" spelling; 404 for an unknown id', async () => {
    const one = await call(emu, 'GET', '/v1/templates/tpl_welcome_customer');
    expect(one.json).toMatchObject({ templateId: 'tpl_welcome_customer', depricated: false });
    expect(one.json).not.toHaveProperty('deprecated');
    expect(one.json.variables.map((v: any) => v.name)).toEqual(['Name', 'Company']);
    expect((await call(emu, 'GET', '/v1/templates/tpl_nope')).status).toBe(404);
  });

  it('searches music by words and case-sensitive moods, pages it, and refuses a pageSize outside 20–100', async () => {
    const calm = await call(emu, 'POST', '/v1/music/search', { body: { mood: ['Calm'] } });
    expect(calm.json.items.length).toBeGreaterThan(0);
    expect(calm.json.items.every((t: any) => t.moods.includes('Calm'))).toBe(true);
    const lower = await call(emu, 'POST', '/v1/music/search', { body: { mood: ['calm'] } });
    expect(lower.json.items).toEqual([]);
    const words = await call(emu, 'POST', '/v1/music/search', { body: { query: 'golden' } });
    expect(words.json.items.map((t: any) => t.title)).toEqual(['Golden Hour']);
    const bad = await call(emu, 'POST', '/v1/music/search', { body: { pageSize: 5 } });
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].name).toBe('pageSize');
    const moods = await call(emu, 'GET', '/v1/music/moods');
    expect(moods.json).toContain('Calm');
  });

  it('searches stock by keyword under data.searchResults, filters by category, requires a keyword', async () => {
    const found = await call(emu, 'GET', '/v1/media/search?keyword=ocean&language=en');
    expect(found.json.data.searchResults).toHaveLength(1);
    expect(found.json.data.searchResults[0]).toMatchObject({ mediaType: 'video', searchLibrary: expect.stringMatching(/story_blocks|getty/) });
    const city = await call(emu, 'GET', '/v1/media/search?keyword=city');
    expect(city.json.data.searchResults.length).toBe(3);
    const cityInNature = await call(emu, 'GET', '/v1/media/search?keyword=city&category=Nature');
    expect(cityInNature.json.data.searchResults).toEqual([]);
    expect((await call(emu, 'GET', '/v1/media/search?keyword=')).status).toBe(400);
  });

  it('reports the AI-credit balance, less what running jobs reserve', async () => {
    emu.setAiCredits(250);
    const usage = await call(emu, 'GET', '/v1/aicredits/usage');
    expect(usage.json.data.availableCredits).toBe(250);
  });

  it('answers 401 without a key', async () => {
    for (const path of ['/v1/voiceovers/tracks', '/v1/brands/video', '/v1/templates', '/v1/aicredits/usage']) {
      expect((await call(emu, 'GET', path, { auth: null })).status, path).toBe(401);
    }
  });
});
