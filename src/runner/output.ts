/**
 * Where a finished video is saved (`out`), checked before anything is submitted: a render must not be
 * paid for when its video cannot be written.
 *
 * - an existing folder means `<folder>/<videoName>.mp4`;
 * - the destination must not be a special file (FIFO, device, socket), a folder or a symbolic link:
 *   the video replaces only a regular file, and never by following a link somewhere else;
 * - the folder must accept a file of the exact name the download writes first (so a name too long for
 *   the file system, a read-only or missing-permission folder, are found now, not after the render).
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ValidationError } from '../client/errors.js';
import { fileStem } from './names.js';

/** The temporary name a download writes before renaming it into place. */
export function partialName(dest: string): string {
  return join(dirname(dest), `.${basename(dest)}.${randomBytes(4).toString('hex')}.part`);
}

/** A video name as a file name: letters kept or transliterated (see names.ts), `<stem>.mp4`. */
export function fileNameFor(videoName: string): string {
  return `${fileStem(videoName)}.mp4`;
}

/**
 * Resolves `out` for the video `videoName` and proves the video can be written there. Throws
 * {@link ValidationError} (nothing was sent) with the reason otherwise. Creates missing folders.
 */
export async function prepareOutput(out: string, videoName: string, options: { folderMeansInside?: boolean } = {}): Promise<string> {
  let dest = resolve(out);
  const existing = await lstat(dest).catch(() => undefined);
  if (existing?.isDirectory() && options.folderMeansInside !== false) dest = join(dest, fileNameFor(videoName));
  const problem = await notReplaceable(dest);
  if (problem) throw new ValidationError(`--out ${out}: ${dest} is ${problem}; choose another path. Nothing was sent.`);
  try {
    await mkdir(dirname(dest), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }) : error;
    });
    const probe = partialName(dest);
    const handle = await open(probe, 'wx', 0o600);
    await handle.close();
    await rm(probe, { force: true });
  } catch (error) {
    throw new ValidationError(`--out ${out}: cannot write ${dest} (${reason(error)}); nothing was sent.`);
  }
  return dest;
}

/**
 * Why the video may not replace `dest`, or undefined when `dest` is absent or a regular file (checked
 * before the submit and again just before the downloaded video is renamed into place).
 */
export async function notReplaceable(dest: string): Promise<string | undefined> {
  const found = await lstat(dest).catch(() => undefined);
  if (!found || found.isFile()) return undefined;
  if (found.isSymbolicLink()) return 'a symbolic link (a video never replaces a link nor follows it)';
  return found.isDirectory() ? 'a folder' : 'a special file (not a regular file)';
}

/** True when `path` is an existing folder (following links: the user named it). */
export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENAMETOOLONG':
      return 'the file name is too long for the file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return code ?? (error as Error).message;
  }
}

export { reason as fileErrorReason };
