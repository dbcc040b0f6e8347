/**
 * A compiled video → what the page draws: every scene laid out by the shared layout (`layoutScene`), with
 * the design lint's findings, the scene's story, voice, transition, estimated duration and credits.
 * Local media become `/media/<id>` links the server registers (only files inside the project folder).
 */
import { createHash } from 'node:crypto';
import { bundledFontFile } from '../fonts/bundled.js';
import { lintLayout } from '../layout/lint/lint.js';
import { localPath } from '../layout/media-file.js';
import { layoutScene } from '../layout/scene.js';
import type { SceneLayout, TextLayout } from '../layout/types.js';
import { planVideo } from '../emulator/plan.js';
import type { StoryboardBody } from '../emulator/validate.js';
import type { WorkerVideo } from './protocol.js';
import type { BackgroundView, ElementView, SceneView, VideoSummary, VideoView } from './view-types.js';

/** Serves files to the page: returns the URL of a local file, or undefined when it may not be served. */
export interface Publisher {
  media(absolutePath: string): string | undefined;
  font(absolutePath: string): string;
}

type Scene = Record<string, any>;

export function summarise(video: WorkerVideo, index: number): VideoSummary {
  const errors = video.diagnostics.filter((d) => d.severity === 'error').length;
  const request = video.request as Record<string, any> | undefined;
  return {
    index,
    name: video.name || `video ${index + 1}`,
    ok: video.ok,
    aspectRatio: request?.aspectRatio ?? (request?.videoWidth ? `${request.videoWidth}:${request.videoHeight}` : '16:9'),
    seconds: request ? estimatedSeconds(request).total : 0,
    credits: video.credits?.total ?? 0,
    creditsExact: video.credits?.exact ?? true,
    errors,
    warnings: video.diagnostics.length - errors,
  };
}

export function requestHash(request: object): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex').slice(0, 16);
}

export function videoView(video: WorkerVideo, index: number, baseDir: string, publish: Publisher): VideoView {
  const summary = summarise(video, index);
  const request = (video.request ?? { scenes: [] }) as Record<string, any>;
  const seconds = video.request ? estimatedSeconds(request).perScene : [];
  const scenes = ((request.scenes ?? []) as Scene[]).map((scene, i) => {
    const layout = layoutScene(scene as never, {
      aspectRatio: request.aspectRatio,
      videoWidth: request.videoWidth,
      videoHeight: request.videoHeight,
      subtitleStyle: request.subtitleStyle,
      baseDir,
    });
    const credits = (video.credits?.items ?? []).filter((item) => item.scene === i + 1).reduce((sum, item) => sum + item.credits, 0);
    return sceneView(scene, i, layout, request, { seconds: seconds[i] ?? 0, credits, baseDir, publish });
  });
  return { ...summary, hash: video.request ? requestHash(video.request) : '', scenes, diagnostics: video.diagnostics };
}

interface SceneExtras {
  seconds: number;
  credits: number;
  baseDir: string;
  publish: Publisher;
}

function sceneView(scene: Scene, index: number, layout: SceneLayout, request: Record<string, any>, extras: SceneExtras): SceneView {
  const wire = (scene.elements ?? []) as Scene[];
  const elements = layout.elements.map((el): ElementView => {
    const source = wire[el.index] ?? {};
    if (el.kind === 'text') return textView(el, source, extras.publish);
    if (el.kind === 'shape') {
      return { kind: 'shape', index: el.index, name: el.name, box: el.box, fill: source.fill, stroke: source.stroke, strokeWidth: source.strokeWidth, borderRadius: source.borderRadius };
    }
    return { kind: 'media', index: el.index, type: el.type, box: el.box, src: mediaSrc(source.visualUrl, extras), label: mediaLabel(source) };
  });
  const findings = lintLayout(layout).map((f) => ({ element: f.element, other: f.other, code: f.code, severity: f.severity, message: f.message }));
  const overlay = scene.background?.colorOverlay;
  const voice = scene.voiceOver ?? request.voiceOver;
  const style = { ...(request.subtitleStyle ?? {}), ...(scene.subtitleStyle ?? {}) };
  return {
    index,
    frame: layout.frame,
    background: backgroundView(scene.background, extras),
    overlay: overlay?.color ? { color: overlay.color, opacity: overlay.opacity ?? 0.4 } : undefined,
    elements,
    subtitle: layout.subtitles && {
      box: layout.subtitles.box,
      fontFamily: layout.subtitles.fontFamily,
      font: fontUrl(layout.subtitles.fontFamily, false, extras.publish),
      fontPx: layout.subtitles.fontPx,
      color: style.color ?? '#FFFFFF',
      background: style.showBoxBackground === false ? undefined : style.backgroundColor,
      alignment: layout.subtitles.alignment,
      text: firstWords(String(scene.story ?? ''), 14),
    },
    story: typeof scene.story === 'string' ? scene.story : scene.storyCoPilot?.prompt,
    voice: voiceText(voice),
    transition: scene.sceneTransition,
    seconds: extras.seconds,
    credits: extras.credits,
    findings,
  };
}

