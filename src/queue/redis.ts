/**
 * Connecting to Redis from a `--queue` URL. Errors name the server without its password.
 */
import { Redis } from 'ioredis';
import { QueueError } from './errors.js';

/** `redis://user:pass@host:6379/0` → `redis://host:6379/0` (for messages). */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}

/** Checks a `--queue` value; returns the message explaining what is wrong, or undefined. */
export function checkRedisUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `--queue expects a Redis URL such as redis://127.0.0.1:6379, got ${JSON.stringify(url)}`;
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    return `--queue expects a redis:// or rediss:// URL, got ${u.protocol}//…`;
  }
  return undefined;
}

/**
 * A connection suitable for BullMQ (`maxRetriesPerRequest: null`) that fails fast when the server
 * cannot be reached at all: the first connection attempt is awaited and its failure becomes a
 * {@link QueueError} naming the server.
 */
export async function connectRedis(url: string, name = 'pictory-jsx'): Promise<Redis> {
  const problem = checkRedisUrl(url);
  if (problem) throw new QueueError(problem);
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectionName: name,
    // Reconnect after a restart of Redis, but not forever while nothing has connected yet.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => {
    // ioredis reports every failed reconnect here; the commands themselves wait or fail.
    lastError = error;
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const reason = (lastError ?? (error as Error)).message.replace(/\.$/, '');
    throw new QueueError(`Cannot reach Redis at ${displayUrl(url)} (${reason})`);
  }
  return redis;
}
