/** File names for videos: see src/runner/names.ts (the runner names the files it writes). */
export { fileNames, fileStem, type NamedFile } from '../runner/names.js';
