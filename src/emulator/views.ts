/**
 * The JSON of `GET /v1/jobs/{id}` (also the webhook payload), in Pictory's envelope:
 * `{job_id, success, data:{status, …}}`, `success:false` only for failed jobs.
 *
 * - in progress: `{status:"in-progress"}`; a render job adds `renderProgress` (0–99),
 *   `renderProgressMessage` and `renderState` once it is past its first fifth ("rendering has started");
 * - completed preview: `previewUrl`, `renderParams`, `storyboard`;
 * - completed render: `videoURL`, `videoDuration` (s), `thumbnail`, `audioURL`, `srtFile`, `vttFile`,
 *   `txtFile`, and the share URL under both names seen in the sources (`shareVideoURL`, `videoShareURL`);
 * - either, completed: `aiCreditsUsed` only when some scene used `aiVisual`;
 * - failed: `error_code`, `error_message`; cleaned: `{status:"cleaned"}`.
 */
import type { Job } from './jobs.js';
import { renderParams, resolvedStoryboard } from './renderParams.js';

/** Fraction of a render job's time spent before `renderProgress` appears. */
const PREPARING_FRACTION = 0.2;

/** The documented answer for an unknown job id (HTTP 404). */
export function jobNotFound(jobId: string): Record<string, unknown> {
  return { job_id: jobId, success: false, data: { error_code: '5000', error_message: 'JOB_NOT_FOUND' } };
}

export function jobView(job: Job, origin: string, now: number): Record<string, unknown> {
  const envelope = (success: boolean, data: Record<string, unknown>) => ({ job_id: job.entry.jobId, success, data });
  if (job.cleaned) return envelope(true, { status: 'cleaned' });
  const { entry, outputs, failure } = job;
  if (entry.status === 'failed' && failure !== undefined) {
    return envelope(false, { status: 'failed', error_code: failure.error_code, error_message: failure.error_message });
  }
  if (entry.status === 'in-progress' || outputs === undefined) {
    return envelope(true, { status: 'in-progress', ...(entry.kind === 'render' ? progress(job, now) : {}) });
  }
  const credits = job.plan.usesAi ? { aiCreditsUsed: entry.aiCreditsUsed ?? 0 } : {};
  const url = (path: string) => `${origin}${path}`;
  if (outputs.kind === 'preview') {
    return envelope(true, {
      status: 'completed',
      previewUrl: url(outputs.page),
      renderParams: renderParams(job.storyboard, job.plan),
      storyboard: resolvedStoryboard(job.storyboard, job.plan),
      ...credits,
    });
  }
  return envelope(true, {
    status: 'completed',
    progress: 100,
    videoURL: url(outputs.video),
    videoDuration: job.plan.durationHundredths / 100,
    thumbnail: url(outputs.thumbnail),
    audioURL: url(outputs.audio),
    srtFile: url(outputs.srt),
    vttFile: url(outputs.vtt),
    txtFile: url(outputs.txt),
    shareVideoURL: url(outputs.page),
    videoShareURL: url(outputs.page),
    ...credits,
  });
}

function progress(job: Job, now: number): Record<string, unknown> {
  // A job with no set duration lasts as long as its draft takes: there is no progress to report.
  if (job.durationMs <= 0) return {};
  const elapsed = (now - job.entry.createdAt) / job.durationMs;
  if (elapsed < PREPARING_FRACTION) return {};
  const percent = Math.min(99, Math.floor(((elapsed - PREPARING_FRACTION) / (1 - PREPARING_FRACTION)) * 100));
  return { renderProgress: percent, renderProgressMessage: 'Generating video', renderState: 'RUNNING' };
}
