/** A text element (not a label: labels have their own rule) that wraps past two lines. */
import type { SceneLayout, TextLayout } from '../types.js';
import { fontLabel, messages, round1, type Finding } from './findings.js';

const MAX_LINES = 2;

export function textWraps(layout: SceneLayout, labels: Set<number>): Finding[] {
  const findings: Finding[] = [];
  for (const el of layout.elements) {
    if (el.kind !== 'text' || labels.has(el.index) || el.lines.length <= MAX_LINES) continue;
    findings.push({
      code: 'text-wraps',
      severity: 'warning',
      element: el.index,
      message: messages.textWraps({
        text: el.text,
        lines: el.lines.length,
        font: fontLabel(el),
        widthPx: el.naturalWidthPx,
        availablePx: el.availablePx,
        fitFontSize: twoLineFontSize(el),
        fitWidth: twoLineWidth(el, layout.frame.width),
      }),
      figures: {
        lines: el.lines.length,
        textWidthPx: Math.round(el.naturalWidthPx),
        lineWidthPx: Math.round(el.availablePx),
        fontSize: el.fontSize,
        width: round1(el.box.width),
      },
      approximate: el.measure === 'approximate',
    });
  }
  return findings;
}

/** About the fontSize at which the text fits two lines (greedy wrapping wastes ~10 % of each line). */
function twoLineFontSize(el: TextLayout): number {
  const boxPx = el.availablePx + el.fontPx / 2;
  const perFontSize = el.naturalWidthPx / el.fontSize;
  return Math.max(1, Math.floor((0.9 * 2 * boxPx) / (perFontSize + (4 / 3) * 0.9)));
}

/** About the width (percent) at which the text fits two lines; `undefined` when that would leave the frame. */
function twoLineWidth(el: TextLayout, frameWidth: number): number | undefined {
  const boxPx = el.naturalWidthPx / 2 / 0.9 + el.fontPx / 2;
  const width = Math.ceil((boxPx / frameWidth) * 100);
  return width <= 100 - Math.max(0, el.box.left) ? width : undefined;
}
