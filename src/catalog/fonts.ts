/**
 * Pictory's font catalog: the `fontFamily` names its renderer knows (subtitle styles and text elements' `style`).
 * Source: the font list in Pictory's skill repository (pictoryai/pictory-claude-skills,
 * references/request-schema.md). Any other name needs `fontUrl`.
 *
 * Per font: the typeface `family` and `weight` the name stands for (Pictory folds weights into names such as
 * "Poppins Extrabold"), whether it is a Google Fonts family, its licence, and the npm package that ships its
 * files (checked against the npm registry; the layout can measure text with the real metrics of these).
 * Fonts marked `googleFont: false` are commercial or Pictory's own: no files are available, so the layout
 * falls back to its per-aspect constants. A weight a package lacks (Lato has no 800) means the nearest one.
 */
export const FONTS = {
  'Anton': { family: 'Anton', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/anton' },
  'Archivo Narrow': { family: 'Archivo Narrow', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/archivo-narrow' },
  'Arial': { family: 'Arial', weight: 400, googleFont: false, license: null, npm: null },
  'Averia Libre': { family: 'Averia Libre', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/averia-libre' },
  'Barlow': { family: 'Barlow', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/barlow' },
  'Barlow Black': { family: 'Barlow', weight: 900, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/barlow' },
  'Bebas Neue': { family: 'Bebas Neue', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/bebas-neue' },
  'Calibri': { family: 'Calibri', weight: 400, googleFont: false, license: null, npm: null },
  'Caprasimo': { family: 'Caprasimo', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/caprasimo' },
  'Capriola': { family: 'Capriola', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/capriola' },
  'Carter One': { family: 'Carter One', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/carter-one' },
  'Caveat': { family: 'Caveat', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/caveat' },
  'Chakra Petch': { family: 'Chakra Petch', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/chakra-petch' },
  'Chewy': { family: 'Chewy', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/chewy' },
  'Comfortaa': { family: 'Comfortaa', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/comfortaa' },
  'Courier Prime': { family: 'Courier Prime', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/courier-prime' },
  'Dancing Script': { family: 'Dancing Script', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/dancing-script' },
  'Dangrek': { family: 'Dangrek', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/dangrek' },
  'Delius Unicase': { family: 'Delius Unicase', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/delius-unicase' },
  'DM Sans': { family: 'DM Sans', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/dm-sans' },
  'Grandstander': { family: 'Grandstander', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/grandstander' },
  'Gruppo': { family: 'Gruppo', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/gruppo' },
  'Heartbeat': { family: 'Heartbeat', weight: 400, googleFont: false, license: null, npm: null },
  'Helvetica': { family: 'Helvetica', weight: 400, googleFont: false, license: null, npm: null },
  'Helvetica Neue Medium': { family: 'Helvetica Neue', weight: 500, googleFont: false, license: null, npm: null },
  'JM Modern': { family: 'JM Modern', weight: 400, googleFont: false, license: null, npm: null },
  'Josefin Sans': { family: 'Josefin Sans', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/josefin-sans' },
  'Julius Sans One': { family: 'Julius Sans One', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/julius-sans-one' },
  'Laisha': { family: 'Laisha', weight: 400, googleFont: false, license: null, npm: null },
  'Lato': { family: 'Lato', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/lato' },
  'Lato Extrabold': { family: 'Lato', weight: 800, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/lato' },
  'Lexend': { family: 'Lexend', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/lexend' },
  'LT Wave': { family: 'LT Wave', weight: 400, googleFont: false, license: null, npm: null },
  'Manrope': { family: 'Manrope', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/manrope' },
  'Merriweather': { family: 'Merriweather', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/merriweather' },
  'Montserrat': { family: 'Montserrat', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/montserrat' },
  'Moon dance': { family: 'Moon Dance', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/moon-dance' },
  'Mustard': { family: 'Mustard', weight: 400, googleFont: false, license: null, npm: null },
  'Notosans': { family: 'Noto Sans', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/noto-sans' },
  'Opensans': { family: 'Open Sans', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/open-sans' },
  'Optik': { family: 'Optik', weight: 400, googleFont: false, license: null, npm: null },
  'Party Confetti': { family: 'Party Confetti', weight: 400, googleFont: false, license: null, npm: null },
  'Patua One': { family: 'Patua One', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/patua-one' },
  'Playfair Display': { family: 'Playfair Display', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/playfair-display' },
  'Plus Jakarta Sans': { family: 'Plus Jakarta Sans', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/plus-jakarta-sans' },
  'Poppins': { family: 'Poppins', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/poppins' },
  'Poppins Extrabold': { family: 'Poppins', weight: 800, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/poppins' },
  'Proxima Nova': { family: 'Proxima Nova', weight: 400, googleFont: false, license: null, npm: null },
  'Quicksand': { family: 'Quicksand', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/quicksand' },
  'Raleway': { family: 'Raleway', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/raleway' },
  'Raleway Black': { family: 'Raleway', weight: 900, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/raleway' },
  'Raleway Thin': { family: 'Raleway', weight: 100, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/raleway' },
  'Roboto': { family: 'Roboto', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/roboto' },
  'Rokkitt': { family: 'Rokkitt', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/rokkitt' },
  'Rowdies': { family: 'Rowdies', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/rowdies' },
  'Russo One': { family: 'Russo One', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/russo-one' },
  'Satisfy': { family: 'Satisfy', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/satisfy' },
  'Sora': { family: 'Sora', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/sora' },
  'Source Sans Pro': { family: 'Source Sans Pro', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/source-sans-pro' },
  'Space Grotesk': { family: 'Space Grotesk', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/space-grotesk' },
  'Space mono': { family: 'Space Mono', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/space-mono' },
  'Special Elite': { family: 'Special Elite', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/special-elite' },
  'Strive': { family: 'Strive', weight: 400, googleFont: false, license: null, npm: null },
  'Titillium Web': { family: 'Titillium Web', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/titillium-web' },
  'Titillium Web Black': { family: 'Titillium Web', weight: 900, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/titillium-web' },
  'Ubuntu': { family: 'Ubuntu', weight: 400, googleFont: true, license: 'UFL-1.0', npm: '@fontsource/ubuntu' },
  'Unbounded': { family: 'Unbounded', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/unbounded' },
  'Work Sans': { family: 'Work Sans', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/work-sans' },
  'Noto Sans JP': { family: 'Noto Sans JP', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/noto-sans-jp' },
  'Noto Serif JP': { family: 'Noto Serif JP', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/noto-serif-jp' },
  'Noto Sans Tamil': { family: 'Noto Sans Tamil', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/noto-sans-tamil' },
  'Noto Sans Devanagari': { family: 'Noto Sans Devanagari', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/noto-sans-devanagari' },
  'Noto Serif Devanagari': { family: 'Noto Serif Devanagari', weight: 400, googleFont: true, license: 'OFL-1.1', npm: '@fontsource/noto-serif-devanagari' },
} as const;

export type FontName = keyof typeof FONTS;
export type FontInfo = (typeof FONTS)[FontName];

export const FONT_NAMES = Object.keys(FONTS) as FontName[];

/** The family Pictory's own layout linter assumes when a style names none. */
export const DEFAULT_FONT: FontName = 'Plus Jakarta Sans';

/** Exact (case-sensitive) catalog match: Pictory's names are written as listed, e.g. "Space mono". */
export function isCatalogFont(name: string): name is FontName {
  return Object.hasOwn(FONTS, name);
}

/** The catalog name equal to `name` ignoring case and spaces (for "did you mean"), if any. */
export function catalogFontLike(name: string): FontName | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const wanted = key(name);
  return FONT_NAMES.find((font) => key(font) === wanted);
}
