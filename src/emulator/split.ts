/**
 * How one scene's `story` becomes several scenes: `createSceneOnNewLine` cuts at line breaks (dropping empty
 * lines), `createSceneOnEndOfSentence` cuts at sentence ends, and both together cut lines first, then
 * sentences inside each line. Pictory's exact sentence rules are undocumented; the emulator uses
 * `Intl.Segmenter` and keeps every sentence (it does not merge short ones).
 */

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Split flags as they appear on a scene. */
export interface SplitFlags {
  createSceneOnNewLine?: boolean;
  createSceneOnEndOfSentence?: boolean;
}

/** The trimmed, non-empty sentences of `text`. */
export function splitSentences(text: string): string[] {
  return [...sentences.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

/** The trimmed, non-empty lines of `text`. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The stories of the scenes one `story` turns into. Without flags the story stays whole (one scene).
 * A story that splits into nothing (only whitespace) still yields one empty scene.
 */
export function splitStory(story: string, flags: SplitFlags): string[] {
  let parts = [story];
  if (flags.createSceneOnNewLine) parts = parts.flatMap(splitLines);
  if (flags.createSceneOnEndOfSentence) parts = parts.flatMap(splitSentences);
  return parts.length > 0 ? parts : [''];
}
