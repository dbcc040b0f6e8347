/**
 * Defence in depth at the compile() boundary. The passes are meant never to throw (sanitise makes every
 * prop plain data first), but if one still does, the user gets a located diagnostic, never a raw
 * TypeError; and every diagnostic's message is cut to a sane length whatever value it quotes.
 */
import { describeValue } from '../diagnostics/describe.js';
import { report } from '../diagnostics/catalogue.js';
import { hasErrors, type Diagnostic, type Located, type SourceLocation } from '../diagnostics/diagnostic.js';
import type { RenderProblem } from '../renderer/host-tree.js';
import type { CompileResult } from './types.js';

const MAX_MESSAGE = 400;

/** A result that carries only diagnostics: no request worth sending, no credits. */
export function diagnosticsOnly(diagnostics: Diagnostic[], videoName = '', locations = new Map<string, SourceLocation>()): CompileResult {
  return { ok: false, videoName, diagnostics: tidy(diagnostics), locations };
}

/**
 * Run the passes of one video. A pass that throws after an earlier pass reported an error (a value the
 * later pass did not expect) adds nothing: the error already says what to fix. One that throws on input
 * no pass objected to is reported at the video, as a bug of pictory-jsx.
 */
export function guardVideo(
  at: Located,
  diagnostics: Diagnostic[],
  passes: (report: Diagnostic[]) => CompileResult,
  videoName = '',
  locations = new Map<string, SourceLocation>(),
): CompileResult {
  try {
    const result = passes(diagnostics);
    tidy(result.diagnostics);
    return result;
  } catch (thrown) {
    if (!hasErrors(diagnostics)) diagnostics.push(internal(at, thrown));
    return diagnosticsOnly(diagnostics, videoName, locations);
  }
}

/** The last line of defence around a whole compile. */
export function guardCompile(compileIt: () => CompileResult[]): CompileResult[] {
  try {
    return compileIt();
  } catch (thrown) {
    return [diagnosticsOnly([internal({ path: '(compile)' }, thrown)])];
  }
}

export function caughtByBoundary(problems: readonly RenderProblem[] | undefined): Diagnostic[] {
  return (problems ?? []).map((p) =>
    report({ path: p.component ? `<${p.component}>` : '(render)', loc: p.loc }, 'component-threw', {
      reason: `${p.message} (an error boundary caught it, so its fallback would be the video)`,
    }),
  );
}

function internal(at: Located, thrown: unknown): Diagnostic {
  let what: string;
  try {
    what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : describeValue(thrown);
  } catch {
    what = describeValue(thrown);
  }
  return report(at, 'internal-error', { what });
}

function tidy(diagnostics: Diagnostic[]): Diagnostic[] {
  for (const d of diagnostics) if (d.message.length > MAX_MESSAGE) d.message = `${d.message.slice(0, MAX_MESSAGE - 1)}…`;
  return diagnostics;
}
