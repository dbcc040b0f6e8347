/**
 * A real `redis-server` for the queue tests: started on a free loopback port with no persistence,
 * stopped after the file's tests. When the binary is missing the tests are skipped, and say so loudly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { Redis } from 'ioredis';

export const REDIS_BINARY = process.env.REDIS_SERVER ?? 'redis-server';

/** True when `redis-server` can be run here. */
export const hasRedis = spawnSync(REDIS_BINARY, ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasRedis) {
  console.warn(
    `\n!!! ${REDIS_BINARY} not found: the queue tests are SKIPPED. Install it (apt-get install -y redis-server) to run them.\n`,
  );
}

export interface RedisServer {
  url: string;
  port: number;
  /** A client of the server (closed by stop()). */
  client: Redis;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(REDIS_BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; !(await accepts(port)); i++) {
    if (i > 200 || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const client = new Redis(url, { maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  await client.ping();
  return {
    url,
    port,
    client,
    async stop() {
      client.disconnect();
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Every key and every value in the server (strings, hashes, lists, sets, zsets, streams) as one text. */
export async function dumpAll(redis: Redis): Promise<string> {
  const parts: string[] = [];
  for (const key of await redis.keys('*')) {
    const type = await redis.type(key);
    parts.push(key);
    if (type === 'string') parts.push(String(await redis.get(key)));
    else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
    else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
  }
  return parts.join('\n');
}
