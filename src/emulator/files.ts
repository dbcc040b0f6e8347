/**
 * The files a finished job publishes (draft video, thumbnail, subtitles, storyboard page), served by the
 * emulator itself under `/files/<jobId>/<name>`. Only registered names are served, so no request can reach
 * outside a job's own files. Draft videos live in a temporary directory removed on `close()`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { json, type Reply } from './http.js';

type StoredFile = { contentType: string } & ({ path: string } | { content: string | Buffer });

const CONTENT_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function contentTypeOf(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

export class FileStore {
  private readonly files = new Map<string, Map<string, StoredFile>>();

  private constructor(private readonly root: string) {}

  /** A store with its own fresh temporary directory. */
  static async create(): Promise<FileStore> {
    return new FileStore(await mkdtemp(join(tmpdir(), 'pictory-emulator-')));
  }

  /** A directory where a job's draft renderer may write (created on demand). */
  async jobDir(jobId: string): Promise<string> {
    const dir = join(this.root, jobId);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /** Publish generated content; returns its path on the server (`/files/<jobId>/<name>`). */
  addContent(jobId: string, name: string, content: string | Buffer): string {
    return this.add(jobId, name, { content, contentType: contentTypeOf(name) });
  }

  /** Publish a file from disk; returns its path on the server. */
  addFile(jobId: string, name: string, path: string): string {
    return this.add(jobId, name, { path, contentType: contentTypeOf(name) });
  }

  /** The reply for `GET /files/<jobId>/<name>`. */
  reply(jobId: string, name: string): Reply {
    const file = this.files.get(jobId)?.get(name);
    if (file === undefined || ('path' in file && !existsSync(file.path))) {
      return json(404, { message: 'File not found' });
    }
    return 'path' in file
      ? { status: 200, file: file.path, contentType: file.contentType }
      : { status: 200, content: file.content, contentType: file.contentType };
  }

  /** Unpublish and delete a job's files (`DELETE /v1/jobs/{id}/clean`). */
  async remove(jobId: string): Promise<void> {
    this.files.delete(jobId);
    await rm(join(this.root, jobId), { recursive: true, force: true });
  }

  /** Delete the temporary directory. */
  async dispose(): Promise<void> {
    this.files.clear();
    await rm(this.root, { recursive: true, force: true });
  }

  private add(jobId: string, name: string, file: StoredFile): string {
    let jobFiles = this.files.get(jobId);
    if (jobFiles === undefined) {
      jobFiles = new Map();
      this.files.set(jobId, jobFiles);
    }
    jobFiles.set(name, file);
    return `/files/${jobId}/${name}`;
  }
}
