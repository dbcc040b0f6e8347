/**
 * Shapes as small RGBA pictures (an ffmpeg `color` source shaped by `geq`): a rounded rectangle with its corner
 * radius, fill and stroke, antialiased with a signed distance. A circle is a rounded square of radius half its
 * side, a pill has radius half its height, a line is a flat bar; featured artwork is a rounded silhouette.
 * The box always comes from the shared layout; this file only paints it.
 */
import type { Rgba } from './colors.js';
import { expr, type Step } from './steps.js';

export interface ShapePaint {
  /** Box in output pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius in output pixels (clamped to half the shorter side). */
  radius: number;
  fill: Rgba;
  stroke?: Rgba;
  /** Stroke width in output pixels. */
  strokeWidth: number;
}

/** Corner radius of a shape, in output pixels: circles and pills are fully round, rectangles take `borderRadius`. */
export function shapeRadius(name: string, width: number, height: number, borderRadiusPx: number): number {
  const short = Math.min(width, height);
  switch (name) {
    case 'circle':
      return short / 2;
    case 'pill':
      return short / 2;
    case 'rectangle':
      return Math.min(short / 2, Math.max(0, borderRadiusPx));
    case 'line':
      return 0;
    default:
      return short * 0.18; // featured artwork: a rounded silhouette
  }
}

/** The step that lays the shape over the frame. */
export function shapeStep(paint: ShapePaint, fps: number): Step {
  const w = Math.max(2, Math.round(paint.width));
  const h = Math.max(2, Math.round(paint.height));
  const r = Math.min(paint.radius, Math.min(w, h) / 2);
  // Signed distance to the rounded rectangle's edge (negative inside), per pixel centre.
  const qx = `abs(X+0.5-${w / 2})-${w / 2 - r}`;
  const qy = `abs(Y+0.5-${h / 2})-${h / 2 - r}`;
  const dist = `(hypot(max(${qx},0),max(${qy},0))+min(max(${qx},${qy}),0)-${r})`;
  const outer = `clip(0.5-${dist},0,1)`;
  const stroke = paint.stroke && paint.strokeWidth > 0 ? paint.stroke : undefined;
  const inner = stroke ? `clip(0.5-(${dist}+${paint.strokeWidth}),0,1)` : '1';
  const channel = (c: 'r' | 'g' | 'b') => (stroke ? `${paint.fill[c]}*${inner}+${stroke[c]}*(1-${inner})` : String(paint.fill[c]));
  const alpha = stroke ? `255*${outer}*(${paint.fill.alpha}*${inner}+${stroke.alpha}*(1-${inner}))` : `255*${paint.fill.alpha}*${outer}`;
  const geq = `geq=r=${expr(channel('r'))}:g=${expr(channel('g'))}:b=${expr(channel('b'))}:a=${expr(alpha)}`;
  return {
    source: `color=c=black@0:s=${w}x${h}:r=${fps},trim=end_frame=1,format=rgba,${geq}`,
    x: Math.round(paint.x),
    y: Math.round(paint.y),
  };
}
