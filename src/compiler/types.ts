/**
 * What compile() gives back: the request (only when there is no error), its credit bill, its
 * diagnostics, and where each component of the video was written.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { PictoryRequest } from './pictory-request.js';

export type { PictoryRequest } from './pictory-request.js';

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

interface CompileOutcome {
  /** The `<Video>`'s `name` ('' when the tree had no video or could not be rendered). */
  videoName: string;
  /** Errors (then nothing may be sent) and warnings, each with its source location and component path. */
  diagnostics: Diagnostic[];
  /** Component path (`Video > Scene[2] > VoiceOver`) → where it was written. */
  locations: Map<string, SourceLocation>;
}

/** A video without errors: the exact body to POST and what it will cost. Warnings may be present. */
export interface CompiledVideo extends CompileOutcome {
  ok: true;
  /** The exact body for POST /v2/video/storyboard[/render]. */
  request: PictoryRequest;
  credits: CreditReport;
}

/** A video with at least one error: there is no request to send and no bill. */
export interface FailedCompile extends CompileOutcome {
  ok: false;
  request?: undefined;
  credits?: undefined;
}

export type CompileResult = CompiledVideo | FailedCompile;
