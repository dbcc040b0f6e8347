/**
 * The package's root folder (the nearest package.json above this module), so bundled assets are found the same
 * way from `src/` (tsx, vitest) and from the compiled `dist/src/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pictory-jsx: cannot find the package root (no package.json above the module)');
    dir = parent;
  }
  root = dir;
  return root;
}
