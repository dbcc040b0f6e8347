/**
 * Defence in depth at the compile() boundary. The passes are meant never to throw (sanitise makes every
 * prop plain data first), but if one still does, the user gets a located diagnostic, never a raw
 * TypeError; and every diagnostic's message is cut to a sane length whatever value it quotes.
 */
import { describeValue } from '../diagnostics/describe.js';
import { error, hasErrors, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import type { RenderProblem } from '../renderer/host-tree.js';
import type { CompileResult } from './types.js';

const MAX_MESSAGE = 400;

/** A result that carries only diagnostics: no request worth sending, no credits. */
export function diagnosticsOnly(diagnostics: Diagnostic[]): CompileResult {
  return { request: { videoName: '', scenes: [] }, credits: { total: 0, exact: true, items: [] }, diagnostics: tidy(diagnostics) };
}

/**
 * Run the passes of one video. A pass that throws after an earlier pass reported an error (a value the
 * later pass did not expect) adds nothing: the error already says what to fix. One that throws on input
 * no pass objected to is reported at the video, as a bug of pictory-jsx.
 */
export function guardVideo(at: Located, diagnostics: Diagnostic[], passes: (report: Diagnostic[]) => CompileResult): CompileResult {
  try {
    const result = passes(diagnostics);
    return { ...result, diagnostics: tidy(result.diagnostics) };
  } catch (thrown) {
    if (!hasErrors(diagnostics)) diagnostics.push(internal(at, thrown));
    return diagnosticsOnly(diagnostics);
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
    error(
      { path: p.component ? `<${p.component}>` : '(render)', loc: p.loc },
      'component-threw',
      `a component threw: ${p.message} (an error boundary caught it, so its fallback would be the video)`,
    ),
  );
}

function internal(at: Located, thrown: unknown): Diagnostic {
  let what: string;
  try {
    what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : describeValue(thrown);
  } catch {
    what = describeValue(thrown);
  }
  return error(at, 'internal-error', `pictory-jsx could not compile this video (${what}); this is a bug, please report it with the video`);
}

function tidy(diagnostics: Diagnostic[]): Diagnostic[] {
  for (const d of diagnostics) if (d.message.length > MAX_MESSAGE) d.message = `${d.message.slice(0, MAX_MESSAGE - 1)}…`;
  return diagnostics;
}
