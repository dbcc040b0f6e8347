/** What the studio page draws: JSON the server sends, built from the shared layout (no geometry here). */
import type { Rect } from '../layout/types.js';
import type { StudioDiagnostic } from './protocol.js';

export interface VideoSummary {
  index: number;
  name: string;
  ok: boolean;
  aspectRatio: string;
  /** Estimated length in seconds (narration at 2.5 words/s, clip lengths, minimum durations). */
  seconds: number;
  credits: number;
  creditsExact: boolean;
  errors: number;
  warnings: number;
}

export type BackgroundView =
  | { kind: 'color'; color: string }
  | { kind: 'image' | 'video'; src?: string; url: string }
  | { kind: 'ai'; type: 'image' | 'video'; model: string; duration?: string; prompt?: string }
  | { kind: 'stock'; query?: string }
  | { kind: 'none' };

export interface TextView {
  kind: 'text';
  index: number;
  box: Rect;
  ink: Rect;
  lines: Array<{ text: string; left: number; baseline: number }>;
  fontFamily: string;
  /** `/fonts/<id>` when the family is bundled. */
  font?: string;
  fontPx: number;
  bold: boolean;
  italic: boolean;
  color: string;
  background?: string;
}

export interface ShapeView {
  kind: 'shape';
  index: number;
  name: string;
  box: Rect;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  borderRadius?: number;
}

export interface MediaView {
  kind: 'media';
  index: number;
  type: 'image' | 'video';
  box: Rect;
  src?: string;
  label: string;
}

export type ElementView = TextView | ShapeView | MediaView;

export interface FindingView {
  element: number;
  other?: number;
  code: string;
  severity: 'warning' | 'hint';
  message: string;
}

export interface SceneView {
  index: number;
  frame: { width: number; height: number; aspectRatio: string };
  background: BackgroundView;
  overlay?: { color: string; opacity: number };
  elements: ElementView[];
  subtitle?: { box: Rect; fontFamily: string; font?: string; fontPx: number; color: string; background?: string; alignment: string; text: string };
  story?: string;
  voice?: string;
  transition?: string;
  seconds: number;
  credits: number;
  findings: FindingView[];
}

export interface VideoView extends VideoSummary {
  hash: string;
  scenes: SceneView[];
  diagnostics: StudioDiagnostic[];
}

/** What the page asks for on every update. */
export interface StateView {
  file: string;
  version: number;
  /** The file could not be loaded: the view is these diagnostics. */
  failure?: { message: string; diagnostics: StudioDiagnostic[] };
  videos: VideoSummary[];
  total: { credits: number; exact: boolean; seconds: number };
  /** Errors of videos that failed to compile (the page shows them instead of the scenes). */
  diagnostics: StudioDiagnostic[];
  compileMs: number;
}
