/**
 * The aspect of a media element's `visualUrl` when the file is on this machine (`file:` URL or a path), read
 * from its header. Remote URLs are never fetched here: they answer `undefined` and the layout assumes 16:9.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize, videoSize, type PixelSize } from './media-header.js';

/** Resolves a media URL to its pixel aspect (width ÷ height), or `undefined` when unknown. */
export type MediaAspectResolver = (url: string) => number | undefined;

/** A local file's path for a `file:` URL or a plain path; `undefined` for a remote URL. */
export function localPath(url: string, baseDir = process.cwd()): string | undefined {
  if (url.startsWith('file:')) {
    try {
      return fileURLToPath(url);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  return resolve(baseDir, url);
}

/** Pixel size of a local picture or clip, read from its first bytes (and its `moov` box for video). */
export function localMediaSize(path: string): PixelSize | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const handle = fd;
    const read = (offset: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const n = readSync(handle, buffer, 0, length, offset);
      return buffer.subarray(0, n);
    };
    return imageSize(read(0, 64 * 1024)) ?? videoSize(read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The default resolver: local files by header, everything else unknown. */
export function localMediaAspect(baseDir?: string): MediaAspectResolver {
  const cache = new Map<string, number | undefined>();
  return (url) => {
    if (cache.has(url)) return cache.get(url);
    const path = localPath(url, baseDir);
    const size = path ? localMediaSize(path) : undefined;
    const aspect = size ? size.width / size.height : undefined;
    cache.set(url, aspect);
    return aspect;
  };
}
