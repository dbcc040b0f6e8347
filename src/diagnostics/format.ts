/**
 * Diagnostics for people: `examples/launch.tsx:12:5  error  Video > Scene[2] > AIVideoBackground: model
 * "veo3.1" does not offer duration "5s" (it offers 4s, 6s, 8s)`, file paths relative to the cwd; with
 * `frames`, the source lines around it with a caret under the element.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  cwd?: string;
  color?: boolean;
  /** Show the source around each located diagnostic (read from its file). */
  frames?: boolean;
}

export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}, sources?: Map<string, string | undefined>): string {
  const { cwd = process.cwd(), color = false } = options;
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const where = d.loc ? `${shortPath(cwd, d.loc.file)}:${d.loc.line}:${d.loc.column}` : '(no location)';
  const severity = d.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
  const line = `${paint('1', where)}  ${severity}  ${paint('2', d.path)}: ${d.message}`;
  if (!options.frames || !d.loc) return line;
  const source = sourceOf(d.loc.file, sources ?? new Map());
  if (source === undefined) return line;
  const frame = codeFrameColumns(source, { start: { line: d.loc.line, column: d.loc.column } }, { highlightCode: color, linesAbove: 1, linesBelow: 1 });
  return `${line}\n${frame}\n`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], options?: FormatOptions): string {
  const sorted = [...diagnostics].sort((a, b) => (a.loc?.file ?? '').localeCompare(b.loc?.file ?? '') || (a.loc?.line ?? 0) - (b.loc?.line ?? 0));
  const sources = new Map<string, string | undefined>();
  const lines = sorted.map((d) => formatDiagnostic(d, options, sources));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}

/** The file's text, read once per formatting; undefined when it cannot be read (no frame then). */
function sourceOf(file: string, sources: Map<string, string | undefined>): string | undefined {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(file, 'utf8'));
    } catch {
      sources.set(file, undefined);
    }
  }
  return sources.get(file);
}

/** Relative to the cwd when the file is below it, else absolute. */
function shortPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
