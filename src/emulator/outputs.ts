/**
 * The files a job publishes when it completes, and their paths on the emulator's server.
 * A preview publishes its storyboard page. A render publishes subtitles, a storyboard page (its share
 * page), and its video and thumbnail: the draft MP4 and JPEG when a draft was made, else placeholders
 * (still a real MP4). `audio.mp3` is named but never produced: the
 * emulator does not synthesise narration, so `audioURL` answers 404.
 */
import type { DraftResult } from '../draft/index.js';
import type { FileStore } from './files.js';
import { placeholderThumbnail, placeholderVideoPath, storyboardPage } from './pages.js';
import type { Plan } from './plan.js';
import { toSrt, toTxt, toVtt } from './subtitles.js';

/** Paths (relative to the server's origin) of a completed job's outputs. */
export type JobOutputs =
  | { kind: 'preview'; page: string }
  | { kind: 'render'; page: string; video: string; thumbnail: string; audio: string; srt: string; vtt: string; txt: string };

export function publishPreview(files: FileStore, jobId: string, title: string, plan: Plan): JobOutputs {
  return { kind: 'preview', page: files.addContent(jobId, 'storyboard.html', storyboardPage(title, plan)) };
}

export function publishRender(files: FileStore, jobId: string, title: string, plan: Plan, draft: DraftResult | undefined): JobOutputs {
  const media = draft
    ? { video: files.addFile(jobId, 'video.mp4', draft.video), thumbnail: files.addFile(jobId, 'thumbnail.jpg', draft.thumbnail) }
    : { video: files.addFile(jobId, 'video.mp4', placeholderVideoPath()), thumbnail: files.addContent(jobId, 'thumbnail.svg', placeholderThumbnail(title, plan)) };
  return {
    kind: 'render',
    page: files.addContent(jobId, 'storyboard.html', storyboardPage(title, plan)),
    ...media,
    audio: `/files/${jobId}/audio.mp3`,
    srt: files.addContent(jobId, 'subtitles.srt', toSrt(plan)),
    vtt: files.addContent(jobId, 'subtitles.vtt', toVtt(plan)),
    txt: files.addContent(jobId, 'subtitles.txt', toTxt(plan)),
  };
}
