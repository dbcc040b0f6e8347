/**
 * The HTTP server: records every request, applies injected faults, routes, and sends the reply.
 *
 * A request's life: record it → consume matching faults → (delay) → run the handler unless a fault
 * answers instead → (with `afterHandling`: delay, then drop or replace the handler's answer) → send →
 * record the status (0 when dropped). A handler that throws answers 500 and is logged.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Context } from './context.js';
import type { FaultSet } from './faults.js';
import { json, type Reply, send } from './http.js';
import { API_BASE, route } from './router.js';
import type { Scheduler } from './scheduler.js';
import type { Fault, RequestRecord } from './types.js';

export interface ServerDeps {
  ctx: Context;
  faults: FaultSet;
  scheduler: Scheduler;
  requests: RequestRecord[];
}

/** A `node:http` server answering like Pictory. */
export function createServer(deps: ServerDeps): http.Server {
  return http.createServer((req, res) => {
    // Only sending can fail here (the client went away mid-answer): nothing left to tell it.
    handle(deps, req, res).catch(() => res.destroy());
  });
}

async function handle({ ctx, faults, scheduler, requests }: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const path = apiRelative(url);
  const userAgent = req.headers['user-agent'];
  const record: RequestRecord = {
    method,
    path,
    status: 0,
    at: performance.now(),
    authorized: req.headers.authorization !== undefined,
    ...(userAgent === undefined ? {} : { userAgent }),
  };
  requests.push(record);

  const effect = faults.take(method, path);
  let reply: Reply | undefined;
  if (effect.afterHandling) reply = await answer(ctx, req, url);
  if (effect.delayMs > 0) await scheduler.sleep(effect.delayMs);
  if (effect.answer !== undefined) {
    if (effect.answer.drop === true) {
      req.socket.destroy();
      ctx.options.log(`${method} ${path} -> dropped (fault)`);
      return;
    }
    reply = faultReply(effect.answer);
  }
  reply ??= await answer(ctx, req, url);
  await send(res, reply);
  record.status = reply.status;
  ctx.options.log(`${method} ${path} -> ${reply.status}`);
}

/** The route's reply; a handler that throws answers 500 (and is logged) instead of killing the request. */
async function answer(ctx: Context, req: IncomingMessage, url: URL): Promise<Reply> {
  try {
    return await route(ctx, req, url);
  } catch (error) {
    ctx.options.log(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return json(500, { message: 'Internal Server Error' });
  }
}

/** The path Faults and RequestRecords use: relative to `/pictoryapis` (other paths unchanged), with query. */
function apiRelative(url: URL): string {
  const path = url.pathname.startsWith(`${API_BASE}/`) ? url.pathname.slice(API_BASE.length) : url.pathname;
  return path + url.search;
}

function faultReply(fault: Fault): Reply {
  const status = fault.status ?? 500;
  const body = fault.body ?? { message: http.STATUS_CODES[status] ?? 'Error' };
  return typeof body === 'string'
    ? { status, headers: fault.headers, content: body, contentType: 'text/plain; charset=utf-8' }
    : json(status, body, fault.headers);
}
