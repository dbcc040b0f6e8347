/**
 * Small documents the emulator serves in place of Pictory's hosted pages and media: the storyboard page
 * behind `previewUrl` / `shareVideoURL`, and the placeholders used when no draft video exists.
 */
import type { Plan, PlannedBackground } from './plan.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function describe(background: PlannedBackground): string {
  switch (background.kind) {
    case 'ai': {
      const v = background.visual;
      const clip = v.videoDuration === undefined ? '' : ` ${v.videoDuration}`;
      return `AI ${v.type} · ${v.model}${clip} · ${v.aspectRatio}${v.prompt === undefined ? ' · auto prompt' : ` · “${v.prompt}”`}`;
    }
    case 'url':
      return `${background.type} ${background.url}`;
    case 'color':
      return `colour ${background.color}`;
    case 'none':
      return 'stock visual';
  }
}

/** An HTML page listing the planned scenes: what the emulator "made". */
export function storyboardPage(title: string, plan: Plan): string {
  const rows = plan.scenes
    .map(
      (s, i) =>
        `<tr><td>${i + 1}</td><td>${(s.durationHundredths / 100).toFixed(2)} s</td><td>${escapeHtml(s.text)}</td><td>${escapeHtml(describe(s.background))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)} (emulated storyboard)</title></head>
<body><h1>${escapeHtml(title)}</h1>
<p>Emulated by pictory-jsx: ${plan.width}×${plan.height}, ${plan.aspectRatio}, ${(plan.durationHundredths / 100).toFixed(2)} s.</p>
<table border="1" cellpadding="4"><tr><th>#</th><th>Duration</th><th>Text</th><th>Background</th></tr>
${rows}
</table></body></html>
`;
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
 * The body served as `video.mp4` when draft videos are off or failed. It is not playable: it exists so a
 * client's download step has something to fetch.
 */
export function placeholderVideo(title: string): string {
  return `pictory-jsx emulator placeholder for "${title}": draft videos were not produced for this job.\n`;
}
