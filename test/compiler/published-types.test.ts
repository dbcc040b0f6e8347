/**
 * The published declarations of the language (components, compile(), diagnostics, catalog) never reach
 * zod: a user's type-check of a video file would otherwise load and check all of zod's declarations.
 * Reads the built `dist/` (npm test builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const ENTRIES = ['components/index.d.ts', 'compiler/compile.d.ts', 'compiler/types.d.ts', 'diagnostics/catalogue.d.ts', 'diagnostics/format.d.ts', 'catalog/catalog.d.ts'];

/** Every package a declaration file reaches through relative imports, with the file that imports it. */
function packagesReached(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.d.ts')));
      else if (!packages.has(specifier)) packages.set(specifier, path.relative(ROOT, file));
    }
  }
  return packages;
}

describe('published declarations of the language', () => {
  it.each(ENTRIES)('dist/src/%s reaches react at most, never zod', (entry) => {
    const file = path.join(ROOT, 'dist/src', entry);
    expect(existsSync(file), `${file} is missing: run npm run build`).toBe(true);
    const reached = packagesReached(file);
    expect([...reached.keys()].filter((p) => p !== 'react'), JSON.stringify(Object.fromEntries(reached))).toEqual([]);
  });
});
