/**
 * Files shipped in the package's `assets/` folder (fonts, the placeholder video). They are found relative to
 * the package root — the nearest package.json above this module — so the same code works from `src/` (tsx,
 * vitest) and from the compiled `dist/src/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null | undefined;

/** The path of `assets/<parts…>`, or `undefined` when the package root cannot be found. */
export function assetPath(...parts: string[]): string | undefined {
  root ??= packageRoot() ?? null;
  return root === null ? undefined : join(root, 'assets', ...parts);
}

function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
