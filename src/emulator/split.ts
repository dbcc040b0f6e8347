/**
 * How one scene's `story` becomes several scenes: `createSceneOnNewLine` cuts at line breaks (dropping empty
 * lines), `createSceneOnEndOfSentence` cuts at sentence ends, and both together cut lines first, then
 * sentences inside each line. Pictory's exact sentence rules are undocumented; the emulator uses
 * `Intl.Segmenter` and keeps every sentence (it does not merge short ones), except that a segment ending
 * in a common abbreviation ("Dr.", "e.g.") or a lone initial ("J.") goes on into the next one: ICU as
 * Node ships it cuts "Dr. Smith said hi." after "Dr.", which Pictory does not.
 */

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles and Latin shorthands that are followed by more of the same sentence far more often than not. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'no', 'nos', 'fig', 'vol', 'pp', 'ca', 'dept', 'est', 'inc', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** True when the text's last word is an abbreviation or an initial, so its sentence goes on. */
function goesOn(text: string): boolean {
  const last = /(\S+)\.$/u.exec(text)?.[1];
  if (!last) return false;
  const word = last.replace(/^[("'“‘]+/u, '');
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Split flags as they appear on a scene. */
export interface SplitFlags {
  createSceneOnNewLine?: boolean;
  createSceneOnEndOfSentence?: boolean;
}

/** The trimmed, non-empty sentences of `text`. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of sentences.segment(text)) {
    pending += segment;
    const trimmed = pending.trim();
    if (trimmed && !goesOn(trimmed)) {
      out.push(trimmed);
      pending = '';
    }
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
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
