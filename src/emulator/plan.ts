/**
 * The emulator's reading of what a storyboard body *produces*: the scenes after splitting, how long each
 * lasts, which visual and overlay elements each gets (with duration and aspect-ratio fallbacks applied),
 * what it costs, and whether the job fails. Everything downstream (credits, job answers, subtitles, draft
 * videos) reads this plan, never the body.
 *
 * Timing rules (Pictory documents only "timing adjusts to text length and voice speed"):
 * - a scene with story text lasts its narration, words / (2.5 × speed/100) seconds, at least 2 s and at
 *   least `minimumDuration`; `speed` is that of the scene's voice (the scene's `voiceOver`, else the
 *   video's; several `aiVoices` rotate, scene i taking voice i mod N), else 100;
 * - a scene without text lasts `minimumDuration`, else its `storyCoPilot.duration`, else its AI clip's
 *   length, else 3 s;
 * - `endPauseDuration` is added to either.
 * Durations are integer hundredths of a second.
 *
 * Credits: every AI visual costs its price once per resulting scene (a split story yields one background
 * and one set of elements per part) — backgrounds and media elements alike. Generations that fail (the
 * `aiGenerationFails` switch) are not charged: a background falls back to stock, an element is dropped.
 * `requestedHundredths` (what the account must hold up front) counts them; `costHundredths` does not.
 *
 * A background stock search that finds nothing (the `stockNotFound` switch) fails the whole job with
 * `SCENE_BACKGROUND_VISUAL_NOT_FOUND`. A body with `templateId` and no scenes yields one placeholder scene
 * (templates are not emulated).
 */
import type { ResolvedBehaviour } from './behaviour.js';
import { resolveBehaviour } from './behaviour.js';
import { type AspectRatio, DEFAULT_ASPECT_RATIO, FRAME_SIZES } from './catalog.js';
import { type DroppedElement, type PlannedElement, planElements, visualText } from './planElements.js';
import { type PlannedVisual, planVisual } from './planVisual.js';
import { splitStory } from './split.js';
import type { JobFailure } from './types.js';
import type { BackgroundBody, FontStyleBody, SceneBody, StoryboardBody } from './validate.js';

export type { PlannedVisual } from './planVisual.js';
export type { DroppedElement, PlannedElement, PlannedMedia, Placement } from './planElements.js';

export type PlannedBackground =
  | { kind: 'ai'; visual: PlannedVisual }
  | { kind: 'url'; type: 'image' | 'video'; url: string; loop?: boolean; mute?: boolean; clips?: Array<{ start: number; end: number }> }
  | { kind: 'color'; color: string }
  /**
   * A stock visual chosen by Pictory: from `search` when the request gave one, else picked for the story;
   * `failedAi` is the AI visual whose generation failed (the scene kept its stock background instead).
   */
  | { kind: 'none'; search?: { query?: string; keywords?: string[]; category?: string; libraries?: string[] }; failedAi?: PlannedVisual };

/** What is drawn over or done to a background besides the visual itself. */
export interface BackgroundExtras {
  colorOverlay?: { color: string; opacity: number };
  zoomAndPan?: boolean;
  kenBurnsEffect?: boolean;
  videoKenBurns?: { start: KenBurnsPoint; end: KenBurnsPoint };
  motionGraphics?: { enabled?: boolean; prompt?: string; style?: string };
}

interface KenBurnsPoint {
  zoom: number;
  centerX: number;
  centerY: number;
}

export interface PlannedScene {
  /** Index of the request scene this one came from. */
  sourceIndex: number;
  text: string;
  durationHundredths: number;
  background: PlannedBackground;
  backgroundExtras: BackgroundExtras;
  /** Overlay elements, in drawing order, with the documented defaults applied. */
  elements: PlannedElement[];
  /** Media elements Pictory would silently leave out. */
  droppedElements: DroppedElement[];
  /** The transition into this scene. */
  transition?: string;
  /** The subtitle style in effect: the video's, overridden key by key by the scene's. */
  subtitleStyle?: FontStyleBody;
  hideSubtitles: boolean;
  highlightKeywords: boolean;
  maxSubtitleLines?: number;
  /** False when the scene mutes the background music. */
  music: boolean;
}

