/**
 * What every background shares: its place in a `<Scene>` (filling the scene's `background`), and its look —
 * a colour overlay, motion (zoom and pan, Ken Burns), motion graphics, and for videos `loop`/`mute`.
 */
import { z } from 'zod';
import { hasAlpha } from '../catalog/formats.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Node, Place } from './define.js';
import { overlayProp, textProp } from './prop-values.js';
import type { BackgroundLook, ColorOverlay, MotionGraphics, VideoPlayback } from './prop-types.js';

export const backgroundPlace: Place = {
  // In a <Broll>: the b-roll's background.
  parents: ['Scene', 'Broll'],
  key: 'background',
  duplicate: 'two-backgrounds',
  misplaced: (tag) => `<${tag}> must be inside a <Scene>`,
};

const point = z.strictObject({ zoom: z.number().positive(), centerX: z.number().min(0).max(1), centerY: z.number().min(0).max(1) });

/** The schema of `BackgroundLook`, to spread into a background's schema. */
export const lookShape = {
  overlay: overlayProp().optional(),
  zoomAndPan: z.boolean().optional(),
  kenBurns: z.boolean().optional(),
  kenBurnsPath: z.strictObject({ start: point, end: point }).optional(),
  motionGraphics: z.strictObject({ enabled: z.boolean(), prompt: textProp().optional(), style: textProp().optional() }).optional(),
};

export const playbackShape = { loop: z.boolean().optional(), mute: z.boolean().optional() };

type Look = BackgroundLook & VideoPlayback;

/** The look's JSON: `colorOverlay`, `settings` (only when one is set), `motionGraphics`. */
export function emitLook(p: Look): { colorOverlay?: ColorOverlay; settings?: Record<string, unknown>; motionGraphics?: MotionGraphics } {
  const settings = { loop: p.loop, mute: p.mute, zoomAndPan: p.zoomAndPan, kenBurnsEffect: p.kenBurns, videoKenBurns: p.kenBurnsPath };
  const any = Object.values(settings).some((v) => v !== undefined);
  return { colorOverlay: p.overlay, settings: any ? settings : undefined, motionGraphics: p.motionGraphics };
}

/**
 * The look's rules. `kind` is what the background shows: an image, a video, a colour, or not yet known (a
 * stock search with no `type`).
 */
export function lookRules(node: Node<Look>, kind: 'image' | 'video' | 'color' | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { kenBurns, zoomAndPan, overlay, loop, mute } = node.props;
  if (kenBurns !== undefined && kind !== 'image') {
    const shows = kind === 'video' ? 'a video' : kind === 'color' ? 'a colour' : 'a stock search without `type="image"`';
    out.push(report(node, 'ken-burns-not-image', { tag: node.type, shows }, 'kenBurns'));
  }
  if (kenBurns && zoomAndPan) out.push(report(node, 'ken-burns-with-zoom', undefined, 'kenBurns'));
  for (const [prop, value] of [['loop', loop], ['mute', mute]] as const) {
    if (value !== undefined && kind === 'image') out.push(report(node, 'playback-not-video', { prop }, prop));
  }
  if (overlay && hasAlpha(overlay.color)) out.push(report(node, 'overlay-alpha', { prop: 'overlay.color', color: overlay.color }, 'overlay.color'));
  return out;
}
