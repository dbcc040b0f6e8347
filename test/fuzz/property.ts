/**
 * The compiler fuzz property, shared by the test (a few thousand cases) and the benchmark (a longer run):
 * over random hostile trees, compile()/compileAll() never throw, never poison the process (a valid video
 * compiles right after), locate every diagnostic, and every error-free request is JSON that round-trips
 * exactly and that the emulator's validation accepts (POST /v2/video/storyboard answers no 400).
 */
import fc from 'fast-check';
import { request } from 'undici';
import { compile, compileAll } from '../../src/compiler/compile.js';
import type { CompileResult } from '../../src/compiler/types.js';
import { startEmulator } from '../../src/emulator/index.js';
import { FILE, build, tree, validVideo } from './trees.js';

/** Diagnostics about the whole tree rather than an element: there is no element to point at. */
const TREE_LEVEL = new Set(['no-video', 'several-videos']);

export interface FuzzReport {
  cases: number;
  rawExceptions: number;
  poisonings: number;
  errorFree: number;
  posted: number;
  diagnostics: Record<string, number>;
}

export async function fuzzCompile(numRuns: number, seed?: number): Promise<FuzzReport> {
  const emulator = await startEmulator({ draftVideos: false, aiCredits: 1e12, timing: { previewMs: 1, renderMs: 1 } });
  const report: FuzzReport = { cases: 0, rawExceptions: 0, poisonings: 0, errorFree: 0, posted: 0, diagnostics: {} };
  const posted = new Set<string>();
  try {
    const details = await fc.check(
      fc.asyncProperty(tree, async ({ plan, many }) => {
        report.cases++;
        const node = build(plan);
        let results: CompileResult[];
        try {
          results = many ? compileAll(node) : [compile(node)];
        } catch (thrown) {
          report.rawExceptions++;
          throw new Error(`compile threw: ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
        }
        const canary = compile(validVideo());
        if (canary.diagnostics.length) {
          report.poisonings++;
          throw new Error(`poisoned: a valid video now gives ${JSON.stringify(canary.diagnostics)}`);
        }
        for (const result of results) {
          for (const d of result.diagnostics) {
            report.diagnostics[d.code] = (report.diagnostics[d.code] ?? 0) + 1;
            if (d.code === 'internal-error') throw new Error(`internal error: ${d.message}`);
            if (!TREE_LEVEL.has(d.code) && !(d.loc?.file === FILE || d.loc?.file.endsWith('/test/fuzz/trees.ts'))) {
              throw new Error(`unlocated diagnostic: ${JSON.stringify(d)}`);
            }
            if (d.message.length > 400) throw new Error(`a ${d.message.length}-character message`);
          }
          if (result.diagnostics.some((d) => d.severity === 'error')) continue;
          report.errorFree++;
          const body = JSON.stringify(result.request);
          if (JSON.stringify(JSON.parse(body)) !== body) throw new Error('the request does not round-trip through JSON');
          expectEqualJson(JSON.parse(body), result.request);
          if (posted.has(body)) continue;
          posted.add(body);
          report.posted++;
          const answer = await request(`${emulator.url}/v2/video/storyboard`, {
            method: 'POST',
            headers: { authorization: 'pictai_fuzz', 'content-type': 'application/json' },
            body,
          });
          const text = await answer.body.text();
          if (answer.statusCode === 400) throw new Error(`the emulator refused an error-free request: ${text}\n${body.slice(0, 2000)}`);
        }
      }),
      { numRuns, seed, endOnFailure: true },
    );
    // Reported by hand: printing a counterexample full of cycles, Proxies and megabyte strings is not useful.
    if (details.failed) {
      const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const plan = fc.stringify(details.counterexample).slice(0, 4000);
      throw new Error(`fuzz failed (seed ${details.seed}, path ${details.counterexamplePath}): ${why}\nplan: ${plan}`);
    }
  } finally {
    await emulator.close();
  }
  return report;
}

/** The request holds nothing JSON would drop or change (undefined, NaN, functions…). */
function expectEqualJson(parsed: unknown, original: unknown, path = 'request'): void {
  if (original === undefined) return;
  if (typeof original !== 'object' || original === null) {
    if (!Object.is(parsed, original) && !(parsed === 0 && original === 0)) throw new Error(`${path}: ${String(original)} became ${String(parsed)} in JSON`);
    return;
  }
  if (Array.isArray(original) !== Array.isArray(parsed)) throw new Error(`${path} changed shape in JSON`);
  for (const key of Object.keys(original)) {
    const value = (original as Record<string, unknown>)[key];
    if (value === undefined) continue;
    expectEqualJson((parsed as Record<string, unknown>)[key], value, `${path}.${key}`);
  }
}
