/**
 * Prop types several components share (time ranges, colour overlays, a background's look). Types only, no
 * schema library: the published declarations of the components reach this file.
 */

/** A part of a track or clip, in seconds from its start. */
export interface TimeRange {
  /** → `start`: seconds from the start (≥ 0). */
  start: number;
  /** → `end`: seconds from the start, after `start`. */
  end: number;
}

/** A colour tint over a visual. */
export interface ColorOverlay {
  /** → `colorOverlay.color`: `#1a2b3c`, `rgb(…)`. An alpha is dropped by Pictory: use `opacity`. */
  color: string;
  /** → `colorOverlay.opacity`: 0–1, Pictory's default 0.4. */
  opacity?: number;
}

/** One end of a Ken Burns path: how far in, and where the frame is centred. */
export interface KenBurnsPoint {
  /** → `zoom`: magnification, > 0 (1 is the whole picture). */
  zoom: number;
  /** → `centerX`: 0 (left edge) to 1 (right edge). */
  centerX: number;
  /** → `centerY`: 0 (top edge) to 1 (bottom edge). */
  centerY: number;
}

/** AI-animated graphics over the background. */
export interface MotionGraphics {
  /** → `motionGraphics.enabled`. */
  enabled: boolean;
  /** → `motionGraphics.prompt`: what to animate. */
  prompt?: string;
  /** → `motionGraphics.style`. */
  style?: string;
}

/** The look props every `*Background` takes. */
export interface BackgroundLook {
  /** → `colorOverlay`: a tint over the background, e.g. `{ color: '#000000', opacity: 0.4 }`. */
  overlay?: ColorOverlay;
  /** → `settings.zoomAndPan`: a slow zoom-and-pan over the background. */
  zoomAndPan?: boolean;
  /** → `settings.kenBurnsEffect`: the Ken Burns effect. Image backgrounds only, never with `zoomAndPan`. */
  kenBurns?: boolean;
  /** → `settings.videoKenBurns`: a Ken Burns move from `start` to `end`. */
  kenBurnsPath?: { start: KenBurnsPoint; end: KenBurnsPoint };
  /** → `motionGraphics`: AI motion graphics over the background. */
  motionGraphics?: MotionGraphics;
}

/** The props only a video background takes. */
export interface VideoPlayback {
  /** → `settings.loop`: loop the clip to fill the scene. */
  loop?: boolean;
  /** → `settings.mute`: silence the clip's own audio. */
  mute?: boolean;
}
