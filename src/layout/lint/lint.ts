/**
 * The design lint: pure functions over a scene's layout. `lintScene` lays the scene out and checks it;
 * `lintLayout` checks a layout you already have. Findings come in element order; a caller may silence one rule
 * for one element (an overlap is silenced by either of its two elements).
 */
import type { PictoryScene } from '../../schema/request.js';
import { layoutScene, type LayoutOptions } from '../scene.js';
import type { SceneLayout } from '../types.js';
import { APPROXIMATE_NOTE, type Finding, type FindingCode } from './findings.js';
import { hostsOf, labelPairs } from './hosts.js';
import { busyBackground } from './rule-background.js';
import { leavesFrame } from './rule-frame.js';
import { labelFindings } from './rule-labels.js';
import { overlaps } from './rule-overlap.js';
import { textWraps } from './rule-wraps.js';

export interface LintOptions {
  /** True when `code` is silenced for the element at `element` (e.g. a prop or comment on that element). */
  silenced?: (element: number, code: FindingCode) => boolean;
}

export function lintLayout(layout: SceneLayout, options: LintOptions = {}): Finding[] {
  const hosts = hostsOf(layout.elements);
  const pairs = labelPairs(layout.elements, hosts);
  const labels = new Set(pairs.map((p) => p.label.index));
  const findings = [
    ...textWraps(layout, labels),
    ...labelFindings(layout, pairs),
    ...leavesFrame(layout),
    ...overlaps(layout, hosts),
    ...busyBackground(layout, hosts),
  ];
  const silenced = options.silenced;
  return findings
    .map((f) => (f.approximate ? { ...f, message: f.message + APPROXIMATE_NOTE } : f))
    .filter((f) => !silenced || !(silenced(f.element, f.code) || (f.other !== undefined && f.code === 'overlap' && silenced(f.other, f.code))))
    .sort((a, b) => a.element - b.element || (a.other ?? -1) - (b.other ?? -1));
}

export function lintScene(scene: PictoryScene, options: LayoutOptions & LintOptions = {}): Finding[] {
  return lintLayout(layoutScene(scene, options), options);
}
