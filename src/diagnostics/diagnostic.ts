/**
 * The leaf every part of pictory-jsx may import: where something was written in the user's source, and a
 * diagnostic about it. It imports nothing, so the JSX runtime, the renderer, the compiler, the client and
 * the CLI can all speak of locations and diagnostics without reaching into one another.
 */

/** Where an element was written: 1-based line and column, absolute file path. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-prop`, `duration-not-offered`. */
  code: string;
  /** What was wrong and what was expected, in one sentence. */
  message: string;
  /** Component path, e.g. `Video > Scene[2] > AIVideoBackground`. */
  path: string;
  /** The prop concerned, when there is one. */
  prop?: string;
  loc?: SourceLocation;
}

/** The part of a tree node a diagnostic needs: its component path and where it was written. */
export interface Located {
  path: string;
  loc?: SourceLocation;
}

export function error(node: Located, code: string, message: string, prop?: string): Diagnostic {
  return { severity: 'error', code, message, path: node.path, prop, loc: node.loc };
}

export function warning(node: Located, code: string, message: string, prop?: string): Diagnostic {
  return { severity: 'warning', code, message, path: node.path, prop, loc: node.loc };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
