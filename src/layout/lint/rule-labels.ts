/**
 * Labels on their shapes (pairs found by geometry, see hosts.ts): a label that wraps; one whose glyphs sit more
 * than 1 % (1.5 % on a pill) off the shape's centre — vertically always, horizontally when centred; and a shape
 * too small for its label: shorter than 2.2 cap heights of the label's font size (Pictory's calibrated cap height,
 * fontSize × 0.75 em), or narrower than the label's glyphs.
 */
import { CENTRE_TOLERANCE, MIN_SHAPE_CAP_HEIGHTS, PILL_CENTRE_TOLERANCE, SIDE_PADDING_EM } from '../constants.js';
import { frameAspect, pxToX, pxToY } from '../frame.js';
import type { SceneLayout, ShapeLayout, TextLayout } from '../types.js';
import { fontLabel, messages, round1, type Finding } from './findings.js';
import { centreX, centreY } from './geometry.js';

/** Pictory's calibrated cap height: fontSize reference pixels (0.75 of the measured em). */
const CAP_EM = 0.75;

export function labelFindings(layout: SceneLayout, pairs: { label: TextLayout; shape: ShapeLayout }[]): Finding[] {
  const findings: Finding[] = [];
  for (const { label, shape } of pairs) {
    if (shape.measure !== 'exact') continue;
    const approximate = label.measure === 'approximate';
    if (label.lines.length > 1) {
      findings.push(wraps(layout, label, shape, approximate));
      continue;
    }
    const tooSmall = size(layout, label, shape, approximate);
    if (tooSmall) findings.push(tooSmall);
    else {
      const off = offCentre(label, shape, approximate);
      if (off) findings.push(off);
    }
  }
  return findings;
}

function wraps(layout: SceneLayout, label: TextLayout, shape: ShapeLayout, approximate: boolean): Finding {
  const boxPx = (label.box.width / 100) * layout.frame.width;
  const perFontSize = label.naturalWidthPx / label.fontSize;
  const fitFontSize = Math.max(1, Math.floor(boxPx / (perFontSize + 2 * SIDE_PADDING_EM * (4 / 3))));
  const fitWidth = Math.ceil(((label.naturalWidthPx + 2 * SIDE_PADDING_EM * label.fontPx) / layout.frame.width) * 100);
  return {
    code: 'label-wraps',
    severity: 'warning',
    element: label.index,
    other: shape.index,
    message: messages.labelWraps({
      text: label.text,
      lines: label.lines.length,
      font: fontLabel(label),
      widthPx: label.naturalWidthPx,
      availablePx: label.availablePx,
      shape: shape.name,
      fitFontSize,
      fitWidth,
    }),
    figures: {
      lines: label.lines.length,
      textWidthPx: Math.round(label.naturalWidthPx),
      availablePx: Math.round(label.availablePx),
      fontSize: label.fontSize,
      fitFontSize,
      fitWidth,
    },
    approximate,
  };
}

function size(layout: SceneLayout, label: TextLayout, shape: ShapeLayout, approximate: boolean): Finding | undefined {
  const needed = MIN_SHAPE_CAP_HEIGHTS * pxToY(layout.frame, CAP_EM * label.fontPx);
  const glyphs = label.ink.width;
  const tall = round1(shape.box.height) >= round1(needed);
  const wide = round1(glyphs) <= round1(shape.box.width);
  if (tall && wide) return undefined;
  // Width that gives the needed height at the shape's aspect (and holds the glyphs).
  const heightPerWidth = shape.box.height / shape.box.width;
  const fitWidth = Math.ceil(Math.max(needed / heightPerWidth, glyphs + pxToX(layout.frame, 2 * SIDE_PADDING_EM * label.fontPx)));
  const message = tall
    ? `${shape.name} is ${round1(shape.box.width)} % wide, narrower than its label ${JSON.stringify(label.text)} ` +
      `(${round1(glyphs)} %, ${fontLabel(label)}): widen it to ${fitWidth} % or shorten the label`
    : messages.shapeTooSmall({
        shape: shape.name,
        height: shape.box.height,
        needed,
        text: label.text,
        fontSize: label.fontSize,
        fitWidth,
      });
  return {
    code: 'shape-too-small',
    severity: 'warning',
    element: shape.index,
    other: label.index,
    message,
    figures: {
      shapeHeight: round1(shape.box.height),
      neededHeight: round1(needed),
      shapeWidth: round1(shape.box.width),
      glyphWidth: round1(glyphs),
      fitWidth,
      frameAspect: round1(frameAspect(layout.frame)),
    },
    approximate,
  };
}

function offCentre(label: TextLayout, shape: ShapeLayout, approximate: boolean): Finding | undefined {
  const tolerance = shape.name === 'pill' ? PILL_CENTRE_TOLERANCE : CENTRE_TOLERANCE;
  const line = label.lines[0];
  const glyphY = (line.capTop + line.baseline) / 2;
  const glyphX = centreX(label.ink);
  const dy = glyphY - centreY(shape.box);
  const dx = label.alignment === 'center' ? glyphX - centreX(shape.box) : 0;
  // Compared as the figures are shown (0.1 %): a finding never reads "1.0 % off" against a 1 % tolerance.
  if (round1(Math.abs(dy)) <= tolerance && round1(Math.abs(dx)) <= tolerance) return undefined;
  const vertical = Math.abs(dy) / tolerance >= Math.abs(dx) / tolerance;
  const by = vertical ? dy : dx;
  const axis = vertical ? (by > 0 ? 'below' : 'above') : by > 0 ? 'right of' : 'left of';
  const fix = vertical
    ? `set its top to ${Math.round(label.box.top - dy)}%`
    : `set its left to ${Math.round(label.box.left - dx)}%`;
  return {
    code: 'label-off-centre',
    severity: 'warning',
    element: label.index,
    other: shape.index,
    message: messages.labelOffCentre({
      text: label.text,
      shape: shape.name,
      axis,
      by: Math.abs(by),
      glyph: vertical ? glyphY : glyphX,
      centre: vertical ? centreY(shape.box) : centreX(shape.box),
      fix,
    }),
    figures: {
      dy: round1(dy),
      dx: round1(dx),
      glyphCentreY: round1(glyphY),
      shapeCentreY: round1(centreY(shape.box)),
      glyphCentreX: round1(glyphX),
      shapeCentreX: round1(centreX(shape.box)),
      tolerance,
    },
    approximate,
  };
}
