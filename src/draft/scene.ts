/**
 * One scene of a draft as ffmpeg graph statements: a background that fills the frame, the scene's design from the
 * shared layout (see `design.ts`) when the spec carries the wire scene, a "DRAFT" tag, the AI or stock placeholder
 * label, a fallback note when there is one, and (for specs without a design) a caption in the bottom third.
 * `render.ts` joins the scenes (with their transitions) into one graph.
 */
import { ffmpegColor, type Rgb } from './colors.js';
import type { DraftFonts, Font } from './fonts.js';
import { aiLabel, aiPrompt } from './labels.js';
import type { SceneLayout } from '../layout/index.js';
import type { PictoryFontStyle } from '../schema/request.js';
import { designSteps } from './design.js';
import { fitText, measureText, type TextBlock } from './layout.js';
import { coverFilter, mediaInputArgs } from './media.js';
import { chainSteps, drawtext as drawtextFile, joinChain, type Step } from './steps.js';
import type { DraftBackground, DraftScene } from './types.js';

/** A scene background after resolution: sources checked, colours parsed. */
export type Backdrop =
  | { kind: 'color'; color: Rgb }
  | { kind: 'media'; type: 'image' | 'video'; file: string }
  | { kind: 'ai'; background: Extract<DraftBackground, { kind: 'ai' }> }
  | { kind: 'stock'; query?: string }
  /** No background, or a fallback for one that could not be used (`note` says why, on screen). */
  | { kind: 'neutral'; note?: string };

/** Everything shared by the scenes of one draft. */
export interface SceneContext {
  width: number;
  height: number;
  fps: number;
  /** `null` when text cannot be drawn (no font, or an ffmpeg without drawtext): scenes are drawn without text. */
  fonts: DraftFonts | null;
  /** Stores `text` in a file and returns its path; drawtext reads text from files, which avoids escaping it. */
  textFile(text: string): string;
  /** The video's subtitle style. */
  subtitleStyle?: PictoryFontStyle;
}

/** What `render.ts` prepared for a scene's design: its layout and the pictures of its media elements. */
export interface SceneDesign {
  layout: SceneLayout;
  pictures: ReadonlyMap<number, string>;
}

/** The ffmpeg pieces for one scene: an optional input (for image/video backgrounds) and statements ending in `[s<index>]`. */
export interface SceneGraph {
  input?: string[];
  statements: string[];
  /** Frames the scene lasts. */
  frames: number;
  /** What the design could not show as Pictory would. */
  notes: string[];
}

export const NEUTRAL_BACKGROUND: Rgb = { r: 0x2b, g: 0x2f, b: 0x36 };

const AI_GRADIENTS: Record<'image' | 'video', [Rgb, Rgb]> = {
  video: [
    { r: 0x2e, g: 0x1f, b: 0x63 },
    { r: 0x0b, g: 0x4a, b: 0x5e },
  ],
  image: [
    { r: 0x4a, g: 0x1d, b: 0x4f },
    { r: 0x1b, g: 0x35, b: 0x66 },
  ],
};

const STOCK_GRADIENT: [Rgb, Rgb] = [
  { r: 0x3a, g: 0x40, b: 0x48 },
  { r: 0x5b, g: 0x63, b: 0x6e },
];

/**
 * Builds the filter chain of scene `index`. `inputIndex` is the ffmpeg input number its background file gets
 * if it has one (the caller counts inputs).
 */
