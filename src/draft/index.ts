/**
 * The draft renderer: a free, local, watchable preview of a video (an MP4 drawn with ffmpeg), and the HTML
 * storyboard of the same spec. Its input is a {@link DraftSpec}; it knows nothing of Pictory's API.
 */
export { renderDraft, type RenderDraftOptions } from './render.js';
export { storyboardHtml, escapeHtml, type StoryboardOptions } from './html.js';
export { DraftUnavailableError } from './errors.js';
export { assetPath } from './assets.js';
export { FFMPEG_ENV, ffmpegMissing, findFfmpeg, type FfmpegInfo, type FfmpegMissing } from './ffmpeg.js';
export type { DraftBackground, DraftResult, DraftScene, DraftSpec } from './types.js';
