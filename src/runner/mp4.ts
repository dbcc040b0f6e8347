/**
 * Is a downloaded MP4 whole? An MP4 is a sequence of boxes, each starting with its size; a file cut
 * short ends inside its last box. Used when the server sent no Content-Length to compare with.
 */
import { open } from 'node:fs/promises';

/** True: a complete MP4. False: an MP4 cut short (or an empty file). Undefined: not an MP4 at all. */
export async function mp4IsComplete(path: string): Promise<boolean | undefined> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const header = Buffer.alloc(16);
    let position = 0;
    for (let index = 0; position < size; index++) {
      if (size - position < 8) return false;
      await handle.read(header, 0, 16, position);
      const type = header.toString('latin1', 4, 8);
      if (index === 0 && type !== 'ftyp') return undefined;
      let length = header.readUInt32BE(0);
      if (length === 1) {
        if (size - position < 16) return false;
        length = Number(header.readBigUInt64BE(8));
      } else if (length === 0) {
        length = size - position; // "to the end of the file"
      }
      if (length < 8) return false;
      position += length;
    }
    return position === size;
  } finally {
    await handle.close();
  }
}
