/**
 * A hint, once per scene: text over a busy background (AI or stock footage) with no colour overlay on it and no
 * box behind the text (no `showBoxBackground`, no opaque `backgroundColor`, not resting on a shape).
 */
import type { SceneLayout } from '../types.js';
import { messages, type Finding } from './findings.js';

export function busyBackground(layout: SceneLayout, hosts: Map<number, number>): Finding[] {
  const bg = layout.background;
  if ((bg.kind !== 'ai' && bg.kind !== 'stock') || bg.overlay) return [];
  const bare = layout.elements.find(
    (el) => el.kind === 'text' && !hosts.has(el.index) && !el.showBoxBackground && !opaque(el.backgroundColor),
  );
  if (!bare || bare.kind !== 'text') return [];
  const background = bg.kind === 'ai' ? 'AI' : 'stock';
  return [
    {
      code: 'busy-background',
      severity: 'hint',
      element: bare.index,
      message: messages.busyBackground({ background, text: bare.text }),
      figures: { background },
      approximate: false,
    },
  ];
}

/** Whether a CSS-like colour has any opacity (rgba with alpha 0 and #RRGGBB00 are transparent). */
export function opaque(color: string | undefined): boolean {
  if (!color) return false;
  const rgba = /^rgba\(\s*[\d.]+\s*,\s*[\d.]+\s*,\s*[\d.]+\s*,\s*([\d.]+)\s*\)$/i.exec(color.trim());
  if (rgba) return Number(rgba[1]) > 0;
  const hex = /^#([0-9a-f]{8})$/i.exec(color.trim());
  if (hex) return parseInt(hex[1].slice(6), 16) > 0;
  return true;
}
