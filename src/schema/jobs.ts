/**
 * Zod schemas of Pictory's job responses (the job envelope, its states and the create answers), and their normalised form.
 *
 * The schemas are lenient where the sources disagree (`videoURL` vs `videoUrl`, `videoShareURL` vs
 * `shareVideoURL`, numbers sent as strings) and keep unknown fields, since Pictory adds fields freely.
 * They are strict only about what the runner relies on: a job id on create, a data object on a job.
 */
import { z } from 'zod';
import type { Job } from './job.js';

export type { CleanedJob, CompletedJob, FailedJob, InProgressJob, Job } from './job.js';

/** A number, or a numeric string (`"42"`), read as a number. */
const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const text = z.string();

/** `{"success": true, "data": {"jobId": "…"}}` from every job-creating endpoint (legacy: `data.job_id`). */
export const CreateJobResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  data: z.looseObject({ jobId: text.min(1).optional(), job_id: text.min(1).optional() }),
});

/** The `data` object of `GET /v1/jobs/{id}`. */
export const JobDataSchema = z.looseObject({
  status: text.optional(),
  renderProgress: numeric.optional(),
  progress: numeric.optional(),
  renderProgressMessage: text.optional(),
  videoURL: text.optional(),
  videoUrl: text.optional(),
  videoShareURL: text.optional(),
  shareVideoURL: text.optional(),
  previewUrl: text.optional(),
  preview: text.optional(),
  thumbnail: text.optional(),
  audioURL: text.optional(),
  srtFile: text.optional(),
  vttFile: text.optional(),
  txtFile: text.optional(),
  videoDuration: numeric.optional(),
  aiCreditsUsed: numeric.optional(),
  error_code: z.union([text, z.number()]).optional(),
  error_message: text.optional(),
});

/** `GET /v1/jobs/{id}`: `{"job_id": "…", "success": bool, "data": {...}}`. */
export const JobResponseSchema = z.looseObject({
  job_id: text.optional(),
  success: z.boolean().optional(),
  data: JobDataSchema,
});


/** Reads the job id out of a create response; undefined when it has none. */
export function jobIdFromCreate(body: z.infer<typeof CreateJobResponseSchema>): string | undefined {
  return body.data.jobId ?? body.data.job_id;
}

/**
 * Normalises a parsed job response. Any status other than completed/failed/cleaned counts as still in
 * progress (Pictory may add intermediate states); `success: false` with an error code counts as failed.
 */
export function normaliseJob(jobId: string, body: z.infer<typeof JobResponseSchema>): Job {
  const d = body.data;
  const raw = d as Record<string, unknown>;
  const id = body.job_id ?? jobId;
  if (d.status === 'failed' || (d.status === undefined && body.success === false)) {
    return {
      jobId: id,
      raw,
      status: 'failed',
      errorCode: d.error_code === undefined ? 'UNKNOWN' : String(d.error_code),
      errorMessage: d.error_message ?? '(no error_message)',
    };
  }
  if (d.status === 'completed') {
    const subtitles = d.srtFile || d.vttFile || d.txtFile ? { srt: d.srtFile, vtt: d.vttFile, txt: d.txtFile } : undefined;
    return {
      jobId: id,
      raw,
      status: 'completed',
      videoUrl: d.videoURL ?? d.videoUrl,
      shareUrl: d.videoShareURL ?? d.shareVideoURL,
      previewUrl: d.previewUrl ?? d.preview,
      thumbnail: d.thumbnail,
      audioUrl: d.audioURL,
      subtitles,
      duration: d.videoDuration,
      aiCreditsUsed: d.aiCreditsUsed,
    };
  }
  if (d.status === 'cleaned') return { jobId: id, raw, status: 'cleaned' };
  return {
    jobId: id,
    raw,
    status: 'in-progress',
    progress: d.renderProgress ?? d.progress,
    progressMessage: d.renderProgressMessage ?? (d.status && d.status !== 'in-progress' ? d.status : undefined),
  };
}
