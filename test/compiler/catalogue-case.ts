/** One exact-text case of the diagnostics catalogue (see catalogue.test.tsx), and how cases find their lines. */
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';

export interface Case {
  tree: () => ReactNode;
  message: string;
  path: string;
  /** The `L:` marker of the offending element; none when the diagnostic has no source location. */
  marker?: string;
  prop?: string;
  /** The file holding the marker, when it is not catalogue.test.tsx. */
  file?: string;
}

/** The 1-based line of `file` holding the marker `L:<name>`. */
export function markerLine(file: string, marker: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(`L:${marker} `)) + 1;
}
