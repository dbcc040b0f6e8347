import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PictoryRequestSchema } from '../../src/schema/request.js';
import { schemaPaths } from './schema-paths.js';

const doc = readFileSync(new URL('../../docs/storyboard-fields.md', import.meta.url), 'utf8');

describe('docs/storyboard-fields.md', () => {
  it('names every field of the wire schema', () => {
    const fields = new Set([...schemaPaths(PictoryRequestSchema)].flatMap((path) => path.split('.').map((key) => key.replace(/\[\]$/, ''))));
    const missing = [...fields].filter((field) => !new RegExp(`\`[^\`\\n]*\\b${field}\\b[^\`\\n]*\``).test(doc));
    expect(missing).toEqual([]);
  });
});
