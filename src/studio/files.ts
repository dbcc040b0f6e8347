/**
 * The only files the studio serves besides its page: the bundled fonts and local media the current compile
 * uses, each registered under an opaque id. A path outside the project folder (or the fonts folder) is never
 * registered, so no URL can read anything else.
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fontsFolder } from '../fonts/bundled.js';
import type { Publisher } from './view.js';

export class FileRegistry implements Publisher {
  private readonly files = new Map<string, string>();
  private readonly root: string;

  constructor(projectFolder: string) {
    this.root = real(projectFolder);
  }

  media(absolutePath: string): string | undefined {
    if (!existsSync(absolutePath) || !inside(real(absolutePath), this.root)) return undefined;
    return `/media/${this.register(absolutePath)}${path.extname(absolutePath).toLowerCase()}`;
  }

  font(absolutePath: string): string {
    if (!inside(real(absolutePath), real(fontsFolder()))) return '';
    return `/fonts/${this.register(absolutePath)}.ttf`;
  }

  /** The file behind `/media/<id>` or `/fonts/<id>`, if it was registered. */
  lookup(id: string): string | undefined {
    return this.files.get(id.replace(/\.[a-z0-9]+$/i, ''));
  }

  private register(file: string): string {
    const id = createHash('sha256').update(file).digest('hex').slice(0, 20);
    this.files.set(id, file);
    return id;
  }
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function inside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
