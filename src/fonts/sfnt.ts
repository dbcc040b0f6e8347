/**
 * A TrueType/OpenType font's horizontal metrics, read from its tables: units per em, the line metrics a renderer
 * uses (hhea ascender/descender), the cap height (OS/2), each glyph's advance width (hmtx via cmap) and pair
 * kerning from a `kern` table when the font has one. Enough to measure and wrap text exactly; nothing is drawn.
 */

/** Metrics of one font file, in font units (divide by `unitsPerEm` and multiply by the pixel size). */
export interface FontMetrics {
  unitsPerEm: number;
  /** Baseline to the top of the line box (hhea ascender, positive). */
  ascender: number;
  /** Baseline to the bottom of the line box (hhea descender, as a positive number). */
  descender: number;
  /** Height of capital letters above the baseline (OS/2 sCapHeight, else 0.7 em). */
  capHeight: number;
  /** Advance width of one code point (the .notdef glyph's when the font lacks it). */
  advance(codePoint: number): number;
  /** Whether the font has a glyph for the code point. */
  covers(codePoint: number): boolean;
  /** Pair kerning between two code points (0 without a `kern` table). */
  kerning(left: number, right: number): number;
}

/** Reads a font file (TTF, OTF, or the first font of a TTC). Throws a plain Error on a file it cannot read. */
export function readFontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tag = (at: number) => String.fromCharCode(data[at], data[at + 1], data[at + 2], data[at + 3]);
  if (data.byteLength < 12) throw new Error('not a font file (too short)');
  const start = tag(0) === 'ttcf' ? view.getUint32(12) : 0;
  const version = view.getUint32(start);
  if (version !== 0x00010000 && tag(start) !== 'OTTO' && tag(start) !== 'true') throw new Error('not a TrueType/OpenType font');
  const tables = new Map<string, number>();
  const count = view.getUint16(start + 4);
  for (let i = 0; i < count; i++) {
    const record = start + 12 + i * 16;
    tables.set(tag(record), view.getUint32(record + 8));
  }
  const table = (name: string): number => {
    const offset = tables.get(name);
    if (offset === undefined) throw new Error(`font has no '${name}' table`);
    return offset;
  };

  const unitsPerEm = view.getUint16(table('head') + 18);
  const hhea = table('hhea');
  const ascender = view.getInt16(hhea + 4);
  const descender = -view.getInt16(hhea + 6);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const hmtx = table('hmtx');
  const os2 = tables.get('OS/2');
  const capHeight = os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : Math.round(unitsPerEm * 0.7);
  const lookup = readCmap(view, table('cmap'));
  const glyphs = new Map<number, number>();
  const glyphOf = (cp: number) => {
    let glyph = glyphs.get(cp);
    if (glyph === undefined) {
      glyph = lookup(cp);
      glyphs.set(cp, glyph);
    }
    return glyph;
  };
  const kernTable = tables.has('kern') ? readKern(view, table('kern')) : undefined;

  const advances = new Map<number, number>();
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
  return {
    unitsPerEm,
    ascender,
    descender,
    capHeight: capHeight > 0 ? capHeight : Math.round(unitsPerEm * 0.7),
    advance(codePoint) {
      let width = advances.get(codePoint);
      if (width === undefined) {
        width = advanceOfGlyph(glyphOf(codePoint));
        advances.set(codePoint, width);
      }
      return width;
    },
    covers: (codePoint) => glyphOf(codePoint) !== 0,
    kerning(left, right) {
      if (!kernTable) return 0;
      return kernTable.get(glyphOf(left) * 65536 + glyphOf(right)) ?? 0;
    },
  };
}

/** Code point → glyph id, from the best Unicode subtable (format 12 preferred, else format 4). */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const subtables = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 12) format12 ??= offset;
    else if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) {
    const at = format12;
    const groups = view.getUint32(at + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const group = at + 16 + mid * 12;
        const first = view.getUint32(group);
        const last = view.getUint32(group + 4);
        if (cp < first) hi = mid - 1;
        else if (cp > last) lo = mid + 1;
        else return view.getUint32(group + 8) + (cp - first);
      }
      return 0;
    };
  }
  if (format4 !== undefined) {
    const at = format4;
    const segments = view.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segments; s++) {
        if (cp > view.getUint16(ends + s * 2)) continue;
        const first = view.getUint16(starts + s * 2);
        if (cp < first) return 0;
        const delta = view.getInt16(deltas + s * 2);
        const rangeOffset = view.getUint16(ranges + s * 2);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(ranges + s * 2 + rangeOffset + (cp - first) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('font has no Unicode cmap subtable (format 4 or 12)');
}

/** Pairs of a version-0 `kern` table's format-0 subtables, keyed left glyph × 65536 + right glyph. */
function readKern(view: DataView, kern: number): Map<number, number> {
  const pairs = new Map<number, number>();
  if (view.getUint16(kern) !== 0) return pairs;
  let at = kern + 4;
  for (let t = view.getUint16(kern + 2); t > 0; t--) {
    const length = view.getUint16(at + 2);
    const coverage = view.getUint16(at + 4);
    const horizontalFormat0 = (coverage & 0xff01) === 0x0001;
    if (horizontalFormat0) {
      const n = view.getUint16(at + 6);
      for (let i = 0; i < n; i++) {
        const pair = at + 14 + i * 6;
        pairs.set(view.getUint16(pair) * 65536 + view.getUint16(pair + 2), view.getInt16(pair + 4));
      }
    }
    at += length;
  }
  return pairs;
}
