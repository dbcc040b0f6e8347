/** The README's "What the compiler checks" table is the one the catalogue generates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsTable } from '../../scripts/diagnostics-table.js';
import { ROOT } from '../cli/run-cli.js';

describe('README diagnostics table', () => {
  it('is exactly what scripts/diagnostics-table.ts prints (regenerate it: npx tsx scripts/diagnostics-table.ts)', () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const found = readme.match(/<!-- diagnostics:start -->\n([\s\S]*?)\n<!-- diagnostics:end -->/);
    expect(found, 'README.md lacks the <!-- diagnostics:start --> … <!-- diagnostics:end --> markers').not.toBeNull();
    expect(found![1]).toBe(diagnosticsTable());
  });
});
