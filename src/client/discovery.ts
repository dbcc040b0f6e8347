/**
 * `createDiscovery(client)`: typed reads of the account's catalogs (voices, brands, subtitle styles, smart
 * layouts, templates, avatars, music, stock media, the AI-credit balance). Each call is one request
 * through the client (retries, timeouts, redaction), and its answer is validated against the documented
 * shape: an unexpected shape is an `APIError` naming the endpoint, never a silent `undefined`.
 */
import { z } from 'zod';
import {
  AvatarSchema,
  CreditBalanceSchema,
  listOf,
  MusicTrackSchema,
  NamedSchema,
  SmartLayoutSchema,
  StockSearchSchema,
  StringListSchema,
  TemplateDetailSchema,
  TemplateSummarySchema,
  VoiceSchema,
  type Avatar,
  type Brand,
  type MusicTrack,
  type SmartLayout,
  type StockAsset,
  type SubtitleStyle,
  type TemplateDetail,
  type TemplateSummary,
  type Voice,
} from '../schema/discovery.js';
import type { CallOptions, PictoryClient } from './client.js';
import { APIError } from './errors.js';

export type { Avatar, Brand, MusicTrack, SmartLayout, StockAsset, SubtitleStyle, TemplateDetail, TemplateSummary, Voice };

/** `POST /v1/music/search` filters (all optional). */
export interface MusicQuery {
  query?: string;
  mood?: string[];
  purpose?: string[];
  genre?: string[];
  page?: number;
  /** 20–100 (Pictory's bounds). */
  pageSize?: number;
  sort?: 'latest' | 'shuffle' | 'featured';
}

/** `GET /v1/media/search` parameters. */
export interface StockQuery {
  keyword: string;
  category?: string;
  language?: string;
}

export interface Discovery {
  voices(call?: CallOptions): Promise<Voice[]>;
  brands(call?: CallOptions): Promise<Brand[]>;
  styles(call?: CallOptions): Promise<SubtitleStyle[]>;
  layouts(call?: CallOptions): Promise<SmartLayout[]>;
  templates(call?: CallOptions): Promise<TemplateSummary[]>;
  template(templateId: string, call?: CallOptions): Promise<TemplateDetail>;
  avatars(call?: CallOptions): Promise<Avatar[]>;
  music(query?: MusicQuery, call?: CallOptions): Promise<MusicTrack[]>;
  musicMoods(call?: CallOptions): Promise<string[]>;
  musicPurposes(call?: CallOptions): Promise<string[]>;
  stock(query: StockQuery, call?: CallOptions): Promise<StockAsset[]>;
  /** The available AI credits, or `undefined` when the account's answer does not say. */
  creditBalance(call?: CallOptions): Promise<number | undefined>;
}

/** The discovery endpoints, as `METHOD path` (what the pre-flight's "one request per catalog" counts). */
export const DISCOVERY_ENDPOINTS = {
  voices: 'GET /v1/voiceovers/tracks',
  brands: 'GET /v1/brands/video',
  styles: 'GET /v1/styles',
  layouts: 'GET /v1/smartlayouts',
  templates: 'GET /v1/templates',
  template: 'GET /v1/templates/{templateId}',
  avatars: 'GET /v1/avatars',
  music: 'POST /v1/music/search',
  musicMoods: 'GET /v1/music/moods',
  musicPurposes: 'GET /v1/music/purposes',
  stock: 'GET /v1/media/search',
  creditBalance: 'GET /v1/aicredits/usage',
} as const;

export function createDiscovery(client: PictoryClient): Discovery {
  const get = async <S extends z.ZodType>(path: string, schema: S, call: CallOptions = {}, body?: unknown): Promise<z.output<S>> => {
    const method = body === undefined ? 'GET' : 'POST';
    const answer = await client.read(path, { ...call, method, body });
    const parsed = schema.safeParse(answer);
    if (!parsed.success) {
      throw new APIError(`${method} ${path.split('?')[0]} answered with an unexpected shape: ${z.prettifyError(parsed.error)}`, {
        request: { method, path },
        body: answer,
      });
    }
    return parsed.data;
  };
  return {
    voices: (call) => get('/v1/voiceovers/tracks', listOf(VoiceSchema), call),
    brands: (call) => get('/v1/brands/video', listOf(NamedSchema), call),
    styles: (call) => get('/v1/styles', listOf(NamedSchema), call),
    layouts: (call) => get('/v1/smartlayouts', listOf(SmartLayoutSchema), call),
    templates: (call) => get('/v1/templates', listOf(TemplateSummarySchema), call),
    template: (templateId, call) => get(`/v1/templates/${encodeURIComponent(templateId)}`, TemplateDetailSchema, call),
    avatars: (call) => get('/v1/avatars', listOf(AvatarSchema), call),
    music: (query = {}, call) => {
      const body: Record<string, unknown> = { page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
      if (query.sort) body.sort = query.sort;
      if (query.query) body.query = query.query;
      if (query.mood?.length) body.mood = query.mood;
      if (query.purpose?.length) body.purpose = query.purpose;
      if (query.genre?.length) body.genre = query.genre;
      return get('/v1/music/search', listOf(MusicTrackSchema), call, body);
    },
    musicMoods: (call) => get('/v1/music/moods', StringListSchema, call),
    musicPurposes: (call) => get('/v1/music/purposes', StringListSchema, call),
    stock: ({ keyword, category, language = 'en' }, call) => {
      const params = new URLSearchParams({ keyword, language });
      if (category) params.set('category', category);
      return get(`/v1/media/search?${params}`, StockSearchSchema, call);
    },
    creditBalance: (call) => get('/v1/aicredits/usage', CreditBalanceSchema, call),
  };
}
