/**
 * The emulator's reading of what a storyboard body *produces*: the scenes after splitting, how long each
 * lasts, which visual each gets (with duration and aspect-ratio fallbacks applied) and what it costs.
 * Everything downstream (credits, job answers, subtitles, draft videos) reads this plan, never the body.
 *
 * Timing rules (Pictory documents only "timing adjusts to text length and voice speed"):
 * - a scene with story text lasts its narration, words / (2.5 × speed/100) seconds, at least 2 s and at
 *   least `minimumDuration`; `speed` is the first AI voice's of the scene's `voiceOver`, else the video's,
 *   else 100;
 * - a scene without text lasts `minimumDuration`, else its AI clip's length, else 3 s;
 * - `endPauseDuration` is added to either.
 * Durations are integer hundredths of a second.
 */
import {
  type AspectRatio,
  DEFAULT_ASPECT_RATIO,
  FRAME_SIZES,
  findModel,
} from './catalog.js';
import { visualCostHundredths } from './credits.js';
import { splitStory } from './split.js';
import type { BackgroundBody, SceneBody, StoryboardBody } from './validate.js';

/** An AI visual with every fallback resolved. */
export interface PlannedVisual {
  type: 'image' | 'video';
  model: string;
  prompt?: string;
  mediaStyle?: string;
  /** Resolved clip length, e.g. `"5s"` (video models only). */
  videoDuration?: string;
  /** The aspect ratio the model generates in (the request's, or the model's first when unsupported). */
  aspectRatio: AspectRatio;
  costHundredths: number;
}

export type PlannedBackground =
  | { kind: 'ai'; visual: PlannedVisual }
  | { kind: 'url'; type: 'image' | 'video'; url: string; loop?: boolean; mute?: boolean }
  | { kind: 'color'; color: string }
  /** No visual given: Pictory would pick stock footage. */
  | { kind: 'none' };

export interface PlannedScene {
  /** Index of the request scene this one came from. */
  sourceIndex: number;
  text: string;
  durationHundredths: number;
  background: PlannedBackground;
}

export interface Plan {
  scenes: PlannedScene[];
  aspectRatio: AspectRatio;
  width: number;
  height: number;
  durationHundredths: number;
  costHundredths: number;
  /** Whether any scene used `aiVisual` (then answers carry `aiCreditsUsed`). */
  usesAi: boolean;
}

const MIN_NARRATED_HUNDREDTHS = 200;
const VISUAL_ONLY_HUNDREDTHS = 300;
const VIDEO_EXTENSIONS = /\.(mp4|mov|webm|m4v|avi|mkv)(\?|#|$)/i;

/** Plan a validated storyboard body. */
export function planVideo(body: StoryboardBody): Plan {
  const aspectRatio = body.aspectRatio ?? DEFAULT_ASPECT_RATIO;
  const frame =
    body.videoWidth !== undefined && body.videoHeight !== undefined
      ? { width: body.videoWidth, height: body.videoHeight }
      : FRAME_SIZES[aspectRatio];
  const scenes = body.scenes.flatMap((scene, index) => planScene(scene, index, body, aspectRatio));
  return {
    scenes,
    aspectRatio,
    ...frame,
    durationHundredths: sum(scenes.map((s) => s.durationHundredths)),
    costHundredths: sum(scenes.map((s) => (s.background.kind === 'ai' ? s.background.visual.costHundredths : 0))),
    usesAi: scenes.some((s) => s.background.kind === 'ai'),
  };
}

function planScene(scene: SceneBody, sourceIndex: number, body: StoryboardBody, aspectRatio: AspectRatio): PlannedScene[] {
  const background = planBackground(scene.background, aspectRatio);
  const voice = scene.voiceOver ?? body.voiceOver;
  const speed = voice?.aiVoices?.[0]?.speed ?? 100;
  const stories = scene.story === undefined ? [''] : splitStory(scene.story, scene);
  return stories.map((text) => ({
    sourceIndex,
    text,
    durationHundredths: sceneDuration(text, speed, scene, background),
    background,
  }));
}

function planBackground(background: BackgroundBody | undefined, aspectRatio: AspectRatio): PlannedBackground {
  if (background?.aiVisual !== undefined) {
    return { kind: 'ai', visual: planVisual(background.aiVisual, aspectRatio) };
  }
  if (background?.visualUrl !== undefined) {
    const type = background.type ?? (VIDEO_EXTENSIONS.test(background.visualUrl) ? 'video' : 'image');
    return { kind: 'url', type, url: background.visualUrl, loop: background.settings?.loop, mute: background.settings?.mute };
  }
  if (background?.color !== undefined) return { kind: 'color', color: background.color };
  return { kind: 'none' };
}

function planVisual(aiVisual: NonNullable<BackgroundBody['aiVisual']>, aspectRatio: AspectRatio): PlannedVisual {
  // Validation guarantees the model is known.
  const model = findModel(aiVisual.model)!;
  const ratio = model.aspectRatios.includes(aspectRatio) ? aspectRatio : model.aspectRatios[0];
  const base = { type: model.kind, model: aiVisual.model, prompt: aiVisual.prompt, mediaStyle: aiVisual.mediaStyle, aspectRatio: ratio };
  if (model.kind === 'image') return { ...base, costHundredths: visualCostHundredths(model, 0) };
  const asked = model.durations.find((s) => `${s}s` === aiVisual.videoDuration);
  const seconds = asked ?? model.durations[0];
  return { ...base, videoDuration: `${seconds}s`, costHundredths: visualCostHundredths(model, seconds) };
}

function sceneDuration(text: string, speed: number, scene: SceneBody, background: PlannedBackground): number {
  const pause = toHundredths(scene.endPauseDuration ?? 0);
  const minimum = scene.minimumDuration === undefined ? undefined : toHundredths(scene.minimumDuration);
  const words = text.split(/\s+/).filter((w) => w.length > 0).length;
  if (words === 0) {
    const clip = background.kind === 'ai' ? background.visual.videoDuration : undefined;
    const visualOnly = minimum ?? (clip === undefined ? VISUAL_ONLY_HUNDREDTHS : Number.parseInt(clip, 10) * 100);
    return visualOnly + pause;
  }
  // words / (2.5 × speed/100) seconds = words × 40 / speed seconds = words × 4000 / speed hundredths.
  const narration = Math.round((words * 4000) / speed);
  return Math.max(narration, MIN_NARRATED_HUNDREDTHS, minimum ?? 0) + pause;
}

function toHundredths(seconds: number): number {
  return Math.round(seconds * 100);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
