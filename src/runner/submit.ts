/**
 * Getting a job for a request exactly once, whatever number of processes try at the same time:
 * attach to the job the journal knows, wait for the process that is submitting it, recover an uncertain
 * submit through the job listing, or claim the next attempt and submit.
 *
 *   journal says submitted/completed ─────────────────────────────► attach
 *   another live process holds the claim ───────────────────────── wait, then look again
 *   a dead claim, or an `uncertain` record ──► job listing finds it ► attach (journalled as recovered)
 *                                           └► nothing decided ───► UncertainSubmitError (or, forced: abandon it)
 *   otherwise ──► claim attempt n+1 ──► fence ──► POST ──► submitted | refused | uncertain ──► release
 */
import { hostname } from 'node:os';
import type { PictoryClient } from '../client/client.js';
import { systemClock, type Clock } from '../client/clock.js';
import { PictoryError } from '../client/errors.js';
import { UncertainSubmitError } from './errors.js';
import { claimIsLive, type Claim, type Journal, type JournalRecord } from './journal/index.js';
import { describeRecovery, findStrandedJob, listingFence } from './recover.js';

export interface SubmitTarget {
  client: PictoryClient;
  /** Undefined: no journal (nothing to resume, nothing shared). */
  journal?: Journal;
  hash: string;
  /** `METHOD path` of the submit. */
  endpoint: string;
  body: { videoName: string };
  preview: boolean;
  /** Submit anew, ignoring every record and uncertain attempt older than `since`. */
  force: boolean;
  /** When this render began (ms since the epoch). */
  since: number;
  signal?: AbortSignal;
  clock?: Clock;
  /** Told about a problem that does not stop the render (the journal could not record a job id). */
  warn?: (message: string) => void;
}

export type JobSource = 'submitted' | 'journal' | 'recovered';

export interface ObtainedJob {
  jobId: string;
  source: JobSource;
  /** The journal's state of the job when it was attached to. */
  state?: JournalRecord['state'];
}

/** How often a process waiting for another one's submit looks again. */
const WAIT_MS = 200;

/**
 * Jobs this process submitted but could not journal (a full disk): identical renders in this process
 * attach to them instead of waiting for a claim that stays until the process ends.
 */
const unjournalled = new Map<string, string>();

/**
 * Attempts (`hash.attempt`) this process is claiming or submitting, with how many of its renders are at
 * it; a claim of this process that is not counted here is a left-over.
 */
const inFlight = new Map<string, number>();

/** Whether the process holding `claim` may still be submitting. */
function isLive(claim: Claim): boolean {
  if (claim.info.pid === process.pid && claim.info.host === hostname()) return (inFlight.get(`${claim.hash}.${claim.attempt}`) ?? 0) > 0;
  return claimIsLive(claim);
}

export async function obtainJob(target: SubmitTarget): Promise<ObtainedJob> {
  const { journal } = target;
  if (!journal) return { jobId: await submit(target), source: 'submitted' };
  const clock = target.clock ?? systemClock;
  for (;;) {
    const here = unjournalled.get(target.hash);
    if (here && !target.force) return { jobId: here, source: 'journal', state: 'submitted' };
    const last = await journal.latest(target.hash);
    const current = last !== undefined && (!target.force || Date.parse(last.at) >= target.since);
    if (current && last.jobId && (last.state === 'submitted' || last.state === 'completed')) {
      return { jobId: last.jobId, source: 'journal', state: last.state };
    }
    const attempt = (last?.attempt ?? 0) + 1;
    const held = await journal.claims.read(target.hash, attempt);
    if (held && isLive(held)) {
      await clock.sleep(WAIT_MS, target.signal);
      continue;
    }
    if (held) {
      // Its process died between claiming and journalling an outcome: the submit may have left.
      const found = await resolveUncertain(target, { attempt, fence: held.info.fence, since: held.info.at, claim: held });
      if (found) return found;
      continue;
    }
    if (last?.state === 'uncertain') {
      const found = await resolveUncertain(target, { attempt: last.attempt, fence: last.fence, since: last.at });
      if (found) return found;
      continue;
    }
    const key = `${target.hash}.${attempt}`;
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1); // before the claim exists: never mistaken for a left-over
    try {
      const claim = await journal.claims.take(target.hash, attempt, target.body.videoName);
      if (!claim) continue;
      const settled = await journal.latest(target.hash);
      if ((settled?.attempt ?? 0) >= attempt) {
        // Another process finished this attempt between our look and our claim: look again.
        await journal.claims.release(claim);
        continue;
      }
      return { jobId: await submitClaimed(target, journal, claim), source: 'submitted' };
    } finally {
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
    }
  }
}

