/**
 * The shared daily budget: one Redis hash per UTC day, holding each request's reservation in hundredths
 * of a credit (integers: exact arithmetic) and their `#total`. A worker reserves a video's estimate
 * atomically before submitting it; the reservation becomes what Pictory charged once the job is done,
 * and is released when the job failed uncharged or the submit certainly never reached Pictory.
 * Reserving the same request twice (a retry) is a no-op, so the total counts each video once.
 */
import type { Redis } from 'ioredis';
import { keys, RETENTION_SECONDS } from './keys.js';

const RESERVE = `
local total = tonumber(redis.call('HGET', KEYS[1], '#total') or '0')
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return {1, total} end
local cents = tonumber(ARGV[2])
if total + cents > tonumber(ARGV[3]) then return {0, total} end
redis.call('HSET', KEYS[1], ARGV[1], cents)
redis.call('HINCRBY', KEYS[1], '#total', cents)
redis.call('EXPIRE', KEYS[1], ARGV[4])
return {1, total + cents}
`;

const SETTLE = `
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held then return 0 end
local cents = tonumber(ARGV[2])
if cents < 0 then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('HINCRBY', KEYS[1], '#total', -tonumber(held))
else
  redis.call('HSET', KEYS[1], ARGV[1], cents)
  redis.call('HINCRBY', KEYS[1], '#total', cents - tonumber(held))
end
return 1
`;

/** Credits → integer hundredths (0.6 → 60). */
export function toCents(credits: number): number {
  return Math.round(credits * 100);
}

/** The UTC day of `ms` as `YYYY-MM-DD`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export interface Reservation {
  ok: boolean;
  /** Credits reserved or charged today before this reservation (all workers together). */
  usedBefore: number;
}

export class DailyBudget {
  constructor(
    private readonly redis: Redis,
    /** The limit per UTC day, in credits. */
    readonly limit: number,
  ) {}

  /** Reserves `credits` for request `hash` on `day`; `ok: false` when that would pass the limit. */
  async reserve(day: string, hash: string, credits: number): Promise<Reservation> {
    const [ok, total] = (await this.redis.eval(
      RESERVE,
      1,
      keys.budget(day),
      hash,
      toCents(credits),
      toCents(this.limit),
      RETENTION_SECONDS,
    )) as [number, number];
    return { ok: ok === 1, usedBefore: total / 100 };
  }

  /** Replaces the reservation with what Pictory charged. */
  async settle(day: string, hash: string, charged: number): Promise<void> {
    await this.redis.eval(SETTLE, 1, keys.budget(day), hash, toCents(charged));
  }

  /** Gives the reservation back (the job failed uncharged, or nothing was created). */
  async release(day: string, hash: string): Promise<void> {
    await this.redis.eval(SETTLE, 1, keys.budget(day), hash, -1);
  }

  /** Credits reserved or charged on `day`. */
  static async used(redis: Redis, day: string): Promise<number> {
    return Number((await redis.hget(keys.budget(day), '#total')) ?? 0) / 100;
  }
}
