/**
 * Where a box goes: `top` + `left` percentages (from the frame's top-left corner), or a 9-grid `position` preset
 * that puts the box against that side of the frame (centre presets centre it).
 */
import { ELEMENT_POSITIONS, presetAnchor, type ElementPosition } from '../catalog/positions.js';

/** An integer percentage string ("12%") or number → number; `undefined` for anything else. */
export function percent(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  return match ? Number(match[1]) : undefined;
}

export function isPosition(value: unknown): value is ElementPosition {
  return typeof value === 'string' && (ELEMENT_POSITIONS as readonly string[]).includes(value);
}

/** Top-left of a `width`×`height` box (percent) placed by `top`/`left` or by a preset. */
export function place(
  placement: { top?: unknown; left?: unknown; position?: unknown },
  fallback: ElementPosition,
  width: number,
  height: number,
): { left: number; top: number } {
  const anchor = presetAnchor(isPosition(placement.position) ? placement.position : fallback);
  const left = percent(placement.left) ?? anchor.x * (100 - width);
  const top = percent(placement.top) ?? anchor.y * (100 - height);
  return { left, top };
}