export function sceneGraph(
  scene: DraftScene,
  backdrop: Backdrop,
  index: number,
  inputIndex: number,
  ctx: SceneContext,
  prepared?: SceneDesign,
): SceneGraph {
  const { width, height, fps } = ctx;
  // Whole frames, at least one: every source then yields exactly the frames the scene needs.
  const frames = Math.max(1, Math.round(scene.seconds * fps));
  const size = `${width}x${height}`;
  const filters: string[] = [];
  const unit = Math.min(width, height);
  let input: string[] | undefined;
  // Every background but a video clip is a still: draw one frame with its text, then repeat that frame.
  // (Redrawing an unchanging picture 25 times a second made drafts about twice as slow, for identical frames.)
  const isStill = !(backdrop.kind === 'media' && backdrop.type === 'video');
  switch (backdrop.kind) {
    case 'color':
    case 'neutral': {
      const color = backdrop.kind === 'color' ? backdrop.color : NEUTRAL_BACKGROUND;
      filters.push(`color=c=${ffmpegColor(color)}:s=${size}:r=${fps}`, 'trim=end_frame=1');
      break;
    }
    case 'media':
      // A clip is read half a second longer than needed and cut to exactly the scene's frames (transitions count on it).
      input = mediaInputArgs(backdrop.type, backdrop.file, backdrop.type === 'video' ? frames / fps + 0.5 : undefined);
      filters.push(`[${inputIndex}:v]${coverFilter(width, height)}`);
      if (backdrop.type === 'video') filters.push(`fps=${fps}`, 'setpts=PTS-STARTPTS', `trim=end_frame=${frames}`);
      break;
    case 'ai':
      filters.push(...gradient(AI_GRADIENTS[backdrop.background.type], ctx));
      break;
    case 'stock':
      filters.push(...gradient(STOCK_GRADIENT, ctx));
      break;
  }
  filters.push('setsar=1', 'format=yuv420p');

  const still: Step[] = [];
  const moving: Step[] = [];
  let entry: { steps: Step[]; settled: Step[]; frames: number } | undefined;
  const notes: string[] = [];
  const fonts = ctx.fonts;
  if (fonts && scene.wire && prepared) {
    // The design: placeholders' labels go to a corner, out of the way of the elements.
    if (backdrop.kind === 'ai') still.push(...cornerLabel(`${aiLabel(backdrop.background)}  ${aiPrompt(backdrop.background)}`, fonts, ctx));
    if (backdrop.kind === 'stock') still.push(...cornerLabel(`STOCK · ${backdrop.query ? `“${backdrop.query}”` : 'picked for the story'}`, fonts, ctx));
    if (backdrop.kind === 'neutral' && backdrop.note) still.push(...cornerLabel(backdrop.note, fonts, ctx));
    const design = designSteps(scene.wire, prepared.layout, scene.text, ctx.subtitleStyle, {
      width,
      height,
      fps,
      seconds: scene.seconds,
      fonts,
      textFile: ctx.textFile,
      pictures: prepared.pictures,
    });
    // The design first (its colour overlay covers the background), the placeholder's label on top of it.
    still.unshift(...design.still);
    moving.push(...design.moving);
    if (design.entry.length > 0) entry = { steps: design.entry, settled: design.settled, frames: Math.ceil(design.entrySeconds * fps) + 1 };
    notes.push(...design.notes);
    still.push({ filter: draftTag(fonts.bold, ctx) });
  } else if (fonts) {
    const caption = scene.text.trim() ? captionOverlay(scene.text, fonts.bold, ctx) : undefined;
    const freeBottom = caption ? caption.top - Math.round(unit * 0.04) : Math.round(height * 0.94);
    if (backdrop.kind === 'ai') still.push(...aiOverlay(backdrop.background, fonts, freeBottom, ctx).map((filter) => ({ filter })));
    if (backdrop.kind === 'stock') still.push(...cornerLabel(`STOCK · ${backdrop.query ? `“${backdrop.query}”` : 'picked for the story'}`, fonts, ctx));
    if (backdrop.kind === 'neutral' && backdrop.note) still.push(...noteOverlay(backdrop.note, fonts.regular, freeBottom, ctx).map((filter) => ({ filter })));
    still.push({ filter: draftTag(fonts.bold, ctx) });
    if (caption) still.push(...caption.filters.map((filter) => ({ filter })));
  }
  const first = chainSteps(filters, still, `d${index}s`);
  const statements = [...first.statements];
  let chain = first.chain;
  const repeat = (n: number) => [`loop=loop=${n - 1}:size=1:start=0`, `setpts=N/${fps}/TB`];
  if (isStill && entry && entry.frames < frames) {
    // Entry animations: only their first frames are drawn one by one; then the settled frame is repeated.
    statements.push(`${joinChain([...chain, 'split'])}[d${index}e][d${index}f]`);
    const head = chainSteps([`[d${index}e]`, ...repeat(entry.frames)], entry.steps, `d${index}e`);
    const tail = chainSteps([`[d${index}f]`], entry.settled, `d${index}f`);
    statements.push(...head.statements, `${joinChain(head.chain)}[d${index}h]`);
    statements.push(...tail.statements, `${joinChain([...tail.chain, ...repeat(frames - entry.frames)])}[d${index}t]`);
    chain = [`[d${index}h][d${index}t]concat=n=2:v=1:a=0`];
  } else {
    if (isStill) chain.push(...repeat(frames));
    if (entry) moving.unshift(...entry.steps);
  }
  const second = chainSteps(chain, moving, `d${index}m`);
  return { input, statements: [...statements, ...second.statements, `${joinChain(second.chain)}[s${index}]`], frames, notes };
}