function textView(el: TextLayout, source: Scene, publish: Publisher): ElementView {
  return {
    kind: 'text',
    index: el.index,
    box: el.box,
    ink: el.ink,
    lines: el.lines.map((line) => ({ text: line.text, left: line.ink.left, baseline: line.baseline })),
    fontFamily: el.fontFamily,
    font: el.fontFile ? publish.font(el.fontFile) : fontUrl(el.fontFamily, el.bold, publish),
    fontPx: el.fontPx,
    bold: el.bold,
    italic: el.italic,
    color: source.style?.color ?? '#FFFFFF',
    background: el.showBoxBackground ? (el.backgroundColor ?? 'rgba(0,0,0,0.5)') : undefined,
  };
}

function fontUrl(family: string, bold: boolean, publish: Publisher): string | undefined {
  const file = bundledFontFile(family, bold);
  return file ? publish.font(file.path) : undefined;
}

function backgroundView(background: Scene | undefined, extras: SceneExtras): BackgroundView {
  if (!background) return { kind: 'none' };
  if (background.aiVisual) {
    const ai = background.aiVisual;
    return { kind: 'ai', type: background.type === 'image' ? 'image' : 'video', model: ai.model, duration: ai.videoDuration, prompt: ai.prompt };
  }
  if (background.visualUrl) {
    const type = background.type === 'video' || /\.(mp4|mov|webm|m4v)(\?|#|$)/i.test(background.visualUrl) ? 'video' : 'image';
    return { kind: type, url: background.visualUrl, src: mediaSrc(background.visualUrl, extras) };
  }
  if (background.searchFilter) return { kind: 'stock', query: background.searchFilter.query };
  if (background.color) return { kind: 'color', color: background.color };
  return { kind: 'none' };
}

/** A local file inside the project folder → a link the server serves; a remote URL as it is (the browser loads it). */
function mediaSrc(url: unknown, extras: SceneExtras): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (/^https?:\/\//i.test(url)) return url;
  const local = localPath(url, extras.baseDir);
  return local ? extras.publish.media(local) : undefined;
}

function mediaLabel(source: Scene): string {
  if (source.aiVisual) return `AI ${source.type}: ${source.aiVisual.model}${source.aiVisual.videoDuration ? ` · ${source.aiVisual.videoDuration}` : ''}\n${source.aiVisual.prompt ?? ''}`;
  if (source.searchFilter) return `stock ${source.type}: "${source.searchFilter.query}"`;
  return String(source.visualUrl ?? source.type);
}

function voiceText(voice: Scene | undefined): string | undefined {
  if (!voice || voice.enabled === false) return undefined;
  if (voice.externalVoice) return `recorded narration (${voice.externalVoice.voiceUrl})`;
  const voices = (voice.aiVoices ?? []) as Scene[];
  return voices.map((v) => `${v.speaker}${v.speed && v.speed !== 100 ? ` at ${v.speed}%` : ''}`).join(', ') || undefined;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** Estimated length per request scene and in total, as the emulator plans it (scenes split from one story add up). */
export function estimatedSeconds(request: Record<string, any>): { total: number; perScene: number[] } {
  const perScene = ((request.scenes ?? []) as unknown[]).map(() => 0);
  try {
    const plan = planVideo(request as StoryboardBody);
    for (const scene of plan.scenes) perScene[scene.sourceIndex] = (perScene[scene.sourceIndex] ?? 0) + scene.durationHundredths / 100;
    return { total: plan.durationHundredths / 100, perScene };
  } catch {
    return { total: 0, perScene };
  }
}
