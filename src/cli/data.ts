/**
 * `--data rows.csv|rows.json`: the rows a video file's default-export function turns into videos, one per
 * row (like Remotion's `--props`). CSV goes through a real parser — quoted fields such as `"Smith, Jr."`,
 * embedded newlines and a byte-order mark all read as a spreadsheet wrote them; every row becomes an
 * object keyed by the header line. JSON must be an array of objects (or one object: a single row).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { UserInputError } from './errors.js';

export type Row = Record<string, unknown>;

export function readRows(file: string): Row[] {
  const text = readText(file);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') return csvRows(file, text, extension === '.tsv' ? '\t' : ',');
  if (extension === '.json') return jsonRows(file, text);
  throw new UserInputError(`${file}: --data takes a .csv, .tsv or .json file`);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read';
    throw new UserInputError(`${file}: ${why}`);
  }
}

function csvRows(file: string, text: string, delimiter: string): Row[] {
  try {
    return parse(text, { columns: true, bom: true, delimiter, skip_empty_lines: true, trim: true }) as Row[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new UserInputError(`${file}${line ? `:${line}` : ''}: not valid CSV: ${error.message.replace(/^[A-Za-z_]+: /, '')}`);
    }
    throw error;
  }
}

function jsonRows(file: string, text: string): Row[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserInputError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const rows = Array.isArray(value) ? value : [value];
  rows.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new UserInputError(`${file}: row ${i + 1} is ${row === null ? 'null' : Array.isArray(row) ? 'an array' : typeof row}; each row must be an object of named fields`);
    }
  });
  return rows as Row[];
}
