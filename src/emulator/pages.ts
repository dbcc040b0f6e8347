/**
 * Documents the emulator serves in place of Pictory's hosted pages and media: the storyboard page behind
 * `previewUrl` / `shareVideoURL` (the draft renderer's storyboard of the planned scenes), and the
 * thumbnail and video used when no draft video exists.
 */
import { assetPath, escapeHtml, storyboardHtml } from '../draft/index.js';
import { draftSpec } from './drafts.js';
import type { Plan } from './plan.js';

/** An HTML page listing the planned scenes: what the emulator "made". */
export function storyboardPage(title: string, plan: Plan): string {
  return storyboardHtml(draftSpec(plan, title), {
    meta: plan.aspectRatio,
    footnote: 'Emulated by pictory-jsx: no credits were spent, and AI visuals are shown as placeholders.',
  });
}

/** An SVG thumbnail used when no draft frame exists. */
export function placeholderThumbnail(title: string, plan: Plan): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${plan.width}" height="${plan.height}">
<rect width="100%" height="100%" fill="#20232a"/>
<text x="50%" y="50%" fill="#fff" font-family="sans-serif" font-size="32" text-anchor="middle">${escapeHtml(title)}</text>
</svg>
`;
}

/**
 * The file served as `video.mp4` when draft videos are off or failed: a real (one-second, 640×360) MP4 that
 * says "No draft video", so whatever downloads it gets a playable video, as its name promises.
 */
export function placeholderVideoPath(): string {
  const path = assetPath('placeholder.mp4');
  if (!path) throw new Error('the pictory-jsx package is incomplete: assets/placeholder.mp4 is missing');
  return path;
}
