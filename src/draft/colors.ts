/**
 * Colour parsing for colour backgrounds: `#rgb`, `#rrggbb` (and their alpha forms), `rgb()`/`rgba()`
 * and the 148 CSS colour names (a superset of the names ffmpeg knows).
 * Alpha is ignored: a background fills the whole frame, so there is nothing behind it to show through.
 */

/** An opaque sRGB colour, channels 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses a CSS-style colour; `null` when it is not one of the supported forms. */
export function parseColor(input: string): Rgb | null {
  const value = input.trim().toLowerCase();
  const hex = /^(?:#|0x)([0-9a-f]{3,8})$/.exec(value)?.[1] ?? NAMED_COLORS[value];
  if (hex !== undefined) return parseHex(hex);
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(value);
  if (fn) return parseRgbFunction(fn[1]);
  return null;
}

/** A colour with its opacity (0–1): `rgba()` alpha, `#rrggbbaa`, else 1. */
export interface Rgba extends Rgb {
  alpha: number;
}

/** Parses a CSS-style colour keeping its alpha (elements are drawn over something, so it matters there). */
export function parseColorAlpha(input: string): Rgba | null {
  const rgb = parseColor(input);
  if (!rgb) return null;
  const value = input.trim().toLowerCase();
  const hex = /^(?:#|0x)([0-9a-f]{4}|[0-9a-f]{8})$/.exec(value)?.[1];
  let alpha = 1;
  if (hex) alpha = parseInt(hex.length === 4 ? hex[3] + hex[3] : hex.slice(6), 16) / 255;
  const fn = /^rgba?\(([^)]*)\)$/.exec(value);
  if (fn) {
    const parts = fn[1].split(/\s*[,/]\s*|\s+/).filter(Boolean);
    if (parts.length === 4) alpha = parts[3].endsWith('%') ? Number.parseFloat(parts[3]) / 100 : Number.parseFloat(parts[3]);
  }
  return { ...rgb, alpha: Number.isFinite(alpha) ? Math.min(1, Math.max(0, alpha)) : 1 };
}

/** The colour in ffmpeg's `0xRRGGBB@alpha` syntax. */
export function ffmpegColorAlpha(color: Rgba): string {
  return `0x${hexDigits(color)}@${Number(color.alpha.toFixed(3))}`;
}

/** The colour in ffmpeg's `0xRRGGBB` syntax. */
export function ffmpegColor(color: Rgb): string {
  return `0x${hexDigits(color)}`;
}

/** The colour as a CSS `#rrggbb` string. */
export function cssColor(color: Rgb): string {
  return `#${hexDigits(color)}`;
}

function hexDigits({ r, g, b }: Rgb): string {
  return [r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('');
}

function parseHex(digits: string): Rgb | null {
  if (digits.length === 3 || digits.length === 4) {
    const [r, g, b] = [...digits].map((d) => parseInt(d + d, 16));
    return { r, g, b };
  }
  if (digits.length === 6 || digits.length === 8) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
    return { r, g, b };
  }
  return null;
}

/** `rgb(255, 0, 0)`, `rgba(255,0,0,.5)`, `rgb(100% 0% 0% / 50%)`. */
function parseRgbFunction(args: string): Rgb | null {
  const parts = args.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const channels = parts.slice(0, 3).map((part) => {
    const number = Number.parseFloat(part);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)%?$/.test(part)) return NaN;
    const scaled = part.endsWith('%') ? (number * 255) / 100 : number;
    return Math.round(Math.min(255, Math.max(0, scaled)));
  });
  if (channels.some(Number.isNaN)) return null;
  const [r, g, b] = channels;
  return { r, g, b };
}

