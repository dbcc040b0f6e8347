/** The table of an `{id, name}` catalog (brands, subtitle styles, smart layouts). */
import { formatTable } from '../table.js';

export function namedTable(what: string, usage: string) {
  return (entries: Array<{ id: string; name: string }>): string =>
    entries.length === 0
      ? `This account has no ${what}.\n`
      : formatTable(entries, [
          { header: 'NAME', value: (e) => e.name },
          { header: 'ID', value: (e) => e.id },
        ]) + `Use as ${usage}.\n`;
}
