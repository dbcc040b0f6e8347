/**
 * `GET /files/{jobId}/{name}`: the outputs jobs published (draft video, thumbnail, subtitles, storyboard
 * pages). Outside `/pictoryapis` and without auth, like the CDN URLs Pictory hands out.
 */
import type { Handler } from '../context.js';

export const getFile: Handler = async (ctx, _req, [jobId, name]) => ctx.files.reply(jobId, name);