/** A small label in the bottom-left corner: what the background placeholder stands for. */
function cornerLabel(text: string, fonts: DraftFonts, ctx: SceneContext): Step[] {
  const unit = Math.min(ctx.width, ctx.height);
  const block = fitText(text, fonts.regular.metrics, { maxWidth: ctx.width * 0.7, maxLines: 1, size: Math.round(unit * 0.026), minSize: Math.round(unit * 0.02) });
  const margin = Math.round(unit * 0.035);
  return block.lines.map((line) => ({
    filter: drawtextFile(fonts.regular.path, ctx.textFile(line), [
      `fontsize=${block.size}`,
      'fontcolor=white@0.8',
      'box=1',
      'boxcolor=black@0.45',
      `boxborderw=${Math.round(block.size * 0.4)}`,
      `x=${margin}`,
      `y=${ctx.height - margin - block.height}`,
    ]),
  }));
}

/** One frame of a diagonal two-colour gradient, computed at low resolution and scaled up (cheap and smooth). */
function gradient([from, to]: [Rgb, Rgb], ctx: SceneContext): string[] {
  const t = '(0.65*X/W+0.35*Y/H)';
  const channel = (a: number, b: number) => `${a}+${b - a}*${t}`;
  // About 90 pixels on the short side, same aspect ratio as the frame.
  const scale = 90 / Math.min(ctx.width, ctx.height);
  const small = `${Math.round(ctx.width * scale)}x${Math.round(ctx.height * scale)}`;
  return [
    `color=c=black:s=${small}:r=${ctx.fps}`,
    'trim=end_frame=1',
    'format=rgb24',
    `geq=r=${channel(from.r, to.r)}:g=${channel(from.g, to.g)}:b=${channel(from.b, to.b)}`,
    `scale=${ctx.width}:${ctx.height}`,
  ];
}

/** The caption: wrapped, centred text in a translucent box anchored to the bottom of the frame. */
function captionOverlay(text: string, font: Font, ctx: SceneContext): { top: number; filters: string[] } {
  const { width, height } = ctx;
  const unit = Math.min(width, height);
  const size = Math.round(unit * 0.058);
  const padX = Math.round(size * 0.6);
  const padY = Math.round(size * 0.4);
  const bottomMargin = Math.round(height * 0.07);
  const lineHeight = size * 1.25;
  const maxLines = Math.min(6, Math.max(2, Math.floor((height * 0.38 - bottomMargin - 2 * padY) / lineHeight)));
  const block = fitText(text, font.metrics, { maxWidth: width * 0.9 - 2 * padX, maxLines, size, minSize: Math.round(unit * 0.034) });
  const boxWidth = block.width + 2 * padX;
  const boxHeight = block.height + 2 * padY;
  const top = height - bottomMargin - boxHeight;
  return {
    top,
    filters: [
      `drawbox=x=${Math.round((width - boxWidth) / 2)}:y=${top}:w=${boxWidth}:h=${boxHeight}:color=black@0.6:t=fill`,
      ...drawBlock(block, font, top + padY, 'white', ctx),
    ],
  };
}

