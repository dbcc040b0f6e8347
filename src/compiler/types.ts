/**
 * The types that flow through the compiler, in pipeline order:
 * HostTree (renderer) → FlatVideo (flatten) → NormalVideo (normalise) → ValidVideo (validate)
 * → CreditReport (estimate) → PictoryRequest (emit). Every pass is a pure function of the previous stage.
 */

import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface CreditItem {
  /** 1-based index of the `<Scene>` in its video. */
  scene: number;
  /** Component path of the AI visual. */
  path: string;
  model: string;
  kind: 'image' | 'video';
  /** Number of visuals this scene yields (after sentence/line splitting). */
  visuals: number;
  /** Seconds per clip for video models (undefined for images). */
  seconds?: number;
  /** What is billed: images (= visuals), or seconds of video (= visuals × seconds). */
  units: number;
  /** Credits per image, or per second of video. */
  unitCost: number;
  /** units × unitCost. */
  credits: number;
  /** False when `visuals` is an estimate (a split story). */
  exact: boolean;
}

export interface CreditReport {
  total: number;
  /** False when any item is an estimate. */
  exact: boolean;
  items: CreditItem[];
}

/** Pictory's v2 storyboard request body (see src/schema/request.ts for its zod schema). */
export type PictoryRequest = Record<string, unknown> & { videoName: string; scenes: Array<Record<string, unknown>> };

export interface CompileResult {
  /** The exact body for POST /v2/video/storyboard[/render]; present even with errors, but never sent then. */
  request: PictoryRequest;
  credits: CreditReport;
  diagnostics: Diagnostic[];
}
