/**
 * The job creators:
 * - `POST /v2/video/storyboard` (preview) and `POST /v2/video/storyboard/render` (direct render) take a
 *   storyboard body, validate and strip it, plan it, and create a job charged with the plan's AI credits;
 * - `PUT /v2/video/render/{storyboardJobId}` renders a *completed* preview as it is. Its AI visuals were
 *   generated (and charged) by the preview, so the render charges nothing and reports `aiCreditsUsed: 0`.
 *   Unknown id → 404 JOB_NOT_FOUND; a preview not completed, or a job that is not a preview → 400.
 * All answer `{"success":true,"data":{"jobId":"<uuid>"}}`.
 */
import type { Handler } from '../context.js';
import { invalidBody, json, readJson } from '../http.js';
import { planVideo } from '../plan.js';
import type { JobKind } from '../types.js';
import { renderFromPreviewSchema, validate } from '../validate.js';
import { jobNotFound } from '../views.js';

const created = (jobId: string) => json(200, { success: true, data: { jobId } });

/** The handler creating a `kind` job from a storyboard body. */
export function createFromStoryboard(kind: JobKind): Handler {
  return async (ctx, req) => {
    const body = await readJson(req);
    if (!body.ok) return body.reply;
    const valid = validate(ctx.storyboardSchema, body.value);
    if (!valid.ok) return invalidBody(valid.fields);
    const storyboard = valid.value;
    const plan = planVideo(storyboard, ctx.options.behaviour);
    const job = ctx.jobs.create({
      kind,
      body: storyboard,
      storyboard,
      plan,
      charge: plan.costHundredths,
      reserve: plan.requestedHundredths,
      webhook: storyboard.webhook,
      webhookInput: storyboard.webhookInput,
    });
    return created(job.entry.jobId);
  };
}

export const renderFromPreview: Handler = async (ctx, req, [previewId]) => {
  const preview = ctx.jobs.get(previewId);
  if (preview === undefined) return json(404, jobNotFound(previewId));
  if (preview.entry.kind !== 'preview' || preview.entry.status !== 'completed' || preview.cleaned) {
    const state = preview.cleaned ? 'cleaned' : preview.entry.status;
    const reason = preview.entry.kind !== 'preview' ? 'is not a storyboard preview job' : `is ${state}, not completed`;
    return invalidBody([{ name: 'storyboardJobId', errors: `Job ${previewId} ${reason}` }]);
  }
  const body = await readJson(req);
  if (!body.ok) return body.reply;
  const valid = validate(renderFromPreviewSchema, body.value);
  if (!valid.ok) return invalidBody(valid.fields);
  const job = ctx.jobs.create({
    kind: 'render',
    body: valid.value,
    storyboard: preview.storyboard,
    plan: preview.plan,
    charge: 0,
    webhook: valid.value.webhook,
    webhookInput: valid.value.webhookInput,
    fromPreview: previewId,
  });
  return created(job.entry.jobId);
};
