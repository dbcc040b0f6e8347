/**
 * Webhook delivery: when a job with a `webhook` finishes (completed or failed), the emulator POSTs the
 * finished job's JSON (what `GET /v1/jobs/{id}` answers) to it, once, with the request's `webhookInput`
 * added at the top level when there was one. Pictory documents neither the payload nor retries nor
 * signatures; this is the plain reading. An unreachable or failing target is recorded with its status
 * (0 when unreachable) and otherwise ignored.
 */
import http from 'node:http';
import https from 'node:https';

/** One delivery as `Emulator.webhooks` lists it. */
export interface WebhookDelivery {
  url: string;
  status: number;
  payload: unknown;
}

/** Give up on a target that has not answered after this long. */
const DELIVERY_TIMEOUT_MS = 5_000;

export class WebhookSender {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: (line: string) => void) {}

  /** Start a delivery; it is recorded in `deliveries` when it settles. */
  send(url: string, payload: unknown): void {
    const delivery = post(url, payload).then((status) => {
      this.deliveries.push({ url, status, payload });
      this.log(`webhook ${url} -> ${status === 0 ? 'unreachable' : status}`);
    });
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
  }

  /** Wait for deliveries in flight (bounded by their timeout). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }
}

/** POST `payload` as JSON; resolves to the status received, 0 when the target could not be reached. */
function post(url: string, payload: unknown): Promise<number> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(0);
      return;
    }
    const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : undefined;
    if (client === undefined) {
      resolve(0);
      return;
    }
    const body = JSON.stringify(payload);
    const req = client.request(target, {
      method: 'POST',
      agent: false,
      timeout: DELIVERY_TIMEOUT_MS,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'pictory-jsx-emulator',
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(body);
  });
}
