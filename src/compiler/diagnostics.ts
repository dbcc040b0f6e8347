/** Making diagnostics: every one names the node it is about, so it carries that node's path and location. */
import type { Diagnostic, SourceLocation } from './types.js';

/** The part of a tree node a diagnostic needs. */
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
