/**
 * Claims: which process is submitting a request right now, safe across processes.
 *
 * Before it submits attempt `n` of a request, a process creates `<dir>/claims/<hash>.<n>` holding who it
 * is. Creation is atomic and exclusive (the content is written to a private temporary file, then
 * hard-linked to the claim's name, which fails if the name exists), so of any number of processes exactly
 * one wins an attempt; the others wait for its outcome and attach to its job. The winner journals the
 * outcome, then removes the claim. A claim left behind by a process that died mid-submit is the record
 * of an uncertain submit: the runner resolves it through the job listing.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface ClaimInfo {
  pid: number;
  host: string;
  /** When the claim was made (ISO time). */
  at: string;
  videoName: string;
  /**
   * The newest job in the account's job listing just before the submit (`null`: the listing was empty;
   * absent: not known). Jobs listed above it are the candidates if the submit's answer is lost.
   */
  fence?: string | null;
}

export interface Claim {
  hash: string;
  attempt: number;
  info: ClaimInfo;
}

/** A claim older than this is treated as abandoned even if its process seems alive (a recycled pid). */
const MAX_CLAIM_AGE_MS = 15 * 60_000;

export class Claims {
  readonly dir: string;

  constructor(journalDir: string) {
    this.dir = join(journalDir, 'claims');
  }

  private path(hash: string, attempt: number): string {
    return join(this.dir, `${hash}.${attempt}`);
  }

  /** Claims attempt `attempt` of `hash` for this process; undefined when another process holds it. */
  async take(hash: string, attempt: number, videoName: string): Promise<Claim | undefined> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const info: ClaimInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString(), videoName };
    const temp = await this.writeTemp(info);
    try {
      await link(temp, this.path(hash, attempt));
      return { hash, attempt, info };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
      throw error;
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** Rewrites the claim's content (atomically: readers see the old or the new, never half). */
  async update(claim: Claim, info: Partial<ClaimInfo>): Promise<void> {
    claim.info = { ...claim.info, ...info };
    const temp = await this.writeTemp(claim.info);
    await rename(temp, this.path(claim.hash, claim.attempt));
  }

  /** The claim on attempt `attempt` of `hash`, if one exists. */
  async read(hash: string, attempt: number): Promise<Claim | undefined> {
    let text: string;
    try {
      text = await readFile(this.path(hash, attempt), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return { hash, attempt, info: JSON.parse(text) as ClaimInfo };
    } catch {
      // Unreadable content: written by hand or damaged. Treat it as an abandoned claim of unknown origin.
      return { hash, attempt, info: { pid: 0, host: '', at: new Date(0).toISOString(), videoName: '' } };
    }
  }

  async release(claim: Claim): Promise<void> {
    await rm(this.path(claim.hash, claim.attempt), { force: true });
  }

  private async writeTemp(info: ClaimInfo): Promise<string> {
    const temp = join(this.dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    await writeFile(temp, JSON.stringify(info), { mode: 0o600 });
    return temp;
  }
}

/**
 * True while the claim's process may still be submitting: on this machine, while that process exists;
 * on another machine (a shared folder), until the claim is {@link MAX_CLAIM_AGE_MS} old.
 */
export function claimIsLive(claim: Claim, now = Date.now()): boolean {
  const age = now - Date.parse(claim.info.at);
  if (!(age < MAX_CLAIM_AGE_MS)) return false;
  if (claim.info.host !== hostname()) return claim.info.host !== '';
  if (claim.info.pid === process.pid) return true;
  try {
    process.kill(claim.info.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
