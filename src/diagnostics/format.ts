/**
 * Diagnostics for people: `examples/launch.tsx:12:5  error  Video > Scene[2] > AIVideoBackground: model
 * "veo3.1" does not offer duration "5s" (it offers 4s, 6s, 8s)`, file paths relative to the cwd.
 */
import path from 'node:path';
import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  cwd?: string;
  color?: boolean;
}

export function formatDiagnostic(d: Diagnostic, { cwd = process.cwd(), color = false }: FormatOptions = {}): string {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const where = d.loc ? `${shortPath(cwd, d.loc.file)}:${d.loc.line}:${d.loc.column}` : '(no location)';
  const severity = d.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
  return `${paint('1', where)}  ${severity}  ${paint('2', d.path)}: ${d.message}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], options?: FormatOptions): string {
  const sorted = [...diagnostics].sort((a, b) => (a.loc?.file ?? '').localeCompare(b.loc?.file ?? '') || (a.loc?.line ?? 0) - (b.loc?.line ?? 0));
  const lines = sorted.map((d) => formatDiagnostic(d, options));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}

/** Relative to the cwd when the file is below it, else absolute. */
function shortPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
