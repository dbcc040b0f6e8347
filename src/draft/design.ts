/**
 * A scene's design drawn from the shared layout (`layoutScene`): text elements in their font, size, colour,
 * alignment, case, decorations, box and shadow; shapes; media placeholders; the background's colour overlay; the
 * subtitles. Every position and line break comes from the layout (percent of the frame, scaled to the output);
 * this file only turns them into ffmpeg steps.
 *
 * Steps are split in two: `still` ones are drawn once on the scene's first frame (which is then repeated), `moving`
 * ones (entry animations, subtitle pages) are drawn on every frame, after the repeat.
 */
import { bundledFontFile } from '../fonts/bundled.js';
import { textWidth } from '../fonts/measure.js';
import { bundledFonts } from '../fonts/provider.js';
import { layoutScene, type MediaLayout, type SceneLayout, type ShapeLayout, type TextLayout } from '../layout/index.js';
import { applyCase, wrapWords } from '../layout/wrap.js';
import type { PictoryElement, PictoryFontStyle, PictoryScene } from '../schema/request.js';
import { ffmpegColorAlpha, parseColorAlpha, type Rgba } from './colors.js';
import type { DraftFonts } from './fonts.js';
import { fitText } from './layout.js';
import { shapeRadius, shapeStep } from './shapes.js';
import { drawtext, expr, filterArg, type Step } from './steps.js';

export interface DesignContext {
  width: number;
  height: number;
  fps: number;
  seconds: number;
  /** The draft's own fonts: used where the layout names no bundled file. */
  fonts: DraftFonts;
  textFile(text: string): string;
  /** Pictures of media elements whose file or URL could be read, by element index, already sized to their box. */
  pictures?: ReadonlyMap<number, string>;
}

export interface DesignSteps {
  still: Step[];
  /** Entry animations: drawn frame by frame for their first `entrySeconds`, then as `settled` on the still frame. */
  entry: Step[];
  settled: Step[];
  entrySeconds: number;
  /** Drawn on every frame (subtitle pages, timed). */
  moving: Step[];
  /** What the draft could not show as Pictory would (for logs). */
  notes: string[];
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, alpha: 1 };
/** Entry animation length by `speed`, seconds. */
const ANIMATION_SECONDS: Record<string, number> = { slow: 1, medium: 0.6, fast: 0.35 };

/** The shared layout of a wire scene on a draft's frame. */
export function draftLayout(wire: PictoryScene, width: number, height: number, subtitleStyle: PictoryFontStyle | undefined): SceneLayout {
  return layoutScene(wire, { videoWidth: width, videoHeight: height, subtitleStyle });
}

/** A layout box in output pixels. */
export function boxPixels(box: { left: number; top: number; width: number; height: number }, width: number, height: number) {
  return {
    x: px(box.left, width),
    y: px(box.top, height),
    width: Math.max(4, px(box.width, width)),
    height: Math.max(4, px(box.height, height)),
  };
}

/** The design of `wire` (laid out as `layout`; text shown as subtitles: `subtitleText`) as drawing steps. */
export function designSteps(
  wire: PictoryScene,
  layout: SceneLayout,
  subtitleText: string,
  subtitleStyle: PictoryFontStyle | undefined,
  ctx: DesignContext,
): DesignSteps {
  const out: DesignSteps = { still: [], entry: [], settled: [], entrySeconds: 0, moving: [], notes: [] };
  const overlay = wire.background?.colorOverlay;
  if (overlay) {
    const color = parseColorAlpha(overlay.color);
    if (color) out.still.push({ filter: `drawbox=x=0:y=0:w=iw:h=ih:t=fill:color=${ffmpegColorAlpha({ ...color, alpha: overlay.opacity ?? 0.4 })}` });
  }
  const elements = wire.elements ?? [];
  for (const item of layout.elements) {
    const el = elements[item.index];
    if (item.kind === 'text' && el?.type === 'text') textSteps(item, el.style ?? {}, layout, ctx, out);
    else if (item.kind === 'shape' && el?.type === 'shape') shapeSteps(item, el, layout, ctx, out);
    else if (item.kind === 'media' && el && (el.type === 'image' || el.type === 'video')) mediaSteps(item, el, ctx, out);
  }
  if (layout.subtitles && subtitleText.trim()) subtitleSteps(layout, subtitleText, { ...subtitleStyle, ...wire.subtitleStyle }, ctx, out);
  return out;
}

