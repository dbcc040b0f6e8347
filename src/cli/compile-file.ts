/**
 * Load the video files a command names and compile every video they yield — the first half of every CLI
 * command. `--data` rows go to each file's default-export function; `--only` and `--limit` pick videos.
 * Diagnostics are printed to stderr (or returned for `--json`); errors make the whole run invalid
 * (nothing is sent, exit 1), and so do warnings under `--strict` or beyond `--max-warnings`.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { compileAllAsync } from '../compiler/compile.js';
import type { CompiledVideo, CompileResult } from '../compiler/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { readRows } from './data.js';
import { expandFiles } from './files.js';
import { loadVideos } from './load.js';

export interface SelectOptions {
  /** `--data rows.csv|rows.json`. */
  data?: string;
  /** `--only name|glob` (repeatable): keep the videos whose name matches. */
  only?: string[];
  /** `--limit N`: the first N rows (with --data) or videos. */
  limit?: number;
  /** `--strict`: any warning fails the run. */
  strict?: boolean;
  /** `--max-warnings N`: more warnings than N fail the run. */
  maxWarnings?: number;
  /** Return diagnostics instead of printing them (the caller prints JSON). */
  json?: boolean;
  /** `--no-lint` sets false: skip the design lint (layout warnings). */
  lint?: boolean;
}

/** When `failed` is true (errors, or warnings over the limit) the caller must stop with exit code 1. */
export type CompiledFile = { diagnostics: Diagnostic[] } & ({ failed: true; results: CompileResult[] } | { failed: false; results: CompiledVideo[] });

export async function compileFile(
  files: string | readonly string[],
  options: SelectOptions = {},
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<CompiledFile> {
  const rows = options.data === undefined ? undefined : readRows(options.data);
  const limitedRows = rows && options.limit !== undefined ? rows.slice(0, options.limit) : rows;
  let results: CompileResult[] = [];
  for (const file of expandFiles(typeof files === 'string' ? [files] : files)) {
    // One video at a time: a burst of synchronous renders would hold every tree at once.
    const compileOptions = { lint: options.lint !== false, baseDir: path.dirname(path.resolve(file)) };
    for (const node of await loadVideos(file, { rows: limitedRows })) results.push(...(await compileAllAsync(node, compileOptions)));
  }
  if (options.only?.length) {
    const matches = picomatch(options.only, { nocase: true });
    results = results.filter((r) => matches(r.videoName));
  }
  if (options.limit !== undefined && !rows) results = results.slice(0, options.limit);

  const diagnostics = results.flatMap((r) => r.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const tooManyWarnings = (options.strict && warnings > 0) || (options.maxWarnings !== undefined && warnings > options.maxWarnings);
  if (diagnostics.length && !options.json) stderr.write(`${formatDiagnostics(diagnostics, { color: isColor(stderr), frames: true })}\n`);
  if (tooManyWarnings && !errors && !options.json) {
    stderr.write(`pictory-jsx: ${warnings} warning${warnings === 1 ? '' : 's'} ${options.strict ? 'under --strict' : `over --max-warnings ${options.maxWarnings}`}; nothing was sent\n`);
  }
  const compiled = results.filter((r): r is CompiledVideo => r.ok);
  if (errors > 0 || tooManyWarnings || compiled.length !== results.length) return { failed: true, results, diagnostics };
  return { failed: false, results: compiled, diagnostics };
}

/** Diagnostics as `--json` prints them: one object, whatever the command. */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const list = diagnostics.map(({ loc, ...d }) => ({ ...d, file: loc?.file, line: loc?.line, column: loc?.column }));
  return `${JSON.stringify({ ok: false, errors, warnings: diagnostics.length - errors, diagnostics: list }, null, 2)}\n`;
}

function isColor(stream: NodeJS.WritableStream): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
}
