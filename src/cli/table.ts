/**
 * The CLI's plain-text tables: left-aligned columns two spaces apart, numbers right-aligned, long cells
 * cut with an ellipsis so that a row stays on one line.
 */

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | undefined;
  /** Right-align (numbers). */
  right?: boolean;
  /** Longest cell before it is cut (default 48). */
  max?: number;
}

export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const value = c.value(row);
      const text = value === undefined ? '' : String(value).replace(/\s+/g, ' ');
      const max = c.max ?? 48;
      return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (columns[i].right ? cell.padStart(widths[i]) : i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}