/** Output pixels per reference pixel (the layout measures text on its reference canvas). */
const scaleOf = (layout: SceneLayout, ctx: DesignContext) => ctx.height / layout.frame.height;
const px = (percent: number, size: number) => Math.round((percent * size) / 100);

function textSteps(t: TextLayout, style: NonNullable<Extract<PictoryElement, { type: 'text' }>['style']>, layout: SceneLayout, ctx: DesignContext, out: DesignSteps): void {
  const k = scaleOf(layout, ctx);
  const size = Math.max(1, Math.round(t.fontPx * k));
  // The file the layout measured with (a family without the glyphs of this text was not measured with its file).
  const bundled = bundledFontFile(t.fontFamily, t.bold);
  const file = t.fontFile ? (bundled?.path === t.fontFile ? bundled : { path: t.fontFile, weight: 0, wantedWeight: 0 }) : undefined;
  const fontPath = file?.path ?? (t.bold ? ctx.fonts.bold.path : ctx.fonts.regular.path);
  const fallback = t.bold ? 'DejaVu Sans Bold' : 'DejaVu Sans';
  if (!file) out.notes.push(bundled ? `"${t.fontFamily}" lacks glyphs of "${short(t.text)}": drawn in ${fallback}` : `"${t.fontFamily}" is not bundled: drawn in ${fallback}`);
  if (t.italic) out.notes.push(`italic "${short(t.text)}" drawn upright (no italic files are bundled)`);
  const color = parseColorAlpha(style.color ?? 'white') ?? WHITE;
  const fake = file !== undefined && file.weight > 0 && file.wantedWeight > file.weight + 100; // Anton has no bold: thicken it
  const options = [`fontsize=${size}`, `fontcolor=${ffmpegColorAlpha(color)}`];
  if (fake) options.push(`borderw=${Math.max(1, Math.round(size * 0.03))}`, `bordercolor=${ffmpegColorAlpha(color)}`);
  const shadow = style.shadowColor ? parseColorAlpha(style.shadowColor) : null;
  if (shadow) {
    const offset = Math.max(2, Math.round(((Number.parseFloat(String(style.shadowWidth ?? '4')) || 4) / 100) * size));
    options.push(`shadowcolor=${ffmpegColorAlpha(shadow)}`, `shadowx=${offset}`, `shadowy=${offset}`);
  }
  const box = t.backgroundColor ? parseColorAlpha(t.backgroundColor) : null;
  const pad = Math.round(0.25 * size);
  const entry = style.animations?.find((a) => a.type === 'entry' && a.name !== 'none');
  const target = entry ? out.entry : out.still;
  const seconds = entry ? (ANIMATION_SECONDS[entry.speed ?? 'medium'] ?? 0.6) : 0;
  out.entrySeconds = Math.max(out.entrySeconds, seconds);
  const settledOptions = [...options];
  const p = `min(1,t/${seconds})`;
  // Drift and wipe slide in from their direction (a wipe's reveal is drawn as a slide: drawtext cannot clip).
  const direction = entry?.direction ?? (entry?.name === 'wipe' ? 'right' : 'up');
  const slides = entry?.name === 'drift' || entry?.name === 'wipe';
  const shift = slides ? Math.round(size * 0.6) : 0;
  if (entry) options.push(`alpha=${expr(p)}`);

  t.lines.forEach((line, i) => {
    if (!line.text.trim()) return;
    const x = px(line.ink.left, ctx.width);
    const baseline = px(line.baseline, ctx.height);
    const inkWidth = px(line.ink.width, ctx.width);
    if (box && box.alpha > 0) {
      const top = px(t.box.top + i * t.pitch, ctx.height);
      out.still.push({ filter: `drawbox=x=${x - pad}:y=${top}:w=${inkWidth + 2 * pad}:h=${Math.max(1, px(t.pitch, ctx.height))}:t=fill:color=${ffmpegColorAlpha(box)}` });
    }
    let xs = String(x);
    let ys = `${baseline}-ascent`;
    if (shift) {
      const rest = `(1-${p})*${shift}`;
      if (direction === 'up') ys = `${baseline}-ascent+${rest}`;
      else if (direction === 'down') ys = `${baseline}-ascent-${rest}`;
      else if (direction === 'left') xs = `${x}+${rest}`;
      else xs = `${x}-${rest}`;
    }
    target.push({ filter: drawtext(fontPath, ctx.textFile(line.text), [...options, `x=${expr(xs)}`, `y=${expr(ys)}`]) });
    if (entry) out.settled.push({ filter: drawtext(fontPath, ctx.textFile(line.text), [...settledOptions, `x=${x}`, `y=${baseline}-ascent`]) });
    if (style.decorations?.includes('underline')) {
      const thickness = Math.max(1, Math.round(size * 0.06));
      out.still.push({ filter: `drawbox=x=${x}:y=${baseline + Math.round(size * 0.1)}:w=${inkWidth}:h=${thickness}:t=fill:color=${ffmpegColorAlpha(color)}` });
    }
  });
}

