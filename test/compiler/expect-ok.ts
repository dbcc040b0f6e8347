/** For tests of valid input: the compiled video, or a failure that prints the diagnostics. */
import { formatDiagnostics, type CompiledVideo, type CompileResult } from '../../src/index.js';

export function expectOk(result: CompileResult): CompiledVideo {
  if (!result.ok) throw new Error(`expected a video without errors, got:\n${formatDiagnostics(result.diagnostics)}`);
  return result;
}
