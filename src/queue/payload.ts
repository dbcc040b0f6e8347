/**
 * What travels through Redis: the data of one queued video (the compiled request, never a credential)
 * and the outcome a worker reports for it.
 */

/** BullMQ job data of one video. */
export interface VideoJobData {
  batchId: string;
  /** Position of the video in its batch (0-based). */
  index: number;
  videoName: string;
  /** The compiled Pictory request body, exactly as `compile` emitted it. */
  request: Record<string, unknown> & { videoName: string };
  /** A storyboard preview instead of a render. */
  preview: boolean;
  /** The compiler's estimate, in credits. */
  estimatedCredits: number;
  estimateExact: boolean;
}

/**
 * How a queued video ended:
 * - `completed`: the job finished; `videoUrl`/`previewUrl` and what Pictory charged.
 * - `failed`: Pictory refused the request or the job failed (`jobId` when there was one).
 * - `may-exist`: a submit's answer was lost: a job may exist and be billed; it is never re-sent.
 * - `refused`: nothing was sent (the shared daily budget, or a request Pictory can never accept).
 */
export type VideoOutcome =
  | {
      status: 'completed';
      index: number;
      videoName: string;
      jobId: string;
      videoUrl?: string;
      previewUrl?: string;
      aiCreditsUsed?: number;
      estimatedCredits: number;
      /** True when the worker attached to a job another attempt had submitted. */
      attached: boolean;
    }
  | { status: 'failed'; index: number; videoName: string; jobId?: string; reason: string }
  | { status: 'may-exist'; index: number; videoName: string; reason: string }
  | { status: 'refused'; index: number; videoName: string; reason: string };

/** The better of two outcomes for one video (a completion wins over anything a stalled duplicate said). */
export function better(a: VideoOutcome | undefined, b: VideoOutcome): VideoOutcome {
  if (!a) return b;
  const rank = { completed: 3, 'may-exist': 2, failed: 1, refused: 0 } as const;
  return rank[b.status] >= rank[a.status] ? b : a;
}
