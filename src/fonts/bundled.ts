/**
 * The font files shipped with the package: the Google-Fonts families of Pictory's catalog, under
 * `assets/fonts/google/` (vendored from `@expo-google-fonts/*` by scripts/vendor-fonts.mjs, see manifest.json).
 * Resolves a `fontFamily` (catalog name such as "Poppins Extrabold", or a plain family name) and bold to a file.
 * Nothing is ever downloaded: a family without a file resolves to `undefined` and the layout falls back to
 * Pictory's calibrated constants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONTS, isCatalogFont } from '../catalog/fonts.js';
import { packageRoot } from './package-root.js';

/** One bundled family as listed in the manifest. */
export interface BundledFamily {
  /** The npm package (with version) the files came from. */
  package: string;
  license: string;
  licenseFile: string;
  /** Weight → file name in `assets/fonts/google/`. */
  weights: Record<string, string>;
}

/** A font file chosen for a style. */
export interface FontFile {
  path: string;
  /** The typeface family of the file (e.g. "Poppins" for "Poppins Extrabold"). */
  family: string;
  /** The weight of the file. */
  weight: number;
  /** The weight the style asked for; differs from `weight` when the family lacks it (then a renderer fakes it). */
  wantedWeight: number;
}

let manifest: Record<string, BundledFamily> | undefined;

export function fontsFolder(): string {
  return join(packageRoot(), 'assets', 'fonts', 'google');
}

/** The bundled families (empty if the assets are missing). */
export function bundledFamilies(): Record<string, BundledFamily> {
  if (!manifest) {
    try {
      manifest = JSON.parse(readFileSync(join(fontsFolder(), 'manifest.json'), 'utf8')) as Record<string, BundledFamily>;
    } catch {
      manifest = {};
    }
  }
  return manifest;
}

/** The family and weight a `fontFamily` value stands for: catalog names fold weights in ("Lato Extrabold" → Lato 800). */
export function familyAndWeight(fontFamily: string, bold: boolean): { family: string; weight: number } {
  const base = isCatalogFont(fontFamily)
    ? { family: FONTS[fontFamily].family as string, weight: FONTS[fontFamily].weight as number }
    : { family: fontFamily, weight: 400 };
  return { family: base.family, weight: bold ? Math.max(base.weight, 700) : base.weight };
}

/** The bundled file for a `fontFamily` and bold, the nearest weight the family has; `undefined` if none is bundled. */
export function bundledFontFile(fontFamily: string, bold: boolean): FontFile | undefined {
  const { family, weight } = familyAndWeight(fontFamily, bold);
  const families = bundledFamilies();
  const key = Object.hasOwn(families, family)
    ? family
    : Object.keys(families).find((name) => name.toLowerCase() === family.toLowerCase());
  if (!key) return undefined;
  const weights = Object.keys(families[key].weights).map(Number);
  const nearest = weights.reduce((best, w) => (Math.abs(w - weight) < Math.abs(best - weight) ? w : best), weights[0]);
  return { path: join(fontsFolder(), families[key].weights[nearest]), family: key, weight: nearest, wantedWeight: weight };
}
