import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS, FONT_NAMES } from '../../src/catalog/fonts.js';
import {
  bundledFamilies,
  bundledFontFile,
  bundledFonts,
  fontsFolder,
  readFontMetrics,
  textWidth,
} from '../../src/fonts/index.js';

const file = (name: string) => readFileSync(join(fontsFolder(), name));

describe('font metrics', () => {
  it('reads DM Sans Bold: 1000 units per em, hhea 992 / 310, cap height 700', () => {
    const m = readFontMetrics(file('DMSans-700.ttf'));
    expect([m.unitsPerEm, m.ascender, m.descender, m.capHeight]).toEqual([1000, 992, 310, 700]);
  });

  it('measures "SHARE THIS VIDEO" in DM Sans Bold 26 at 310 px on the reference canvas (26 × 4/3 px per em)', () => {
    const m = readFontMetrics(file('DMSans-700.ttf'));
    expect(textWidth('SHARE THIS VIDEO', m, (26 * 4) / 3)).toBeCloseTo(310.27, 1);
  });

  it('applies pair kerning from a kern table (Averia Libre: "To" is tighter than its two advances)', () => {
    const m = readFontMetrics(file('AveriaLibre-400.ttf'));
    const t = 'T'.codePointAt(0)!;
    const o = 'o'.codePointAt(0)!;
    expect(m.kerning(t, o)).toBeLessThan(0);
    expect(textWidth('To', m, m.unitsPerEm)).toBeCloseTo(m.advance(t) + m.advance(o) + m.kerning(t, o), 6);
  });

  it('tells which characters a font lacks', () => {
    const m = readFontMetrics(file('DMSans-400.ttf'));
    expect(m.covers('A'.codePointAt(0)!)).toBe(true);
    expect(m.covers('日'.codePointAt(0)!)).toBe(false);
  });

  it('refuses a file that is not a font, with a plain message', () => {
    expect(() => readFontMetrics(new TextEncoder().encode('this is not a font file at all'))).toThrow(/not a TrueType\/OpenType font/);
    expect(() => readFontMetrics(new Uint8Array(4))).toThrow(/too short/);
  });
});

describe('bundled fonts', () => {
  const families = bundledFamilies();

  it('bundles every Google-Fonts family of the catalog except the CJK ones, each with its licence', () => {
    const google = new Set(FONT_NAMES.filter((n) => FONTS[n].googleFont).map((n) => FONTS[n].family as string));
    const missing = [...google].filter((f) => !Object.hasOwn(families, f));
    expect(missing.sort()).toEqual(['Noto Sans JP', 'Noto Serif JP']);
    for (const [family, entry] of Object.entries(families)) {
      expect(existsSync(join(fontsFolder(), entry.licenseFile)), family).toBe(true);
      for (const name of Object.values(entry.weights)) expect(statSync(join(fontsFolder(), name)).size, name).toBeGreaterThan(1000);
    }
  });

  it('folds weights into catalog names and takes the nearest weight a family has', () => {
    expect(bundledFontFile('Poppins Extrabold', false)).toMatchObject({ family: 'Poppins', weight: 800, wantedWeight: 800 });
    expect(bundledFontFile('Poppins Extrabold', true)).toMatchObject({ weight: 800 });
    expect(bundledFontFile('DM Sans', true)).toMatchObject({ family: 'DM Sans', weight: 700 });
    expect(bundledFontFile('Anton', true)).toMatchObject({ family: 'Anton', weight: 400, wantedWeight: 700 });
    expect(bundledFontFile('Raleway Thin', false)).toMatchObject({ weight: 100 });
    expect(bundledFontFile('Opensans', false)).toMatchObject({ family: 'Open Sans' });
  });

  it('has no file for commercial or unknown families (the layout then uses the constants)', () => {
    expect(bundledFontFile('Arial', false)).toBeUndefined();
    expect(bundledFontFile('Proxima Nova', true)).toBeUndefined();
    expect(bundledFonts('My Brand Font', false)).toBeUndefined();
    expect(bundledFonts('Noto Sans JP', false)).toBeUndefined();
  });

  it('loads metrics through the provider, once per family and weight', () => {
    const a = bundledFonts('Space Grotesk', true);
    expect(a?.metrics.ascender).toBe(984);
    expect(bundledFonts('Space Grotesk', true)).toBe(a);
  });
});