const NAMED_COLORS: Record<string, string | undefined> = {
  aliceblue: 'f0f8ff', antiquewhite: 'faebd7', aqua: '00ffff', aquamarine: '7fffd4', azure: 'f0ffff',
  beige: 'f5f5dc', bisque: 'ffe4c4', black: '000000', blanchedalmond: 'ffebcd', blue: '0000ff', blueviolet: '8a2be2',
  brown: 'a52a2a', burlywood: 'deb887', cadetblue: '5f9ea0', chartreuse: '7fff00', chocolate: 'd2691e',
  coral: 'ff7f50', cornflowerblue: '6495ed', cornsilk: 'fff8dc', crimson: 'dc143c', cyan: '00ffff',
  darkblue: '00008b', darkcyan: '008b8b', darkgoldenrod: 'b8860b', darkgray: 'a9a9a9', darkgreen: '006400',
  darkgrey: 'a9a9a9', darkkhaki: 'bdb76b', darkmagenta: '8b008b', darkolivegreen: '556b2f', darkorange: 'ff8c00',
  darkorchid: '9932cc', darkred: '8b0000', darksalmon: 'e9967a', darkseagreen: '8fbc8f', darkslateblue: '483d8b',
  darkslategray: '2f4f4f', darkslategrey: '2f4f4f', darkturquoise: '00ced1', darkviolet: '9400d3',
  deeppink: 'ff1493', deepskyblue: '00bfff', dimgray: '696969', dimgrey: '696969', dodgerblue: '1e90ff',
  firebrick: 'b22222', floralwhite: 'fffaf0', forestgreen: '228b22', fuchsia: 'ff00ff', gainsboro: 'dcdcdc',
  ghostwhite: 'f8f8ff', gold: 'ffd700', goldenrod: 'daa520', gray: '808080', green: '008000', greenyellow: 'adff2f',
  grey: '808080', honeydew: 'f0fff0', hotpink: 'ff69b4', indianred: 'cd5c5c', indigo: '4b0082', ivory: 'fffff0',
  khaki: 'f0e68c', lavender: 'e6e6fa', lavenderblush: 'fff0f5', lawngreen: '7cfc00', lemonchiffon: 'fffacd',
  lightblue: 'add8e6', lightcoral: 'f08080', lightcyan: 'e0ffff', lightgoldenrodyellow: 'fafad2',
  lightgray: 'd3d3d3', lightgreen: '90ee90', lightgrey: 'd3d3d3', lightpink: 'ffb6c1', lightsalmon: 'ffa07a',
  lightseagreen: '20b2aa', lightskyblue: '87cefa', lightslategray: '778899', lightslategrey: '778899',
  lightsteelblue: 'b0c4de', lightyellow: 'ffffe0', lime: '00ff00', limegreen: '32cd32', linen: 'faf0e6',
  magenta: 'ff00ff', maroon: '800000', mediumaquamarine: '66cdaa', mediumblue: '0000cd', mediumorchid: 'ba55d3',
  mediumpurple: '9370d8', mediumseagreen: '3cb371', mediumslateblue: '7b68ee', mediumspringgreen: '00fa9a',
  mediumturquoise: '48d1cc', mediumvioletred: 'c71585', midnightblue: '191970', mintcream: 'f5fffa',
  mistyrose: 'ffe4e1', moccasin: 'ffe4b5', navajowhite: 'ffdead', navy: '000080', oldlace: 'fdf5e6', olive: '808000',
  olivedrab: '6b8e23', orange: 'ffa500', orangered: 'ff4500', orchid: 'da70d6', palegoldenrod: 'eee8aa',
  palegreen: '98fb98', paleturquoise: 'afeeee', palevioletred: 'd87093', papayawhip: 'ffefd5', peachpuff: 'ffdab9',
  peru: 'cd853f', pink: 'ffc0cb', plum: 'dda0dd', powderblue: 'b0e0e6', purple: '800080', rebeccapurple: '663399',
  red: 'ff0000', rosybrown: 'bc8f8f', royalblue: '4169e1', saddlebrown: '8b4513', salmon: 'fa8072',
  sandybrown: 'f4a460', seagreen: '2e8b57', seashell: 'fff5ee', sienna: 'a0522d', silver: 'c0c0c0',
  skyblue: '87ceeb', slateblue: '6a5acd', slategray: '708090', slategrey: '708090', snow: 'fffafa',
  springgreen: '00ff7f', steelblue: '4682b4', tan: 'd2b48c', teal: '008080', thistle: 'd8bfd8', tomato: 'ff6347',
  turquoise: '40e0d0', violet: 'ee82ee', wheat: 'f5deb3', white: 'ffffff', whitesmoke: 'f5f5f5', yellow: 'ffff00',
  yellowgreen: '9acd32',
};
