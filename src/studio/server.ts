/**
 * `pictory-jsx dev`: the live studio. An HTTP server (loopback unless told otherwise) serving one page that
 * draws every video of the file from the shared layout, follows edits through server-sent events, shows
 * diagnostics when a compile fails, and plays drafts made by an embedded emulator.
 */
import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DraftStore } from './drafts.js';
import { PAGE_HTML } from './page/html.js';
import { PAGE_SCRIPT } from './page/script.js';
import { PAGE_STYLE } from './page/style.js';
import { sendFile, sendJson, sendText } from './send.js';
import { StudioSession } from './session.js';
import { requestHash } from './view.js';

export interface StudioOptions {
  file: string;
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

export interface Studio {
  url: string;
  session: StudioSession;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const log = options.log ?? (() => {});
  const file = path.resolve(options.file);
  const session = new StudioSession(file, projectFolder(file), log);
  const drafts = new DraftStore();
  await session.start();
  const host = options.host ?? '127.0.0.1';
  const clients = new Set<ServerResponse>();
  session.onVersion((version) => {
    for (const res of clients) res.write(`event: update\ndata: ${version}\n\n`);
  });

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`studio: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a loopback studio answers only to loopback names.
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (LOOPBACK.has(host) && !LOOPBACK.has(hostname)) return sendJson(res, 403, { error: 'this studio only answers on its loopback address' });
    const url = new URL(req.url ?? '/', 'http://studio');
    const route = url.pathname;
    if (req.method === 'POST' && req.headers.origin && new URL(req.headers.origin).host !== req.headers.host) {
      return sendJson(res, 403, { error: 'cross-origin request refused' });
    }
    if (route === '/') return sendText(res, 200, 'text/html', PAGE_HTML);
    if (route === '/studio.js') return sendText(res, 200, 'text/javascript', PAGE_SCRIPT);
    if (route === '/studio.css') return sendText(res, 200, 'text/css', PAGE_STYLE);
    if (route === '/api/state') return sendJson(res, 200, session.state());
    if (route === '/events') return events(req, res);
    let match = /^\/api\/video\/(\d+)$/.exec(route);
    if (match) {
      const view = session.video(Number(match[1]));
      if (!view) return sendJson(res, 404, { error: 'no such video in the latest compile' });
      const draft = drafts.state(view.hash);
      return sendJson(res, 200, { ...view, draft: draft ? { hash: view.hash, ...publicDraft(draft, view.hash) } : null });
    }
    match = /^\/api\/draft\/(\d+)$/.exec(route);
    if (match && req.method === 'POST') {
      const request = session.request(Number(match[1]));
      if (!request) return sendJson(res, 409, { error: 'this video has errors: fix them to render its draft' });
      const hash = requestHash(request);
      const state = await drafts.render(hash, request);
      return sendJson(res, 200, { hash, ...publicDraft(state, hash) });
    }
    match = /^\/drafts\/([0-9a-f]{16})\.mp4$/.exec(route);
    if (match) {
      const state = drafts.state(match[1]!);
      if (state?.state !== 'ready') return sendJson(res, 404, { error: 'no such draft' });
      return sendFile(req, res, state.file);
    }
    match = /^\/(media|fonts)\/([0-9a-f]{20}(\.[a-z0-9]+)?)$/.exec(route);
    if (match) {
      const found = session.files.lookup(match[2]!);
      if (!found) return sendJson(res, 404, { error: 'not found' });
      return sendFile(req, res, found);
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 500\nevent: update\ndata: ${session.version}\n\n`);
    clients.add(res);
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(ping);
      clients.delete(res);
    });
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A port in use or an address we cannot bind: stop the watcher and the waiting worker, or the process hangs.
    await session.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    session,
    async close() {
      for (const res of clients) res.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await session.close();
      await drafts.close();
    },
  };
}

function publicDraft(state: import('./drafts.js').DraftState, hash: string) {
  if (state.state === 'ready') return { state: 'ready', url: `/drafts/${hash}.mp4`, ms: Math.round(state.ms) };
  return state;
}

/** The nearest folder above the file holding a package.json, else the file's own folder. */
export function projectFolder(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(file);
  }
}
