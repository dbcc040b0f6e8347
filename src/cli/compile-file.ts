/**
 * Load a video file and compile every video it yields — the first half of every CLI command.
 * Diagnostics are printed to stderr (errors make the whole file invalid: nothing is sent, exit 1).
 */
import { compileAllAsync } from '../compiler/compile.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import type { CompileResult } from '../compiler/types.js';
import { loadVideos } from './load.js';

export interface CompiledFile {
  results: CompileResult[];
  /** True when any video has an error: the caller must stop with exit code 1. */
  failed: boolean;
}

export async function compileFile(file: string, stderr: NodeJS.WritableStream = process.stderr): Promise<CompiledFile> {
  const nodes = await loadVideos(file);
  // One at a time: React drops finished roots only between ticks, so a burst of synchronous renders piles up.
  const results: CompileResult[] = [];
  for (const node of nodes) results.push(...(await compileAllAsync(node)));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  if (diagnostics.length) stderr.write(`${formatDiagnostics(diagnostics, { color: isColor(stderr) })}\n`);
  return { results, failed: diagnostics.some((d) => d.severity === 'error') };
}

function isColor(stream: NodeJS.WritableStream): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
}