function shapeSteps(s: ShapeLayout, el: Extract<PictoryElement, { type: 'shape' }>, layout: SceneLayout, ctx: DesignContext, out: DesignSteps): void {
  const k = scaleOf(layout, ctx);
  const x = (s.box.left * ctx.width) / 100;
  const y = (s.box.top * ctx.height) / 100;
  const width = (s.box.width * ctx.width) / 100;
  const height = (s.box.height * ctx.height) / 100;
  const fill = (el.fill ? parseColorAlpha(el.fill) : null) ?? WHITE;
  const stroke = el.stroke ? (parseColorAlpha(el.stroke) ?? undefined) : undefined;
  const radius = shapeRadius(s.name, width, height, (el.borderRadius ?? 0) * k);
  out.still.push(shapeStep({ x, y, width, height, radius, fill, stroke, strokeWidth: (el.strokeWidth ?? (stroke ? 2 : 0)) * k }, ctx.fps));
  const basic = ['rectangle', 'circle', 'pill', 'line'].includes(s.name);
  if (!basic) {
    // Featured artwork: a silhouette in its fill, labelled with its name (the artwork itself is Pictory's).
    const label = fitText(s.name, ctx.fonts.bold.metrics, { maxWidth: Math.max(8, width * 0.9), maxLines: 2, size: Math.max(9, Math.round(height * 0.22)), minSize: 9 });
    const ink = luminance(fill) > 140 ? '0x0f172a@0.85' : 'white@0.9';
    const top = Math.round(y + (height - label.height) / 2);
    label.lines.forEach((line, i) =>
      out.still.push({
        filter: drawtext(ctx.fonts.bold.path, ctx.textFile(line), [`fontsize=${label.size}`, `fontcolor=${ink}`, `x=${Math.round(x + width / 2)}-text_w/2`, `y=${top + label.ascent + i * label.lineHeight}-ascent`]),
      }),
    );
  }
}

