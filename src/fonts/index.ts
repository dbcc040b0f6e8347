/** Fonts: bundled files of the catalog's families and their metrics, for the layout and the draft renderer. */
export { readFontMetrics, type FontMetrics } from './sfnt.js';
export { textWidth, fontCovers } from './measure.js';
export { bundledFonts, noFonts, type FontProvider, type LoadedFont } from './provider.js';
export { bundledFontFile, bundledFamilies, familyAndWeight, fontsFolder, type BundledFamily, type FontFile } from './bundled.js';
