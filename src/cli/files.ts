/** The files a command works on: names as given, and globs (`'videos/*.tsx'`) expanded, in a stable order. */
import { existsSync } from 'node:fs';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UserInputError } from './errors.js';

export function expandFiles(patterns: readonly string[]): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (existsSync(pattern) || !isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = globSync(pattern, { onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) throw new UserInputError(`${pattern}: no file matches`);
    files.push(...matches);
  }
  return [...new Set(files)];
}