/** The AI placeholder: a thin frame, the big "AI VIDEO · model · 6s" label, an accent rule and the prompt. */
function aiOverlay(background: Extract<DraftBackground, { kind: 'ai' }>, fonts: DraftFonts, freeBottom: number, ctx: SceneContext): string[] {
  const { width, height } = ctx;
  const unit = Math.min(width, height);
  const inset = Math.round(unit * 0.03);
  const border = Math.max(2, Math.round(unit * 0.004));
  // The label stays on one line (shrinking if needed) unless even the smallest size cannot hold it.
  const labelText = aiLabel(background);
  const labelMaxWidth = width * 0.84;
  const labelMinSize = Math.round(unit * 0.05);
  const label = fitText(labelText, fonts.bold.metrics, {
    maxWidth: labelMaxWidth,
    maxLines: measureText(labelText, fonts.bold.metrics, labelMinSize) <= labelMaxWidth ? 1 : 2,
    size: Math.round(unit * 0.08),
    minSize: labelMinSize,
    lineSpacing: 1.15,
  });
  const prompt = fitText(aiPrompt(background), fonts.regular.metrics, {
    maxWidth: width * 0.8,
    maxLines: height > width ? 6 : 3,
    size: Math.round(unit * 0.042),
    minSize: Math.round(unit * 0.03),
  });
  const gap = Math.round(unit * 0.035);
  const ruleWidth = Math.round(unit * 0.12);
  const ruleHeight = Math.max(2, Math.round(unit * 0.006));
  const stackHeight = label.height + gap + ruleHeight + gap + prompt.height;
  const regionTop = Math.round(unit * 0.1);
  const top = Math.max(regionTop, Math.round((regionTop + freeBottom - stackHeight) / 2));
  const ruleTop = top + label.height + gap;
  return [
    `drawbox=x=${inset}:y=${inset}:w=${width - 2 * inset}:h=${height - 2 * inset}:color=white@0.22:t=${border}`,
    ...drawBlock(label, fonts.bold, top, 'white', ctx),
    `drawbox=x=${Math.round((width - ruleWidth) / 2)}:y=${ruleTop}:w=${ruleWidth}:h=${ruleHeight}:color=0x7dd3fc@0.9:t=fill`,
    ...drawBlock(prompt, fonts.regular, ruleTop + ruleHeight + gap, background.prompt?.trim() ? 'white@0.88' : 'white@0.6', ctx),
  ];
}

/** A small centred note explaining a fallback background. */
function noteOverlay(note: string, font: Font, freeBottom: number, ctx: SceneContext): string[] {
  const unit = Math.min(ctx.width, ctx.height);
  const block = fitText(note, font.metrics, { maxWidth: ctx.width * 0.8, maxLines: 3, size: Math.round(unit * 0.034), minSize: Math.round(unit * 0.026) });
  return drawBlock(block, font, Math.round((freeBottom - block.height) / 2), 'white@0.75', ctx);
}

/** "DRAFT" in the top-left corner, so nobody mistakes the file for the final render. */
function draftTag(font: Font, ctx: SceneContext): string {
  const unit = Math.min(ctx.width, ctx.height);
  const size = Math.round(unit * 0.026);
  const margin = Math.round(unit * 0.07);
  const options = [`fontsize=${size}`, 'fontcolor=white@0.85', 'box=1', 'boxcolor=black@0.45', `boxborderw=${Math.round(size * 0.45)}`];
  return drawtext(font, ctx.textFile('DRAFT'), [...options, `x=${margin}`, `y=${margin}`]);
}

/** One drawtext per line: centred horizontally, baselines `lineHeight` apart starting at `top` + ascent. */
function drawBlock(block: TextBlock, font: Font, top: number, color: string, ctx: SceneContext): string[] {
  return block.lines.map((line, i) => {
    const baseline = top + block.ascent + i * block.lineHeight;
    return drawtext(font, ctx.textFile(line), [`fontsize=${block.size}`, `fontcolor=${color}`, 'x=(w-text_w)/2', `y=${baseline}-ascent`]);
  });
}

function drawtext(font: Font, textFile: string, options: string[]): string {
  return drawtextFile(font.path, textFile, options);
}