/** Submits under `claim` and journals the outcome before releasing it. */
async function submitClaimed(target: SubmitTarget, journal: Journal, claim: Claim): Promise<string> {
  const fence = await listingFence(target.client, target.signal);
  await journal.claims.update(claim, { fence });
  const note = (state: JournalRecord['state'], jobId?: string) =>
    journal.append({ ...recordBase(target), state, attempt: claim.attempt, jobId, fence });
  let jobId: string;
  try {
    jobId = await submit(target);
  } catch (error) {
    // Only an error that proves nothing was created frees the request; anything else may have billed.
    const outcome = PictoryError.is(error) && !error.jobMayExist ? 'refused' : 'uncertain';
    // Unrecorded, the claim stays: a later run treats it as uncertain, which is never wrong with money.
    if (await note(outcome).then(() => true, () => false)) await journal.claims.release(claim);
    throw error;
  }
  try {
    await note('submitted', jobId);
  } catch (error) {
    // The job exists and is paid for: go on with it. The claim stays (with its fence), so that a later
    // run finds the job through the listing rather than submitting again.
    unjournalled.set(target.hash, jobId);
    target.warn?.(`the journal could not record job ${jobId} (${(error as Error).message}); a re-run finds it through the job listing`);
    return jobId;
  }
  await journal.claims.release(claim);
  return jobId;
}

function submit(target: SubmitTarget): Promise<string> {
  const call = { signal: target.signal };
  const { client, body } = target;
  return (target.preview ? client.submitPreview(body, call) : client.submitRender(body, call)).then((s) => s.jobId);
}

interface Uncertain {
  attempt: number;
  fence?: string | null;
  /** When the uncertain submit was made (ISO time). */
  since: string;
  /** The dead claim, when the uncertainty comes from one. */
  claim?: Claim;
}

/**
 * Looks for the job of an uncertain attempt. Found: journalled as `submitted` (recovered). Not found:
 * with `force` (and an attempt older than this render) the attempt is abandoned and undefined returned,
 * so that the caller submits anew; without, {@link UncertainSubmitError}.
 */
async function resolveUncertain(target: SubmitTarget, uncertain: Uncertain): Promise<ObtainedJob | undefined> {
  const journal = target.journal!;
  const videoName = target.body.videoName;
  const recovery = await findStrandedJob(target.client, journal, { videoName, fence: uncertain.fence }, target.signal);
  const base = { ...recordBase(target), attempt: uncertain.attempt, fence: uncertain.fence };
  if (recovery.jobId) {
    await journal.append({ ...base, state: 'submitted', jobId: recovery.jobId, recovered: true });
    if (uncertain.claim) await journal.claims.release(uncertain.claim);
    return { jobId: recovery.jobId, source: 'recovered' };
  }
  if (target.force && Date.parse(uncertain.since) < target.since) {
    await journal.append({ ...base, state: 'abandoned' });
    if (uncertain.claim) await journal.claims.release(uncertain.claim);
    return undefined;
  }
  throw new UncertainSubmitError(videoName, uncertain.since, describeRecovery(recovery));
}

function recordBase(target: SubmitTarget) {
  return { hash: target.hash, endpoint: target.endpoint, api: target.client.baseUrl, videoName: target.body.videoName };
}
