/**
 * Load a video file and compile every video it yields — the first half of every CLI command.
 * Diagnostics are printed to stderr (errors make the whole file invalid: nothing is sent, exit 1).
 */
import { compileAllAsync } from '../compiler/compile.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import type { CompiledVideo, CompileResult } from '../compiler/types.js';
import { loadVideos } from './load.js';

/** When any video has an error, `failed` is true: the caller must stop with exit code 1. */
export type CompiledFile = { failed: true; results: CompileResult[] } | { failed: false; results: CompiledVideo[] };

export async function compileFile(file: string, stderr: NodeJS.WritableStream = process.stderr): Promise<CompiledFile> {
  const nodes = await loadVideos(file);
  // One at a time: React drops finished roots only between ticks, so a burst of synchronous renders piles up.
  const results: CompileResult[] = [];
  for (const node of nodes) results.push(...(await compileAllAsync(node)));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  if (diagnostics.length) stderr.write(`${formatDiagnostics(diagnostics, { color: isColor(stderr) })}\n`);
  const compiled = results.filter((r): r is CompiledVideo => r.ok);
  return compiled.length === results.length ? { failed: false, results: compiled } : { failed: true, results };
}

function isColor(stream: NodeJS.WritableStream): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
}
