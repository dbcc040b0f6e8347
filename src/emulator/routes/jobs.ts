/**
 * Job queries:
 * - `GET /v1/jobs/{id}`: the job's envelope; unknown id → 404 with the documented
 *   `error_code:"5000"`, `error_message:"JOB_NOT_FOUND"` (Pictory's HTTP status is undocumented);
 * - `GET /v1/jobs?nextPageKey=…`: `{items, nextPageKey}`, newest first, pages of 25, opaque keys;
 * - `DELETE /v1/jobs/{id}/clean`: deletes a finished job's outputs (idempotent, `{"success":true}`); the job
 *   then reads `status:"cleaned"`. A job still in progress → 400.
 */
import type { Handler } from '../context.js';
import { json } from '../http.js';
import { jobNotFound } from '../views.js';

const PAGE_SIZE = 25;

export const getJob: Handler = async (ctx, _req, [jobId]) => {
  const job = ctx.jobs.get(jobId);
  return job === undefined ? json(404, jobNotFound(jobId)) : json(200, ctx.jobs.view(job));
};

export const listJobs: Handler = async (ctx, _req, _params, query) => {
  const key = query.get('nextPageKey');
  const decoded = key === null ? '0' : Buffer.from(key, 'base64url').toString('utf8');
  const offset = Number(decoded);
  if (!/^\d+$/.test(decoded) || !Number.isSafeInteger(offset)) {
    return json(400, { code: 'INVALID_REQUEST_BODY', message: 'Invalid nextPageKey', fields: [{ name: 'nextPageKey', errors: 'Invalid page key' }] });
  }
  const all = ctx.jobs.newestFirst();
  const next = offset + PAGE_SIZE;
  return json(200, {
    items: all.slice(offset, next).map((job) => ctx.jobs.view(job)),
    nextPageKey: next < all.length ? Buffer.from(String(next)).toString('base64url') : null,
  });
};

export const cleanJob: Handler = async (ctx, _req, [jobId]) => {
  const job = ctx.jobs.get(jobId);
  if (job === undefined) return json(404, jobNotFound(jobId));
  if (job.entry.status === 'in-progress') {
    return json(400, { success: false, message: `Job ${jobId} is still in progress; only completed or failed jobs can be cleaned` });
  }
  await ctx.jobs.clean(job);
  return json(200, { success: true });
};
