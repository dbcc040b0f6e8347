/**
 * The render command's pre-flight step: check every video of the file against the account before any is
 * sent, print the warnings, and return the refusal text (diagnostics included) when something is wrong.
 */
import type { PictoryClient } from '../client/client.js';
import { PictoryError } from '../client/errors.js';
import type { CompiledVideo } from '../compiler/types.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { preflightOrThrow } from '../preflight/preflight.js';

/** What is at stake without the check, said when `--no-preflight` is given. */
export const NO_PREFLIGHT_NOTICE =
  'Pre-flight skipped (--no-preflight): a wrong speaker, brand, subtitle style, smart layout, template, variable or ' +
  'avatar, or too few AI credits, is found only by Pictory after submission: a failed job, and AI credits ' +
  'possibly spent on scenes generated before the failure.';

export async function preflightStep(
  videos: CompiledVideo[],
  client: PictoryClient,
  io: { stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv; cwd: string },
  enabled: boolean,
): Promise<string | undefined> {
  if (!enabled) {
    io.stderr.write(`${NO_PREFLIGHT_NOTICE}\n`);
    return undefined;
  }
  try {
    const report = await preflightOrThrow(videos, client, { cwd: io.cwd, env: io.env });
    if (report.diagnostics.length) io.stderr.write(`${formatDiagnostics(report.diagnostics, { cwd: io.cwd })}\n`);
    return undefined;
  } catch (error) {
    if (!PictoryError.is(error)) throw error;
    return error.type === 'validation' ? error.message : `pre-flight check failed, nothing was sent: ${error.message}`;
  }
}