function mediaSteps(m: MediaLayout, el: Extract<PictoryElement, { type: 'image' | 'video' }>, ctx: DesignContext, out: DesignSteps): void {
  const { x, y, width, height } = boxPixels(m.box, ctx.width, ctx.height);
  const picture = ctx.pictures?.get(m.index);
  if (picture) {
    // The picture itself, already cropped to the box (`movie` reads it inside the graph).
    out.still.push({ source: `movie=${filterArg(picture)},setsar=1,format=rgba`, x, y });
    const tint = el.colorOverlay ? parseColorAlpha(el.colorOverlay.color) : null;
    if (tint) out.still.push({ filter: `drawbox=x=${x}:y=${y}:w=${width}:h=${height}:t=fill:color=${ffmpegColorAlpha({ ...tint, alpha: el.colorOverlay?.opacity ?? 0.4 })}` });
    return;
  }
  const kind = el.type.toUpperCase();
  const [title, detail] = el.aiVisual
    ? [`AI ${kind} · ${el.aiVisual.model}`, el.aiVisual.prompt ? `“${el.aiVisual.prompt}”` : 'auto prompt']
    : el.searchFilter
      ? [`STOCK ${kind}`, `“${el.searchFilter.query}”`]
      : [kind, (el.visualUrl ?? '').replace(/[?#].*$/, '').split('/').pop() ?? ''];
  const border = Math.max(1, Math.round(Math.min(width, height) * 0.02));
  out.still.push({ filter: `drawbox=x=${x}:y=${y}:w=${width}:h=${height}:t=fill:color=0x1e293b@0.92` });
  out.still.push({ filter: `drawbox=x=${x}:y=${y}:w=${width}:h=${height}:t=${border}:color=0x7dd3fc@0.9` });
  const overlay = el.colorOverlay ? parseColorAlpha(el.colorOverlay.color) : null;
  if (overlay) out.still.push({ filter: `drawbox=x=${x}:y=${y}:w=${width}:h=${height}:t=fill:color=${ffmpegColorAlpha({ ...overlay, alpha: el.colorOverlay?.opacity ?? 0.4 })}` });
  const metrics = ctx.fonts.bold.metrics;
  const head = fitText(title, metrics, { maxWidth: width * 0.9, maxLines: 1, size: Math.max(9, Math.round(height * 0.11)), minSize: 8 });
  const body = fitText(detail, ctx.fonts.regular.metrics, { maxWidth: width * 0.88, maxLines: 3, size: Math.max(8, Math.round(height * 0.075)), minSize: 7 });
  const gap = Math.round(head.size * 0.5);
  let top = Math.round(y + (height - head.height - gap - body.height) / 2);
  const cx = Math.round(x + width / 2);
  for (const [block, font, color] of [
    [head, ctx.fonts.bold.path, 'white'],
    [body, ctx.fonts.regular.path, 'white@0.8'],
  ] as const) {
    block.lines.forEach((line, i) =>
      out.still.push({ filter: drawtext(font, ctx.textFile(line), [`fontsize=${block.size}`, `fontcolor=${color}`, `x=${cx}-text_w/2`, `y=${top + block.ascent + i * block.lineHeight}-ascent`]) }),
    );
    top += block.height + gap;
  }
}

/** The narration as subtitles, in the band the layout gives, a page of `lines` lines at a time, pages evenly timed. */
function subtitleSteps(layout: SceneLayout, text: string, style: PictoryFontStyle, ctx: DesignContext, out: DesignSteps): void {
  const band = layout.subtitles!;
  const k = scaleOf(layout, ctx);
  const bold = (style.decorations ?? []).includes('bold');
  const font = bundledFonts(band.fontFamily, bold);
  const metrics = font?.metrics ?? ctx.fonts.bold.metrics;
  const fontPath = font?.path ?? ctx.fonts.bold.path;
  const words = applyCase(text.replace(/\s+/g, ' ').trim(), style.case);
  const room = (band.box.width / 100) * layout.frame.width - 0.5 * band.fontPx;
  const lines = wrapWords(words, (line) => textWidth(line, metrics, band.fontPx) <= room);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += band.lines) pages.push(lines.slice(i, i + band.lines));
  const size = Math.max(1, Math.round(band.fontPx * k));
  const color = parseColorAlpha(style.color ?? 'white') ?? WHITE;
  const boxColor = style.backgroundColor ? parseColorAlpha(style.backgroundColor) : null;
  const ascentEm = metrics.ascender / metrics.unitsPerEm;
  const options = [`fontsize=${size}`, `fontcolor=${ffmpegColorAlpha(color)}`];
  if (boxColor && boxColor.alpha > 0) options.push('box=1', `boxcolor=${ffmpegColorAlpha(boxColor)}`, `boxborderw=${Math.round(size * 0.2)}`);
  else options.push('shadowcolor=black@0.7', `shadowx=${Math.max(1, Math.round(size * 0.06))}`, `shadowy=${Math.max(1, Math.round(size * 0.06))}`);
  const per = ctx.seconds / pages.length;
  pages.forEach((page, p) => {
    page.forEach((line, i) => {
      const baseline = px(band.box.top + i * band.pitch, ctx.height) + Math.round((0.1 + ascentEm) * size);
      const left = px(band.box.left, ctx.width);
      const right = px(band.box.left + band.box.width, ctx.width);
      const x = band.alignment === 'left' ? String(left) : band.alignment === 'right' ? `${right}-text_w` : `${Math.round((left + right) / 2)}-text_w/2`;
      const when = pages.length > 1 ? [`enable=${expr(`between(t,${(p * per).toFixed(3)},${((p + 1) * per - 0.001).toFixed(3)})`)}`] : [];
      (pages.length > 1 ? out.moving : out.still).push({ filter: drawtext(fontPath, ctx.textFile(line), [...options, `x=${expr(x)}`, `y=${baseline}-ascent`, ...when]) });
    });
  });
}

function luminance(c: Rgba): number {
  return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
}

function short(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
