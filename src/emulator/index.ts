/**
 * The local Pictory-compatible API emulator (think stripe-mock): a real HTTP server implementing Pictory's
 * v2 storyboard contract, used by the tests and as the default backend when a user has no API key.
 * See `README.md` beside this file for what it emulates and the choices made where the docs are silent.
 */
import type { AddressInfo } from 'node:net';
import { Auth } from './auth.js';
import { resolveOptions } from './config.js';
import type { Context } from './context.js';
import { CreditAccount } from './credits.js';
import { DraftMaker } from './drafts.js';
import { FaultSet } from './faults.js';
import { FileStore } from './files.js';
import { JobStore } from './jobs.js';
import { API_BASE } from './router.js';
import { Scheduler } from './scheduler.js';
import { createServer } from './server.js';
import type { Emulator, EmulatorOptions, RequestRecord } from './types.js';
import { storyboardSchema } from './validate.js';
import { WebhookSender } from './webhooks.js';

export type * from './types.js';

/** Start an emulator and resolve once it listens. */
export async function startEmulator(options?: EmulatorOptions): Promise<Emulator> {
  const resolved = resolveOptions(options);
  const scheduler = new Scheduler();
  const credits = new CreditAccount(resolved.aiCredits);
  const files = await FileStore.create();
  const drafts = resolved.draftVideos ? new DraftMaker(resolved.log) : undefined;
  const webhooks = new WebhookSender(resolved.log);
  const faults = new FaultSet();
  const requests: RequestRecord[] = [];
  let origin = '';
  const jobs = new JobStore({ options: resolved, credits, scheduler, files, drafts, webhooks, origin: () => origin });
  const ctx: Context = {
    options: resolved,
    auth: new Auth(resolved),
    jobs,
    files,
    credits,
    storyboardSchema: storyboardSchema(resolved),
  };
  const server = createServer({ ctx, faults, scheduler, requests });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  origin = `http://${host}:${port}`;
  resolved.log(`listening on ${origin}${API_BASE}`);

  let closing: Promise<void> | undefined;
  return {
    url: `${origin}${API_BASE}`,
    port,
    ledger: jobs.ledger,
    requests,
    webhooks: webhooks.deliveries,
    get aiCredits() {
      return credits.credits;
    },
    setAiCredits(n: number) {
      credits.credits = n;
    },
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    failNextJob: (failure, count = 1) => jobs.failNext(failure, count),
    close() {
      closing ??= (async () => {
        scheduler.cancelAll();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([stopped, drafts?.settle(), webhooks.settle()]);
        await files.dispose();
        resolved.log('closed');
      })();
      return closing;
    },
  };
}
