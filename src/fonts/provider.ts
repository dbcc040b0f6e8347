/**
 * Where the layout gets font metrics from. The default reads the bundled files (once each, cached); tests and
 * callers with their own fonts pass any function of the same shape. Returning `undefined` means "no metrics for
 * this family": the layout then uses Pictory's calibrated constants and marks the measure approximate.
 */
import { readFileSync } from 'node:fs';
import { bundledFontFile, type FontFile } from './bundled.js';
import { readFontMetrics, type FontMetrics } from './sfnt.js';

export interface LoadedFont extends FontFile {
  metrics: FontMetrics;
}

export type FontProvider = (fontFamily: string, bold: boolean) => LoadedFont | undefined;

const cache = new Map<string, LoadedFont | undefined>();

/** Metrics of the bundled fonts (no network, no system fonts: the same answer on every machine). */
export const bundledFonts: FontProvider = (fontFamily, bold) => {
  const key = `${fontFamily}\u0000${bold}`;
  if (cache.has(key)) return cache.get(key);
  const file = bundledFontFile(fontFamily, bold);
  let loaded: LoadedFont | undefined;
  if (file) {
    try {
      loaded = { ...file, metrics: readFontMetrics(readFileSync(file.path)) };
    } catch {
      loaded = undefined;
    }
  }
  cache.set(key, loaded);
  return loaded;
};

/** A provider that knows no font: everything is measured with the calibrated constants. */
export const noFonts: FontProvider = () => undefined;
