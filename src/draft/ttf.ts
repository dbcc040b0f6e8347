/**
 * Just enough of the TrueType/OpenType format to measure text: vertical metrics and per-character advance widths.
 * Used to wrap captions exactly as ffmpeg's drawtext will lay them out, so nothing runs off the frame.
 */

/** Horizontal/vertical metrics of one font, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  /** Distance from the baseline to the top of the tallest glyphs (positive). */
  ascender: number;
  /** Distance from the baseline to the bottom of descenders (positive). */
  descender: number;
  /** Advance width of a character (a single code point) in font units. */
  advance(char: string): number;
}

/**
 * Parses the `head`, `hhea`, `hmtx` and `cmap` tables of a TrueType/OpenType font (or the first font of a collection).
 * Throws if a required table is missing or has an unsupported layout.
 */
export function parseFontMetrics(data: Buffer): FontMetrics {
  const fontStart = data.toString('latin1', 0, 4) === 'ttcf' ? data.readUInt32BE(12) : 0;
  const tables = new Map<string, number>();
  const numTables = data.readUInt16BE(fontStart + 4);
  for (let i = 0; i < numTables; i++) {
    const record = fontStart + 12 + i * 16;
    tables.set(data.toString('latin1', record, record + 4), data.readUInt32BE(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no '${tag}' table`);
    return offset;
  };

  const unitsPerEm = data.readUInt16BE(table('head') + 18);
  const hhea = table('hhea');
  const ascender = data.readInt16BE(hhea + 4);
  const descender = -data.readInt16BE(hhea + 6);
  const numberOfHMetrics = data.readUInt16BE(hhea + 34);
  const hmtx = table('hmtx');
  const glyphOf = parseCmap(data, table('cmap'));

  const cache = new Map<string, number>();
  return {
    unitsPerEm,
    ascender,
    descender,
    advance(char) {
      let width = cache.get(char);
      if (width === undefined) {
        const glyph = Math.min(glyphOf(char.codePointAt(0) ?? 0), numberOfHMetrics - 1);
        width = data.readUInt16BE(hmtx + glyph * 4);
        cache.set(char, width);
      }
      return width;
    },
  };
}

/** Returns a code point → glyph id lookup from the best Unicode subtable (format 12 preferred, else format 4). */
function parseCmap(data: Buffer, cmap: number): (codePoint: number) => number {
  const subtables: { format: number; offset: number }[] = [];
  const count = data.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.readUInt16BE(record);
    const encoding = data.readUInt16BE(record + 2);
    const offset = cmap + data.readUInt32BE(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: data.readUInt16BE(offset), offset });
  }
  const format12 = subtables.find((s) => s.format === 12);
  if (format12) return format12Lookup(data, format12.offset);
  const format4 = subtables.find((s) => s.format === 4);
  if (format4) return format4Lookup(data, format4.offset);
  throw new Error('font has no Unicode cmap subtable of format 4 or 12');
}

function format12Lookup(data: Buffer, table: number): (codePoint: number) => number {
  const groups = data.readUInt32BE(table + 12);
  return (codePoint) => {
    for (let i = 0; i < groups; i++) {
      const group = table + 16 + i * 12;
      const start = data.readUInt32BE(group);
      if (codePoint < start) break;
      if (codePoint <= data.readUInt32BE(group + 4)) return data.readUInt32BE(group + 8) + codePoint - start;
    }
    return 0;
  };
}

function format4Lookup(data: Buffer, table: number): (codePoint: number) => number {
  const segments = data.readUInt16BE(table + 6) / 2;
  const endCodes = table + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const idDeltas = startCodes + segments * 2;
  const idRangeOffsets = idDeltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > data.readUInt16BE(endCodes + i * 2)) continue;
      const start = data.readUInt16BE(startCodes + i * 2);
      if (codePoint < start) return 0;
      const delta = data.readUInt16BE(idDeltas + i * 2);
      const rangeOffsetAt = idRangeOffsets + i * 2;
      const rangeOffset = data.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = data.readUInt16BE(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
