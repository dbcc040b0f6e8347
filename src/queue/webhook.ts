/**
 * The webhook receiver of `worker --webhook-url`: a small HTTP server that accepts Pictory's POST of a
 * finished job and publishes its job id on a Redis channel, so that whichever worker is waiting for that
 * job (on any machine) polls it at once. The payload is not trusted (Pictory does not sign webhooks):
 * it only triggers a poll; the job's state always comes from `GET /v1/jobs/{id}`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { keys } from './keys.js';

const MAX_BODY = 1_000_000;

/** The job id in a webhook payload (`job_id`, `jobId` or `data.jobId`), if it has one. */
export function jobIdOf(payload: unknown): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  const data = (p.data ?? {}) as Record<string, unknown>;
  const id = p.job_id ?? p.jobId ?? data.jobId ?? data.job_id;
  return typeof id === 'string' && id.length > 0 && id.length < 200 ? id : undefined;
}

export interface WebhookReceiver {
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0: a free one) of `host`; every POST with a job id is published for the workers. */
export async function startWebhookReceiver(redis: Redis, port: number, host = '0.0.0.0'): Promise<WebhookReceiver> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let payload: unknown;
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      const jobId = jobIdOf(payload);
      if (!jobId) {
        res.writeHead(400).end();
        return;
      }
      redis.publish(keys.webhooks, jobId).then(
        () => res.writeHead(204).end(),
        () => res.writeHead(503).end(),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
