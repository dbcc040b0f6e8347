import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../src/cli/data.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pictory-data-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('--data rows', () => {
  it('reads CSV with a real parser: quoted commas, quotes, newlines, a byte-order mark', () => {
    const p = file('rows.csv', '\uFEFFname,city,quote\n"Smith, Jr.",Paris,"He said ""hi"""\nChloé,"New\nYork",plain\n');
    expect(readRows(p)).toEqual([
      { name: 'Smith, Jr.', city: 'Paris', quote: 'He said "hi"' },
      { name: 'Chloé', city: 'New\nYork', quote: 'plain' },
    ]);
  });

  it('reads TSV and JSON arrays', () => {
    expect(readRows(file('rows.tsv', 'a\tb\n1\t2\n'))).toEqual([{ a: '1', b: '2' }]);
    expect(readRows(file('rows.json', '[{"name":"a","price":3}]'))).toEqual([{ name: 'a', price: 3 }]);
    expect(readRows(file('one.json', '{"name":"a"}'))).toEqual([{ name: 'a' }]);
  });

  it('names the file and line of malformed CSV', () => {
    const p = file('bad.csv', 'name,city\nAda,London\nBob,Paris,extra\n');
    expect(() => readRows(p)).toThrow(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid CSV: Invalid Record Length`));
  });

  it('refuses rows that are not objects, folders, missing files and other extensions, in one line', () => {
    expect(() => readRows(file('bad.json', '[1]'))).toThrow(/bad\.json: row 1 is number; each row must be an object/);
    mkdirSync(path.join(dir, 'folder.csv'));
    expect(() => readRows(path.join(dir, 'folder.csv'))).toThrow(/folder\.csv: is a folder, not a file/);
    expect(() => readRows(path.join(dir, 'nope.csv'))).toThrow(/nope\.csv: no such file/);
    expect(() => readRows(file('rows.xlsx', ''))).toThrow(/--data takes a \.csv, \.tsv or \.json file/);
  });
});
