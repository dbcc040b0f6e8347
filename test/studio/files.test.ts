/** The studio serves only registered files: local media inside the project folder and the bundled fonts. */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontFile } from '../../src/fonts/bundled.js';
import { FileRegistry } from '../../src/studio/files.js';

describe('the studio file registry', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'studio-files-'));
  writeFileSync(path.join(project, 'logo.png'), 'not really a png');
  symlinkSync('/etc/hostname', path.join(project, 'sneaky.png'));
  const files = new FileRegistry(project);

  it('serves a local picture inside the project under an opaque id, and nothing else', () => {
    const url = files.media(path.join(project, 'logo.png'));
    expect(url).toMatch(/^\/media\/[0-9a-f]{20}\.png$/);
    expect(files.lookup(url!.slice('/media/'.length))).toBe(path.join(project, 'logo.png'));
    expect(files.lookup('00000000000000000000')).toBeUndefined();
  });

  it('refuses files outside the project, through .. or through a symlink, and files that do not exist', () => {
    expect(files.media('/etc/hostname')).toBeUndefined();
    expect(files.media(path.join(project, '..', 'elsewhere.png'))).toBeUndefined();
    expect(files.media(path.join(project, 'sneaky.png'))).toBeUndefined();
    expect(files.media(path.join(project, 'missing.png'))).toBeUndefined();
  });

  it('serves bundled fonts, and no other file as a font', () => {
    const font = bundledFontFile('Plus Jakarta Sans', false)!;
    expect(files.font(font.path)).toMatch(/^\/fonts\/[0-9a-f]{20}\.ttf$/);
    expect(files.font(path.join(project, 'logo.png'))).toBe('');
  });
});
