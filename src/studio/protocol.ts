/**
 * What the compile worker sends back to the studio server: every video the file yields, compiled, with its
 * diagnostics already framed (the worker reads the sources), or the reason the file could not be loaded.
 */
import type { CreditReport, PictoryRequest } from '../compiler/types.js';

export interface StudioDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** Component path, e.g. `Video > Scene[2] > AIVideoBackground`. */
  path: string;
  /** `file:line:col`, the file relative to the project folder. */
  where?: string;
  file?: string;
  line?: number;
  column?: number;
  /** The source lines around the location, with a caret (plain text). */
  frame?: string;
}

export interface WorkerVideo {
  name: string;
  ok: boolean;
  request?: PictoryRequest;
  credits?: CreditReport;
  diagnostics: StudioDiagnostic[];
}

/** One compile of the file. */
export type WorkerResult =
  | { ok: true; videos: WorkerVideo[]; ms: number }
  /** The file could not be loaded at all (syntax error, missing import, bad default export). */
  | { ok: false; message: string; diagnostics: StudioDiagnostic[]; ms: number };

/** Server → worker. */
export interface WorkerJob {
  file: string;
  cwd: string;
}
