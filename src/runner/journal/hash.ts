/** The identity of a request: the same video sent to the same endpoint of the same API hashes the same. */
import { createHash } from 'node:crypto';

/**
 * sha256 (hex) of the canonical JSON of `{ api, endpoint, body }`: the same video sent to the same
 * endpoint of the same API has the same hash whatever the key order of its body.
 */
export function requestHash(api: string, endpoint: string, body: unknown): string {
  return createHash('sha256').update(canonicalJson({ api, endpoint, body })).digest('hex');
}

/** JSON with object keys sorted at every level (undefined members dropped, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