export interface Plan {
  scenes: PlannedScene[];
  aspectRatio: AspectRatio;
  width: number;
  height: number;
  durationHundredths: number;
  /** Credits charged when the job completes: every AI visual generated (failed generations excluded). */
  costHundredths: number;
  /** Credits the account must hold up front: every AI visual requested. */
  requestedHundredths: number;
  /** Whether any scene used `aiVisual`, on its background or an element (then answers carry `aiCreditsUsed`). */
  usesAi: boolean;
  /** Set when the job must fail (a background stock search found nothing). */
  failure?: JobFailure;
}

const MIN_NARRATED_HUNDREDTHS = 200;
const VISUAL_ONLY_HUNDREDTHS = 300;
const OVERLAY_OPACITY = 0.4;
const VIDEO_EXTENSIONS = /\.(mp4|mov|webm|m4v|avi|mkv)(\?|#|$)/i;

/** Plan a validated storyboard body. */
export function planVideo(body: StoryboardBody, behaviour: ResolvedBehaviour = resolveBehaviour()): Plan {
  const aspectRatio = body.aspectRatio ?? DEFAULT_ASPECT_RATIO;
  const frame =
    body.videoWidth !== undefined && body.videoHeight !== undefined
      ? { width: body.videoWidth, height: body.videoHeight }
      : FRAME_SIZES[aspectRatio];
  const sceneBodies: SceneBody[] = body.scenes ?? [{ minimumDuration: VISUAL_ONLY_HUNDREDTHS / 100 }];
  let requested = 0;
  let usesAi = false;
  const scenes = sceneBodies.flatMap((scene, index) => {
    const planned = planScene(scene, index, body, aspectRatio, behaviour);
    const visuals = requestedVisuals(scene);
    usesAi ||= visuals.length > 0;
    requested += planned.length * visuals.reduce((sum, visual) => sum + planVisual(visual, aspectRatio).costHundredths, 0);
    return planned;
  });
  const searches = scenes.flatMap((s) => (s.background.kind === 'none' && s.background.search !== undefined ? [{ scene: s, text: searchText(s.background.search) }] : []));
  const notFound = searches.find((search) => behaviour.stockNotFound(search.text));
  return {
    scenes,
    aspectRatio,
    ...frame,
    durationHundredths: sum(scenes.map((s) => s.durationHundredths)),
    costHundredths: sum(scenes.map(sceneCost)),
    requestedHundredths: requested,
    usesAi,
    failure:
      notFound === undefined
        ? undefined
        : {
            error_code: 'SCENE_BACKGROUND_VISUAL_NOT_FOUND',
            error_message: `No stock visual found for scene ${notFound.scene.sourceIndex + 1} (search "${notFound.text}")`,
          },
  };
}

/** The `aiVisual`s a request scene asks for (its background's and its media elements'). */
function requestedVisuals(scene: SceneBody) {
  const visuals = scene.background?.aiVisual === undefined ? [] : [scene.background.aiVisual];
  for (const element of scene.elements ?? []) {
    if ((element.type === 'image' || element.type === 'video') && element.aiVisual !== undefined) visuals.push(element.aiVisual);
  }
  return visuals;
}

function sceneCost(scene: PlannedScene): number {
  const background = scene.background.kind === 'ai' ? scene.background.visual.costHundredths : 0;
  const elements = scene.elements.map((e) => (e.type !== 'text' && e.type !== 'shape' && e.media.kind === 'ai' ? e.media.visual.costHundredths : 0));
  return background + sum(elements);
}

function planScene(
  scene: SceneBody,
  sourceIndex: number,
  body: StoryboardBody,
  aspectRatio: AspectRatio,
  behaviour: ResolvedBehaviour,
): PlannedScene[] {
  const voices = (scene.voiceOver ?? body.voiceOver)?.aiVoices;
  const speed = voices === undefined || voices.length === 0 ? 100 : (voices[sourceIndex % voices.length].speed ?? 100);
  const stories = scene.story === undefined ? [''] : splitStory(scene.story, scene);
  const subtitleStyle = body.subtitleStyle === undefined && scene.subtitleStyle === undefined ? undefined : { ...body.subtitleStyle, ...scene.subtitleStyle };
  return stories.map((text) => {
    const background = planBackground(scene.background, aspectRatio, behaviour);
    const { elements, dropped } = planElements(scene.elements, aspectRatio, behaviour);
    return {
      sourceIndex,
      text,
      durationHundredths: sceneDuration(text, speed, scene, background),
      background,
      backgroundExtras: backgroundExtras(scene.background),
      elements,
      droppedElements: dropped,
      transition: scene.sceneTransition,
      subtitleStyle,
      hideSubtitles: scene.hideSubtitles ?? false,
      highlightKeywords: scene.highlightKeywords ?? true,
      maxSubtitleLines: scene.maxSubtitleLines,
      music: scene.backgroundMusic?.enabled ?? true,
    };
  });
}

function planBackground(background: BackgroundBody | undefined, aspectRatio: AspectRatio, behaviour: ResolvedBehaviour): PlannedBackground {
  if (background?.aiVisual !== undefined) {
    const visual = planVisual(background.aiVisual, aspectRatio);
    if (behaviour.aiGenerationFails(visualText(visual))) return { kind: 'none', failedAi: visual };
    return { kind: 'ai', visual };
  }
  if (background?.visualUrl !== undefined) {
    const type = background.type ?? (VIDEO_EXTENSIONS.test(background.visualUrl) ? 'video' : 'image');
    const { loop, mute } = background.settings ?? {};
    return { kind: 'url', type, url: background.visualUrl, loop, mute, ...(background.clips === undefined ? {} : { clips: background.clips }) };
  }
  if (background?.color !== undefined) return { kind: 'color', color: background.color };
  if (background?.searchFilter !== undefined) return { kind: 'none', search: background.searchFilter };
  return { kind: 'none' };
}

function backgroundExtras(background: BackgroundBody | undefined): BackgroundExtras {
  if (background === undefined) return {};
  const overlay = background.colorOverlay;
  const { zoomAndPan, kenBurnsEffect, videoKenBurns } = background.settings ?? {};
  const extras: BackgroundExtras = {};
  if (overlay !== undefined) extras.colorOverlay = { color: overlay.color, opacity: overlay.opacity ?? OVERLAY_OPACITY };
  if (zoomAndPan !== undefined) extras.zoomAndPan = zoomAndPan;
  if (kenBurnsEffect !== undefined) extras.kenBurnsEffect = kenBurnsEffect;
  if (videoKenBurns !== undefined) extras.videoKenBurns = videoKenBurns;
  if (background.motionGraphics !== undefined) extras.motionGraphics = background.motionGraphics;
  return extras;
}

/** What `stockNotFound` is matched against: query, keywords and category joined by spaces. */
function searchText(search: { query?: string; keywords?: string[]; category?: string }): string {
  return [search.query, ...(search.keywords ?? []), search.category].filter((s) => s !== undefined).join(' ');
}

function sceneDuration(text: string, speed: number, scene: SceneBody, background: PlannedBackground): number {
  const pause = toHundredths(scene.endPauseDuration ?? 0);
  const minimum = scene.minimumDuration === undefined ? undefined : toHundredths(scene.minimumDuration);
  const words = text.split(/\s+/).filter((w) => w.length > 0).length;
  if (words === 0) {
    const clip = background.kind === 'ai' ? background.visual.videoDuration : undefined;
    const copilot = scene.storyCoPilot?.duration === undefined ? undefined : toHundredths(scene.storyCoPilot.duration);
    const visualOnly = minimum ?? copilot ?? (clip === undefined ? VISUAL_ONLY_HUNDREDTHS : Number.parseInt(clip, 10) * 100);
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
