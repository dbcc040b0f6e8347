/**
 * Prints the README's "What the compiler checks" table, generated from the diagnostics catalogue
 * (src/diagnostics/catalogue.ts):
 *
 *   npx tsx scripts/diagnostics-table.ts
 *
 * test/compiler/diagnostics-table.test.ts checks that README.md holds exactly this text between the
 * markers `<!-- diagnostics:start -->` and `<!-- diagnostics:end -->`.
 */
import { pathToFileURL } from 'node:url';
import { CATALOGUE, type DiagnosticData } from '../src/diagnostics/catalogue.js';

export function diagnosticsTable(): string {
  const rows = Object.entries(CATALOGUE as Record<string, DiagnosticData<never>>)
    .sort(([, a], [, b]) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map(([code, d]) => `| \`${code}\` | ${d.severity} | ${d.title} | ${d.hint} |`);
  return [
    'Errors mean nothing is sent; warnings are sent, but Pictory would silently change something.',
    '',
    '| Code | Severity | What | What to do |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(`${diagnosticsTable()}\n`);
