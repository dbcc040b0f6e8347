/** Text (its glyphs) or a shape (its box) that runs past an edge of the frame. */
import { FRAME_TOLERANCE } from '../constants.js';
import type { SceneLayout } from '../types.js';
import { describe } from './describe.js';
import { messages, pct, round1, type Finding } from './findings.js';
import { bottom, coverage, right, union } from './geometry.js';

export function leavesFrame(layout: SceneLayout): Finding[] {
  const findings: Finding[] = [];
  for (const el of layout.elements) {
    if (el.kind === 'media') continue;
    const rects = coverage(el, layout.frame);
    if (rects.length === 0) continue;
    const r = union(rects);
    const exactY = el.kind === 'text' || el.measure === 'exact';
    const overs = [
      { edge: 'left', by: -r.left },
      { edge: 'right', by: right(r) - 100 },
      ...(exactY ? [{ edge: 'top', by: -r.top }, { edge: 'bottom', by: bottom(r) - 100 }] : []),
    ].filter((o) => round1(o.by) > FRAME_TOLERANCE);
    if (overs.length === 0) continue;
    const worst = overs.reduce((a, b) => (b.by > a.by ? b : a));
    const horizontal = worst.edge === 'left' || worst.edge === 'right';
    const extent = horizontal
      ? `${el.kind === 'text' ? 'glyphs' : 'box'} from ${pct(r.left)} to ${pct(right(r))} of the width`
      : `${el.kind === 'text' ? 'glyphs' : 'box'} from ${pct(r.top)} to ${pct(bottom(r))} of the height`;
    findings.push({
      code: 'leaves-frame',
      severity: 'warning',
      element: el.index,
      message: messages.leavesFrame({ what: describe(el), edge: worst.edge, by: worst.by, extent }),
      figures: {
        edge: worst.edge,
        by: round1(worst.by),
        left: round1(r.left),
        top: round1(r.top),
        right: round1(right(r)),
        bottom: round1(bottom(r)),
        ...(el.kind === 'text' ? { lines: el.lines.length } : {}),
      },
      approximate: el.measure === 'approximate',
    });
  }
  return findings;
}
