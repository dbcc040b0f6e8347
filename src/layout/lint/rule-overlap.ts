/**
 * Two elements that overlap by more than 1 % of the frame in both directions. Texts are measured by their glyph
 * lines, not their boxes (a box's empty top is not a collision). An element resting on a shape or media drawn
 * before it (its centre inside that box: a label on its shape, a chip on a card, a caption on a picture) is
 * layered on purpose and not reported; two texts always are.
 */
import { OVERLAP_TOLERANCE } from '../constants.js';
import type { ElementLayout, SceneLayout } from '../types.js';
import { describe } from './describe.js';
import { messages, round1, type Finding } from './findings.js';
import { coverage, intersection } from './geometry.js';

export function overlaps(layout: SceneLayout, hosts: Map<number, number>): Finding[] {
  const findings: Finding[] = [];
  const covered = layout.elements.map((el) => ({ el, rects: coverage(el, layout.frame) }));
  for (let i = 0; i < covered.length; i++) {
    for (let j = i + 1; j < covered.length; j++) {
      const a = covered[i];
      const b = covered[j];
      if (hosts.get(b.el.index) === a.el.index) continue;
      const bite = worstBite(a.rects, b.rects);
      if (!bite || round1(bite.x) <= OVERLAP_TOLERANCE || round1(bite.y) <= OVERLAP_TOLERANCE) continue;
      findings.push({
        code: 'overlap',
        severity: 'warning',
        element: b.el.index,
        other: a.el.index,
        message: messages.overlap({
          a: describe(a.el),
          b: describe(b.el),
          x: bite.x,
          y: bite.y,
          where: where(a.el, b.el, bite.line),
        }),
        figures: { x: round1(bite.x), y: round1(bite.y), ...(bite.line !== undefined ? { line: bite.line + 1 } : {}) },
        approximate: a.el.measure === 'approximate' || b.el.measure === 'approximate',
      });
    }
  }
  return findings;
}

/** The largest overlap between any rectangle of one and any of the other (by its smaller side). */
function worstBite(as: { left: number; top: number; width: number; height: number }[], bs: typeof as) {
  let best: { x: number; y: number; line?: number } | undefined;
  as.forEach((a, ia) =>
    bs.forEach((b, ib) => {
      const o = intersection(a, b);
      if (!best || Math.min(o.x, o.y) > Math.min(best.x, best.y)) best = { ...o, line: as.length > 1 ? ia : bs.length > 1 ? ib : undefined };
    }),
  );
  return best;
}

function where(a: ElementLayout, b: ElementLayout, line: number | undefined): string {
  const text = a.kind === 'text' && a.lines.length > 1 ? a : b.kind === 'text' && b.lines.length > 1 ? b : undefined;
  if (text && line !== undefined) return `line ${line + 1} of ${text.lines.length}, "${text.lines[line]?.text ?? ''}"`;
  return `${b.kind === 'text' ? 'glyphs' : 'box'} against ${a.kind === 'text' ? 'glyphs' : 'box'}`;
}
