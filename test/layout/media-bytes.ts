/** Minimal media files built byte by byte, for header parsing without fixtures or ffmpeg. */

export function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24);
  return bytes;
}

export function gif(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(13);
  bytes.set([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
  const view = new DataView(bytes.buffer);
  view.setUint16(6, width, true);
  view.setUint16(8, height, true);
  return bytes;
}

/** SOI, an APP0 segment, then a baseline SOF0 with the size. */
export function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const size = 8 + payload.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  let at = 8;
  for (const p of payload) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A version-0 `tkhd` payload with the identity matrix (or a quarter turn) and the size in 16.16. */
function tkhd(width: number, height: number, quarterTurn = false): Uint8Array {
  const out = new Uint8Array(84);
  const view = new DataView(out.buffer);
  const matrix = quarterTurn ? [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000] : [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
  matrix.forEach((v, i) => view.setInt32(40 + i * 4, v));
  view.setUint32(76, width * 65536);
  view.setUint32(80, height * 65536);
  return out;
}

/** ftyp, a large mdat first (as most encoders write it), then moov with an audio track (no size) and a video track. */
export function mp4(width: number, height: number, quarterTurn = false): Uint8Array {
  const ftyp = box('ftyp', new TextEncoder().encode('isom\0\0\x02\0isomiso2mp41'));
  const mdat = box('mdat', new Uint8Array(100_000));
  const audio = box('trak', box('tkhd', tkhd(0, 0)));
  const video = box('trak', box('tkhd', tkhd(width, height, quarterTurn)));
  const moov = box('moov', box('mvhd', new Uint8Array(100)), audio, video);
  const out = new Uint8Array(ftyp.length + mdat.length + moov.length);
  out.set(ftyp, 0);
  out.set(mdat, ftyp.length);
  out.set(moov, ftyp.length + mdat.length);
  return out;
}

/** A reader over bytes, as `videoSize` takes. */
export const reader = (bytes: Uint8Array) => (offset: number, length: number) => bytes.subarray(offset, offset + length);
