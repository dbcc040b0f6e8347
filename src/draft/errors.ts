/**
 * The one failure of the draft renderer a user can fix themselves: there is no ffmpeg to make the video.
 * It carries the reason and the remedy separately, so each caller can word its message.
 */
export class DraftUnavailableError extends Error {
  override readonly name = 'DraftUnavailableError';
  readonly code = 'DRAFT_UNAVAILABLE';

  constructor(
    /** Why no draft video can be made, e.g. "no ffmpeg found (…)". */
    readonly reason: string,
    /** What to do about it. */
    readonly remedy: string,
  ) {
    super(`No draft video can be made: ${reason}. To make drafts, ${remedy}.`);
  }
}
