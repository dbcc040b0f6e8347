/**
 * The route table: which handler answers which method and path, and whether it needs authorization.
 * Paths under `/pictoryapis` are Pictory's; `/files/…` serves job outputs.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, Handler } from './context.js';
import { type Reply, routeNotFound, unauthorized } from './http.js';
import {
  aiCreditUsage,
  getTemplate,
  listAvatars,
  listBrands,
  listSmartLayouts,
  listStyles,
  listTemplates,
  listVoices,
  mediaSearch,
  MUSIC_VOCABULARIES,
  musicSearch,
  musicVocabulary,
} from './routes/discovery.js';
import { getFile } from './routes/files.js';
import { cleanJob, getJob, listJobs } from './routes/jobs.js';
import { createFromStoryboard, renderFromPreview } from './routes/storyboard.js';
import { issueToken } from './routes/token.js';

/** Pictory's base path: `Emulator.url` ends with it. */
export const API_BASE = '/pictoryapis';

interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handle: Handler;
}

const id = '([^/]+)';
const api = (path: string) => new RegExp(`^${API_BASE}${path.replaceAll('.', '\\.')}$`);

const ROUTES: Route[] = [
  { method: 'POST', pattern: api('/v1/oauth2/token'), auth: false, handle: issueToken },
  { method: 'POST', pattern: api('/v2/video/storyboard'), auth: true, handle: createFromStoryboard('preview') },
  { method: 'POST', pattern: api('/v2/video/storyboard/render'), auth: true, handle: createFromStoryboard('render') },
  { method: 'PUT', pattern: api(`/v2/video/render/${id}`), auth: true, handle: renderFromPreview },
  { method: 'GET', pattern: api('/v1/jobs'), auth: true, handle: listJobs },
  { method: 'GET', pattern: api(`/v1/jobs/${id}`), auth: true, handle: getJob },
  { method: 'DELETE', pattern: api(`/v1/jobs/${id}/clean`), auth: true, handle: cleanJob },
  { method: 'GET', pattern: api('/v1/voiceovers/tracks'), auth: true, handle: listVoices },
  { method: 'GET', pattern: api('/v1/brands/video'), auth: true, handle: listBrands },
  { method: 'GET', pattern: api('/v1/styles'), auth: true, handle: listStyles },
  { method: 'GET', pattern: api('/v1/smartlayouts'), auth: true, handle: listSmartLayouts },
  { method: 'GET', pattern: api('/v1/templates'), auth: true, handle: listTemplates },
  { method: 'GET', pattern: api(`/v1/templates/${id}`), auth: true, handle: getTemplate },
  { method: 'GET', pattern: api('/v1/avatars'), auth: true, handle: listAvatars },
  { method: 'POST', pattern: api('/v1/music/search'), auth: true, handle: musicSearch },
  { method: 'GET', pattern: api('/v1/music/moods'), auth: true, handle: musicVocabulary(MUSIC_VOCABULARIES.moods) },
  { method: 'GET', pattern: api('/v1/music/purposes'), auth: true, handle: musicVocabulary(MUSIC_VOCABULARIES.purposes) },
  { method: 'GET', pattern: api('/v1/music/genres'), auth: true, handle: musicVocabulary(MUSIC_VOCABULARIES.genres) },
  { method: 'GET', pattern: api('/v1/music/instruments'), auth: true, handle: musicVocabulary(MUSIC_VOCABULARIES.instruments) },
  { method: 'GET', pattern: api('/v1/media/search'), auth: true, handle: mediaSearch },
  { method: 'GET', pattern: api('/v1/aicredits/usage'), auth: true, handle: aiCreditUsage },
  { method: 'GET', pattern: new RegExp(`^/files/${id}/${id}$`), auth: false, handle: getFile },
];

/** Answer one request: find its route, check authorization, run the handler. Unknown routes → 404. */
export async function route(ctx: Context, req: IncomingMessage, url: URL): Promise<Reply> {
  const method = req.method ?? 'GET';
  for (const r of ROUTES) {
    const match = r.method === method ? r.pattern.exec(url.pathname) : null;
    if (match === null) continue;
    if (r.auth && !ctx.auth.allows(req.headers.authorization)) return unauthorized();
    const params = match.slice(1).map((p) => decodeURIComponent(p));
    return r.handle(ctx, req, params, url.searchParams);
  }
  return routeNotFound(method, url.pathname);
}
