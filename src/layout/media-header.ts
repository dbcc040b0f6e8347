/**
 * The pixel size of a picture or clip from the first bytes of its file: PNG (IHDR), GIF, JPEG (SOFn), WebP
 * (VP8/VP8L/VP8X) and ISO-BMFF video (MP4/MOV: the first track header with a size, rotation applied).
 * Pure functions over bytes; `undefined` when the format is not recognised.
 */

export interface PixelSize {
  width: number;
  height: number;
}

export function imageSize(bytes: Uint8Array): PixelSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  if (bytes.length >= 24 && bytes[0] === 0x89 && ascii(1, 3) === 'PNG') {
    return sized(view.getUint32(16), view.getUint32(20));
  }
  if (bytes.length >= 10 && ascii(0, 3) === 'GIF') {
    return sized(view.getUint16(6, true), view.getUint16(8, true));
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(view);
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return sized(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
    if (chunk === 'VP8L') {
      const b = view.getUint32(21, true);
      return sized((b & 0x3fff) + 1, ((b >> 14) & 0x3fff) + 1);
    }
    if (chunk === 'VP8X') {
      const w = 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
      const h = 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16));
      return sized(w, h);
    }
  }
  return undefined;
}

function jpegSize(view: DataView): PixelSize | undefined {
  let at = 2;
  while (at + 9 < view.byteLength) {
    if (view.getUint8(at) !== 0xff) return undefined;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (sof) return sized(view.getUint16(at + 7), view.getUint16(at + 5));
    at += 2 + length;
  }
  return undefined;
}

/**
 * Size of the first visual track of an MP4/MOV, from `moov/trak/tkhd`. `read(offset, length)` returns the file's
 * bytes there (fewer at the end of the file), so only the box headers and the `moov` box are read.
 */
export function videoSize(read: (offset: number, length: number) => Uint8Array): PixelSize | undefined {
  let at = 0;
  for (let guard = 0; guard < 64; guard++) {
    const head = read(at, 16);
    if (head.length < 8) return undefined;
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    let size = view.getUint32(0);
    const type = String.fromCharCode(...head.subarray(4, 8));
    let header = 8;
    if (size === 1 && head.length >= 16) {
      size = Number(view.getBigUint64(8));
      header = 16;
    }
    if (guard === 0 && type !== 'ftyp') return undefined;
    if (type === 'moov') {
      const moov = read(at + header, Math.min(size - header, 16 * 1024 * 1024));
      return trackSize(moov);
    }
    if (size < header) return undefined;
    at += size;
  }
  return undefined;
}

/** Walks the children of `moov` for the first `trak/tkhd` with a non-zero size. */
function trackSize(moov: Uint8Array): PixelSize | undefined {
  for (const trak of boxes(moov, 'trak')) {
    for (const tkhd of boxes(trak, 'tkhd')) {
      const view = new DataView(tkhd.buffer, tkhd.byteOffset, tkhd.byteLength);
      const version = tkhd[0];
      const matrixAt = version === 1 ? 52 : 40;
      const sizeAt = matrixAt + 36;
      if (tkhd.length < sizeAt + 8) continue;
      const width = view.getUint32(sizeAt) / 65536;
      const height = view.getUint32(sizeAt + 4) / 65536;
      if (!width || !height) continue;
      // Matrix a = 0 (b = ±1): the track is turned a quarter, so the frame's sides swap.
      const quarterTurn = view.getInt32(matrixAt) === 0 && view.getInt32(matrixAt + 4) !== 0;
      return quarterTurn ? sized(height, width) : sized(width, height);
    }
  }
  return undefined;
}

/** The payloads of the child boxes named `type` inside `data`. */
function boxes(data: Uint8Array, type: string): Uint8Array[] {
  const found: Uint8Array[] = [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  while (at + 8 <= data.length) {
    const size = view.getUint32(at);
    const name = String.fromCharCode(...data.subarray(at + 4, at + 8));
    if (size < 8 || at + size > data.length) break;
    if (name === type) found.push(data.subarray(at + 8, at + size));
    at += size;
  }
  return found;
}

function sized(width: number, height: number): PixelSize | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined;
}
