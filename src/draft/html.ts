/**
 * The storyboard page of a draft spec: a self-contained HTML page (inline CSS, no external resources) with one
 * card per scene. The emulator serves it as a job's preview and share page.
 */
import { cssColor, parseColor } from './colors.js';
import { aiLabel, aiPrompt } from './labels.js';
import type { DraftBackground, DraftScene, DraftSpec } from './types.js';

export interface StoryboardOptions {
  /** A line under the title, after the scene count, length and size (e.g. the aspect ratio). */
  meta?: string;
  /** A footnote at the end of the page. */
  footnote?: string;
}

/** Renders the storyboard page for `spec`. */
export function storyboardHtml(spec: DraftSpec, options: StoryboardOptions = {}): string {
  const total = spec.scenes.reduce((sum, scene) => sum + scene.seconds, 0);
  const title = spec.title?.trim() || 'Untitled video';
  const aspect = `${spec.width} / ${spec.height}`;
  const cards = spec.scenes.map((scene, i) => card(scene, i)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · storyboard</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; padding: 2rem; background: #f4f5f7; color: #1d2330; }
  header { max-width: 72rem; margin: 0 auto 1.5rem; }
  h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
  .meta { color: #5b6475; }
  main { max-width: 72rem; margin: 0 auto; display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
  article { background: #fff; border-radius: .75rem; overflow: hidden; box-shadow: 0 1px 3px rgb(0 0 0 / .12); display: flex; flex-direction: column; }
  .frame { aspect-ratio: ${aspect}; max-height: 22rem; display: flex; align-items: center; justify-content: center; padding: 1rem;
    text-align: center; color: #fff; background: #2b2f36; box-sizing: border-box; }
  .frame.ai-video { background: linear-gradient(135deg, #2e1f63, #0b4a5e); }
  .frame.ai-image { background: linear-gradient(135deg, #4a1d4f, #1b3566); }
  .frame strong { display: block; font-size: 1.05rem; letter-spacing: .02em; }
  .frame em { display: block; margin-top: .5rem; font-size: .85rem; opacity: .85; }
  .body { padding: .9rem 1rem 1.1rem; }
  .head { display: flex; justify-content: space-between; color: #5b6475; font-size: .85rem; margin-bottom: .4rem; }
  .text { margin: 0; line-height: 1.45; white-space: pre-wrap; }
  .text.empty { color: #8a93a5; font-style: italic; }
  .bg { margin: .6rem 0 0; font-size: .8rem; color: #5b6475; word-break: break-all; }
  footer { max-width: 72rem; margin: 2rem auto 0; font-size: .8rem; color: #5b6475; }
  @media (prefers-color-scheme: dark) {
    body { background: #14171c; color: #e6e9ef; }
    article { background: #1e232b; }
    .meta, .head, .bg, footer { color: #9aa3b5; }
  }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(title)}</h1>
  <div class="meta">Storyboard · ${spec.scenes.length} scene${spec.scenes.length === 1 ? '' : 's'} · ${formatSeconds(total)} · ${spec.width}×${spec.height}${options.meta ? ` · ${escapeHtml(options.meta)}` : ''}</div>
</header>
<main>
${cards}
</main>
${options.footnote ? `<footer>${escapeHtml(options.footnote)}</footer>\n` : ''}</body>
</html>
`;
}

function card(scene: DraftScene, index: number): string {
  const text = scene.text.trim();
  return `<article>
  ${frame(scene.background)}
  <div class="body">
    <div class="head"><span>Scene ${index + 1}</span><span>${formatSeconds(scene.seconds)}</span></div>
    <p class="text${text ? '' : ' empty'}">${text ? escapeHtml(text) : 'No caption'}</p>
    <p class="bg">${escapeHtml(describeBackground(scene.background))}</p>
  </div>
</article>`;
}

/** The card's picture area: the colour itself, an AI placeholder, or a plain panel naming the media. */
function frame(background: DraftBackground): string {
  switch (background.kind) {
    case 'color': {
      const color = parseColor(background.color);
      const style = color ? ` style="background:${cssColor(color)}"` : '';
      return `<div class="frame"${style}></div>`;
    }
    case 'ai':
      return `<div class="frame ai-${background.type}"><div><strong>${escapeHtml(aiLabel(background))}</strong><em>${escapeHtml(aiPrompt(background))}</em></div></div>`;
    case 'image':
    case 'video':
      return `<div class="frame"><strong>${background.kind === 'image' ? 'Image' : 'Video'}</strong></div>`;
    case 'stock':
      return `<div class="frame"><strong>Stock</strong></div>`;
    case 'none':
      return '<div class="frame"></div>';
  }
}

function describeBackground(background: DraftBackground): string {
  switch (background.kind) {
    case 'color':
      return `Background: colour ${background.color}`;
    case 'image':
    case 'video':
      return `Background: ${background.kind} ${background.url}`;
    case 'ai':
      return `Background: ${aiLabel(background)} · ${aiPrompt(background)}`;
    case 'stock':
      return background.query ? `Background: stock visual for “${background.query}”` : 'Background: none (Pictory picks a stock visual)';
    case 'none':
      return 'Background: none (Pictory picks a stock visual)';
  }
}

function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(1))} s`;
}

/** `text` made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
