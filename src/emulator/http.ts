/**
 * The emulator's HTTP vocabulary: a handler returns a `Reply` value instead of writing to the response, so
 * the server can record it, or replace it when a fault says so. Also: body reading and the documented
 * error bodies.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { FieldError } from './validate.js';

export type Reply =
  | { status: number; headers?: Record<string, string>; json: unknown }
  | { status: number; headers?: Record<string, string>; content: string | Buffer; contentType: string }
  | { status: number; headers?: Record<string, string>; file: string; contentType: string };

/** A JSON reply. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, json: body, headers };
}

/** 401 as Pictory answers it. */
export function unauthorized(): Reply {
  return json(401, { message: 'Unauthorized' });
}

/** 400 `INVALID_REQUEST_BODY` with the offending fields. */
export function invalidBody(fields: FieldError[], message = 'Invalid request body'): Reply {
  return json(400, { code: 'INVALID_REQUEST_BODY', message, fields });
}

/** 404 for a path the emulator does not serve. */
export function routeNotFound(method: string, path: string): Reply {
  return json(404, { message: `Not Found: ${method} ${path}` });
}

/** The largest request body accepted (Pictory's limit is undocumented; stories are at most 15,000 chars). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The JSON value of the request body (`{}` when empty), or a 400 reply when it is not JSON. */
export async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      return { ok: false, reply: json(413, { message: 'Request body too large' }) };
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reply: invalidBody([{ name: 'body', errors: `Invalid JSON: ${reason}` }]) };
  }
}

/** Write `reply` to `res` (streaming files). */
export async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if ('file' in reply) {
    const { size } = await stat(reply.file);
    res.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': String(size), ...reply.headers });
    await pipeline(createReadStream(reply.file), res);
    return;
  }
  const [body, contentType] =
    'json' in reply ? [JSON.stringify(reply.json), 'application/json; charset=utf-8'] : [reply.content, reply.contentType];
  res.writeHead(reply.status, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    ...reply.headers,
  });
  res.end(body);
}
