/**
 * The discovery endpoints, answered from the built-in catalogs in `../catalogs/` with the documented
 * shapes: bare arrays (voices, brands, styles, music vocabularies), `{items}` (smart layouts, templates,
 * music search, avatars), `{data: {searchResults}}` (stock), and a template by id spelling `depricated`.
 */
import type { Handler } from '../context.js';
import { toCredits } from '../credits.js';
import { invalidBody, json, readJson } from '../http.js';
import { AVATARS, BRANDS, creditUsage, SMART_LAYOUTS, STYLES } from '../catalogs/accounts.js';
import { GENRES, INSTRUMENTS, MOODS, PURPOSES, searchMusic, type MusicSearch } from '../catalogs/music.js';
import { searchStock, stockView } from '../catalogs/stock.js';
import { templateDetail, TEMPLATES, templateSummary } from '../catalogs/templates.js';
import { VOICES } from '../catalogs/voices.js';

export const listVoices: Handler = async () => json(200, VOICES);
export const listBrands: Handler = async () => json(200, BRANDS);
export const listStyles: Handler = async () => json(200, STYLES);
export const listSmartLayouts: Handler = async () => json(200, { items: SMART_LAYOUTS });
export const listAvatars: Handler = async () => json(200, { items: AVATARS });
export const listTemplates: Handler = async () => json(200, { items: TEMPLATES.map(templateSummary) });

export const getTemplate: Handler = async (_ctx, _req, [templateId]) => {
  const template = TEMPLATES.find((t) => t.templateId === templateId);
  return template === undefined
    ? json(404, { success: false, message: `Template ${templateId} not found` })
    : json(200, templateDetail(template));
};

export const musicVocabulary = (values: string[]): Handler => async () => json(200, values);
export const MUSIC_VOCABULARIES = { moods: MOODS, purposes: PURPOSES, genres: GENRES, instruments: INSTRUMENTS };

const LIST_FILTERS = ['mood', 'purpose', 'genre', 'instrument'] as const;

/** `POST /v1/music/search`: documented bounds checked (page ≥ 1, pageSize 20–100, sort), then filtered and paged. */
export const musicSearch: Handler = async (_ctx, req) => {
  const read = await readJson(req);
  if (!read.ok) return read.reply;
  const body = (read.value ?? {}) as Record<string, unknown>;
  const page = body.page ?? 1;
  const pageSize = body.pageSize ?? 20;
  const fields = [];
  if (!Number.isInteger(page) || (page as number) < 1) fields.push({ name: 'page', errors: 'page must be an integer of at least 1' });
  if (!Number.isInteger(pageSize) || (pageSize as number) < 20 || (pageSize as number) > 100) {
    fields.push({ name: 'pageSize', errors: 'pageSize must be an integer from 20 to 100' });
  }
  if (body.sort !== undefined && !['latest', 'shuffle', 'featured'].includes(body.sort as string)) {
    fields.push({ name: 'sort', errors: 'sort must be one of latest, shuffle, featured' });
  }
  if (body.query !== undefined && typeof body.query !== 'string') fields.push({ name: 'query', errors: 'query must be a string' });
  for (const key of LIST_FILTERS) {
    const value = body[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      fields.push({ name: key, errors: `${key} must be an array of strings` });
    }
  }
  if (fields.length) return invalidBody(fields);
  const found = searchMusic(body as MusicSearch);
  const start = ((page as number) - 1) * (pageSize as number);
  return json(200, { items: found.slice(start, start + (pageSize as number)), total: found.length, page });
};

/** `GET /v1/media/search?keyword=&category=&language=`: `keyword` is required. */
export const mediaSearch: Handler = async (_ctx, _req, _params, query) => {
  const keyword = query.get('keyword')?.trim();
  if (!keyword) return invalidBody([{ name: 'keyword', errors: 'keyword is required' }]);
  const results = searchStock(keyword, query.get('category') ?? undefined);
  return json(200, { success: true, data: { page: 1, searchResults: results.map(stockView) } });
};

/** `GET /v1/aicredits/usage`: the emulated balance (free of running jobs' reservations). */
export const aiCreditUsage: Handler = async (ctx) => json(200, creditUsage(toCredits(ctx.credits.available), ctx.credits.credits));
