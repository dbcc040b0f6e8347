/**
 * File names for videos: `<videoName>.mp4`, readable and safe on every file system. Accented Latin letters
 * are transliterated (`chloé` → `chloe`, `Straße` → `Strasse`); letters of other scripts are kept as they
 * are (`東京` stays `東京`); anything else that a file name cannot hold becomes `-`.
 */
import transliterate from '@sindresorhus/transliterate';

/** Longest stem we write: most file systems allow 255 bytes per name, and UTF-8 letters take up to 4. */
const MAX_STEM_CHARACTERS = 60;

/** A safe file-name stem for one video name (never empty). */
export function fileStem(videoName: string): string {
  const stem = transliterate(videoName)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|-+$/g, '');
  return [...stem].slice(0, MAX_STEM_CHARACTERS).join('') || 'video';
}

export interface NamedFile {
  videoName: string;
  /** `<stem>.<extension>`, unique within the batch. */
  file: string;
}

/**
 * One file name per video, unique within the batch. Two videos whose names map to the same file are
 * told apart by a numeric suffix (`launch-2.mp4`) and reported, so a user never wonders where one went.
 */
export function fileNames(videoNames: readonly string[], extension = 'mp4'): { files: NamedFile[]; clashes: string[] } {
  const taken = new Map<string, string>();
  const clashes: string[] = [];
  const files = videoNames.map((videoName) => {
    const stem = fileStem(videoName);
    let file = `${stem}.${extension}`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${stem}-${n}.${extension}`;
    const first = taken.get(`${stem}.${extension}`.toLowerCase());
    if (first !== undefined) clashes.push(`videos "${first}" and "${videoName}" both make ${stem}.${extension}; the second is saved as ${file}`);
    taken.set(file.toLowerCase(), videoName);
    return { videoName, file };
  });
  return { files, clashes };
}
