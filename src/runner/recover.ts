/**
 * Recovering an uncertain submit through the job listing: a submit whose answer never came back (a
 * crash, a dropped connection, a timeout after the request left) may have created a job. Rather than
 * re-submit (a second bill) or give up, look for that job among the account's jobs.
 *
 * ## The rule
 *
 * Just before every submit the runner notes the newest job of the listing (the *fence*). The stranded
 * job, if it exists, is newer than the fence. Walking the listing from the newest job down to the fence,
 * a job is a *candidate* unless
 *   - this folder's journal already owns it (another of its requests' jobs), or
 *   - the listing names its video and the name differs.
 * The stranded job is the one candidate whose listed name is the request's video name; when the listing
 * names no candidate, it is the only candidate, if there is exactly one. Anything else is not decided:
 * nothing is attached, nothing is submitted, and the user is told what was found.
 *
 * ## Limits
 *
 * - Jobs created on the same account by someone else (another folder, another tool, the web app) after
 *   the fence are candidates too: with no name in the listing, two or more candidates mean "ambiguous".
 * - Without a fence (the listing failed before the submit) or when the fence is not found within
 *   {@link MAX_PAGES} pages, only a job whose listed name matches can be attached.
 * - A job the submit created but that the listing does not show yet (eventual consistency) looks like
 *   "no job": the message says a later re-run may still find it.
 */
import type { PictoryClient } from '../client/client.js';
import type { ListedJob } from '../client/list-jobs.js';
import type { Journal } from './journal/index.js';

/** Pages of the listing read at most (25 jobs a page on the emulator). */
export const MAX_PAGES = 20;

export interface StrandedSubmit {
  videoName: string;
  /** The newest listed job before the submit; `null` for an empty listing; undefined when not known. */
  fence?: string | null;
}

export interface Recovery {
  /** The job the stranded submit created, when the rule identifies it. */
  jobId?: string;
  /** The candidates considered (newest first). */
  candidates: ListedJob[];
  /** Whether the walk reached the fence (the window is complete). */
  windowComplete: boolean;
}

/** The newest job of the listing (`null` when it is empty); undefined when the listing cannot be read. */
export async function listingFence(client: PictoryClient, signal?: AbortSignal): Promise<string | null | undefined> {
  try {
    const page = await client.listJobs({ signal });
    return page.items[0]?.jobId ?? null;
  } catch {
    return undefined;
  }
}

/** Applies the rule above to the account's listing. */
export async function findStrandedJob(
  client: PictoryClient,
  journal: Journal | undefined,
  stranded: StrandedSubmit,
  signal?: AbortSignal,
): Promise<Recovery> {
  const candidates: ListedJob[] = [];
  let windowComplete = false;
  let key: string | undefined;
  walk: for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextPageKey } = await client.listJobs({ nextPageKey: key, signal });
    for (const item of items) {
      if (stranded.fence !== undefined && item.jobId === stranded.fence) {
        windowComplete = true;
        break walk;
      }
      if (item.videoName !== undefined && item.videoName !== stranded.videoName) continue;
      if (journal && (await journal.ownsJob(item.jobId))) continue;
      candidates.push(item);
    }
    if (!nextPageKey) {
      windowComplete = stranded.fence === null;
      break;
    }
    key = nextPageKey;
  }
  const named = candidates.filter((c) => c.videoName === stranded.videoName);
  if (named.length === 1) return { jobId: named[0]!.jobId, candidates, windowComplete };
  if (named.length === 0 && windowComplete && candidates.length === 1) {
    return { jobId: candidates[0]!.jobId, candidates, windowComplete };
  }
  return { candidates, windowComplete };
}

/** One sentence on what the listing showed, for the error when nothing could be attached. */
export function describeRecovery(recovery: Recovery): string {
  if (recovery.candidates.length === 0) {
    return recovery.windowComplete
      ? 'The job listing shows no job it could have created: the submit most likely never reached Pictory (a re-run later may still find a job the listing did not show yet).'
      : 'The job listing shows no job with its name, and the jobs listed since the submit could not all be read.';
  }
  const ids = recovery.candidates.slice(0, 5).map((c) => c.jobId).join(', ');
  return `The job listing has ${recovery.candidates.length} job${recovery.candidates.length === 1 ? '' : 's'} it could be (${ids}${recovery.candidates.length > 5 ? ', …' : ''}), too many to tell which.`;
}
