/**
 * The journal of queued renders, in Redis: one hash per request hash, shared by every worker.
 *
 * A worker *claims* a request atomically (one Lua script) before it POSTs: the first claim wins and
 * records `submitting`; the job id is recorded right after Pictory answers. Any later attempt for the
 * same request — a BullMQ retry, a stalled job picked up after a crash, a producer re-run — reads the
 * entry instead: `submitted`/`completed` → attach to that job; `lost` (or `submitting` for longer than a
 * POST can take, when the worker died mid-POST) → the answer of a submit was lost, the job may exist,
 * and it is never re-sent. A `submitting` entry younger than that is a POST in flight: wait for it.
 * Only a submit that certainly created nothing (`release`) or a failed job lets the request be claimed
 * again.
 *
 * Entries hold the request hash, API base URL, endpoint, video name and job id: never a credential.
 */
import type { Redis } from 'ioredis';
import { keys, RETENTION_SECONDS } from './keys.js';

/**
 * `submitting`: claimed, the POST is (or was) in flight; `lost`: the POST's answer was lost (the job may
 * exist); `submitted`: Pictory answered with the job id; `completed`/`failed`: the job's final state.
 */
export type QueueJournalState = 'submitting' | 'lost' | 'submitted' | 'completed' | 'failed';

export interface QueueJournalEntry {
  state: QueueJournalState;
  jobId?: string;
  videoName: string;
  endpoint: string;
  api: string;
  /** ISO time of the claim. */
  at: string;
  /** UTC day whose shared budget holds this request's reservation, if any. */
  budgetDay?: string;
}

const CLAIM = `
local state = redis.call('HGET', KEYS[1], 'state')
if state and state ~= 'failed' then return redis.call('HGETALL', KEYS[1]) end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'state', 'submitting', 'videoName', ARGV[1], 'endpoint', ARGV[2], 'api', ARGV[3], 'at', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return {}
`;

/** Claims, reads and updates journal entries. */
export class QueueJournal {
  constructor(private readonly redis: Redis) {}

  /**
   * Claims `hash` for a submit. Returns undefined when this caller won the claim (it must submit, then
   * call {@link submitted} or {@link release}), else the existing entry (attach, or report it).
   */
  async claim(hash: string, entry: Pick<QueueJournalEntry, 'videoName' | 'endpoint' | 'api'>): Promise<QueueJournalEntry | undefined> {
    const reply = (await this.redis.eval(
      CLAIM,
      1,
      keys.journal(hash),
      entry.videoName,
      entry.endpoint,
      entry.api,
      new Date().toISOString(),
      RETENTION_SECONDS,
    )) as string[];
    if (reply.length === 0) return undefined;
    const fields: Record<string, string> = {};
    for (let i = 0; i + 1 < reply.length; i += 2) fields[reply[i]!] = reply[i + 1]!;
    return fields as unknown as QueueJournalEntry;
  }

  /** The entry of `hash`, if any. */
  async get(hash: string): Promise<QueueJournalEntry | undefined> {
    const fields = await this.redis.hgetall(keys.journal(hash));
    return fields.state ? (fields as unknown as QueueJournalEntry) : undefined;
  }

  /** Records the job id Pictory answered: from now on every attempt attaches to it. */
  async submitted(hash: string, jobId: string): Promise<void> {
    await this.redis.hset(keys.journal(hash), 'state', 'submitted', 'jobId', jobId);
  }

  async finished(hash: string, state: 'completed' | 'failed'): Promise<void> {
    await this.redis.hset(keys.journal(hash), 'state', state);
  }

  /** The submit's answer was lost: the job may exist; the request is never submitted again by itself. */
  async lost(hash: string): Promise<void> {
    await this.redis.hset(keys.journal(hash), 'state', 'lost');
  }

  /** Notes the day whose budget holds the reservation of `hash`. */
  async budgetDay(hash: string, day: string): Promise<void> {
    await this.redis.hset(keys.journal(hash), 'budgetDay', day);
  }

  /** Drops the claim of a submit that certainly created no job: the request may be submitted again. */
  async release(hash: string): Promise<void> {
    await this.redis.del(keys.journal(hash));
  }
}
