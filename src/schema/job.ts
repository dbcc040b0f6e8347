/**
 * A Pictory job in its normalised form, as the client returns it: plain types only, so the published
 * declarations that mention a job never load the zod schemas that read the wire answer (jobs.ts).
 */

interface JobBase {
  jobId: string;
  /** The response's `data` object as received. */
  raw: Record<string, unknown>;
}

/** Still running. `progress` (0–100) appears only once rendering has started. */
export interface InProgressJob extends JobBase {
  status: 'in-progress';
  progress?: number;
  progressMessage?: string;
}

/** Finished. A render has `videoUrl`; a storyboard preview has `previewUrl`. */
export interface CompletedJob extends JobBase {
  status: 'completed';
  videoUrl?: string;
  shareUrl?: string;
  previewUrl?: string;
  thumbnail?: string;
  audioUrl?: string;
  subtitles?: { srt?: string; vtt?: string; txt?: string };
  /** Seconds. */
  duration?: number;
  /** Present only when some scene used an AI visual. */
  aiCreditsUsed?: number;
}

/** Ended with an error: Pictory's `error_code` and `error_message`. */
export interface FailedJob extends JobBase {
  status: 'failed';
  errorCode: string;
  errorMessage: string;
}

/** Its outputs were deleted (`DELETE /v1/jobs/{id}/clean`). */
export interface CleanedJob extends JobBase {
  status: 'cleaned';
}

export type Job = InProgressJob | CompletedJob | FailedJob | CleanedJob;
