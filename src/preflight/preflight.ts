/**
 * The pre-flight: before any submit, every account reference of every video (speakers, brand, subtitle
 * style, smart layout, template and its variables, avatar) is resolved against the account's catalogs,
 * and the AI-credit estimate is compared with the account's balance where the account exposes one.
 *
 * Cost: at most one request per catalog the videos use (voices, brands, styles, smart layouts,
 * templates, avatars), one per distinct template id (its variables), and one for the balance when the
 * videos use AI credits; reused for every video checked through the same client (see `account.ts`) and
 * for a few minutes from `.pictory/catalogs/` on disk.
 */
import type { PictoryClient } from '../client/client.js';
import { APIError, PictoryError, ValidationError } from '../client/errors.js';
import { sumCredits } from '../compiler/estimate.js';
import type { CompiledVideo } from '../compiler/types.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { catalogsOf, type AccountCatalogs } from './account.js';
import { checkReference } from './check.js';
import { diskCacheFor } from './disk-cache.js';
import { referencesOf, type Reference } from './references.js';

export interface PreflightOptions {
  /** Where `.pictory/catalogs/` lives (default `process.cwd()`). */
  cwd?: string;
  /** The environment whose credentials identify the account for the disk cache (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Compare the AI-credit estimate with the account's balance (default true). */
  credits?: boolean;
}

export interface PreflightReport {
  /** Errors (the videos must not be sent) and warnings, each at the element that wrote the reference. */
  diagnostics: Diagnostic[];
  /** The account's available AI credits, when it says (only asked when the videos use AI credits). */
  creditBalance?: number;
  /** The videos' estimated AI credits together. */
  estimate: number;
}

/** A compile result that may carry the compiler's component-path → source-location map. */
/** Checks `videos` against the account of `client`. Throws only when a catalog cannot be read at all. */
export async function preflight(videos: readonly CompiledVideo[], client: PictoryClient, options: PreflightOptions = {}): Promise<PreflightReport> {
  const catalogs = catalogsOf(client);
  catalogs.disk = diskCacheFor(client.baseUrl, options.env ?? process.env, options.cwd ?? process.cwd());
  const started = Date.now();
  const report = await check(videos, catalogs, options);
  // A refusal must rest on the account as it is now: catalogs read before this check (from memory or
  // disk) are read again, and the videos checked once more.
  if (report.diagnostics.some((d) => d.severity === 'error') && catalogs.refreshOlderThan(started)) {
    return check(videos, catalogs, options);
  }
  return report;
}

async function check(videos: readonly CompiledVideo[], catalogs: AccountCatalogs, options: PreflightOptions): Promise<PreflightReport> {
  const unavailable = new Set<string>();
  const diagnostics: Diagnostic[] = [];

  const checks = videos.flatMap((video) =>
    referencesOf(video.request as unknown as Record<string, unknown>).map(async (ref) => {
      const loc = locate(video, ref.path);
      try {
        return await checkReference(ref, catalogs, loc);
      } catch (error) {
        if (!notOffered(error)) throw error;
        // The account does not serve this catalog: say so once, and let Pictory judge the reference.
        if (unavailable.has(ref.kind)) return [];
        unavailable.add(ref.kind);
        return [notChecked(ref, loc, (error as APIError).request?.path)];
      }
    }),
  );
  for (const found of await Promise.all(checks)) diagnostics.push(...found);

  const estimate = sumCredits(videos.map((v) => v.credits.total));
  let creditBalance: number | undefined;
  if (options.credits !== false && estimate > 0) {
    creditBalance = await catalogs.creditBalance().catch((error) => {
      if (notOffered(error) || error instanceof APIError) return undefined;
      throw error;
    });
    if (creditBalance !== undefined && estimate > creditBalance) {
      const first = videos[0];
      const exact = videos.every((v) => v.credits.exact);
      const many = videos.length === 1 ? 'this video needs' : `these ${videos.length} videos need`;
      diagnostics.push({
        severity: 'error',
        code: 'insufficient-credits',
        message: `${many} ${exact ? '' : 'an estimated '}${estimate} AI credits; the account has ${creditBalance} available`,
        path: 'Video',
        loc: locate(first, 'Video'),
      });
    }
  }
  return { diagnostics, creditBalance, estimate };
}

/**
 * {@link preflight}, then throws a {@link ValidationError} listing every error when there is one (nothing
 * may be submitted). Returns the warnings.
 */
export async function preflightOrThrow(videos: readonly CompiledVideo[], client: PictoryClient, options: PreflightOptions = {}): Promise<PreflightReport> {
  const report = await preflight(videos, client, options);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const names = videos.map((v) => `"${v.request.videoName}"`).join(', ');
    throw new ValidationError(
      `${names} refer${videos.length === 1 ? 's' : ''} to what the account does not have; nothing was sent.\n` +
        formatDiagnostics(errors, { cwd: options.cwd }),
      { diagnostics: report.diagnostics },
    );
  }
  return report;
}

/** The element's location: the compiler's map when it has one, else the video's. */
function locate(video: CompiledVideo, path: string): SourceLocation | undefined {
  return video.locations.get(path) ?? video.locations.get('Video');
}

/** A 404 (or 405/501) from a discovery endpoint: the account or API version does not offer it. */
function notOffered(error: unknown): boolean {
  return PictoryError.is(error) && (error.status === 404 || error.status === 405 || error.status === 501);
}

function notChecked(ref: Reference, loc: SourceLocation | undefined, path: string | undefined): Diagnostic {
  return {
    severity: 'warning',
    code: 'reference-not-checked',
    message: `${ref.field} "${ref.value}" was not checked: the account does not answer ${path ?? 'its catalog'}`,
    path: ref.path,
    prop: ref.prop,
    loc,
  };
}
