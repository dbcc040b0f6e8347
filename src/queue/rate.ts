/**
 * One rate for every worker: a token bucket in Redis (one Lua script, Redis's own clock) that every
 * request to Pictory — submit or poll — draws from, and a shared pause set when Pictory answers 429
 * with `Retry-After`, so all workers on all machines back off together.
 */
import type { Redis } from 'ioredis';
import type { Clock } from '../client/clock.js';
import { keys } from './keys.js';

/** Returns 0 when a token was taken, else the milliseconds to wait before trying again. */
const TAKE = `
local pause = redis.call('PTTL', KEYS[2])
if pause > 0 then return pause end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * 1000 / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], 60000)
return wait
`;

export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    /** Requests per second across all workers. */
    readonly perSecond: number,
    private readonly clock: Clock,
    /** Largest burst (default: one second's worth, at least 1). */
    readonly burst = Math.max(1, Math.ceil(perSecond)),
  ) {}

  /** Waits until a request may be sent. */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = Number(await this.redis.eval(TAKE, 2, keys.bucket, keys.pause, this.perSecond, this.burst));
      if (wait <= 0) return;
      await this.clock.sleep(wait, signal);
    }
  }

  /** Pictory said "wait `ms`": every worker waits. */
  async pause(ms: number): Promise<void> {
    if (ms > 0) await this.redis.set(keys.pause, '1', 'PX', Math.ceil(ms));
  }
}
