/**
 * How Pictory will cut a story into scenes, as far as it is documented: `createSceneOnNewLine` at line
 * breaks (empty lines make no scene), `createSceneOnEndOfSentence` at sentence ends (found with
 * Intl.Segmenter for the video's language), both together: lines, then sentences within each line.
 * Pictory's exact rules are not published, so counts based on this are reported as estimates.
 *
 * Intl.Segmenter (ICU without its suppression lists) ends a sentence after "Dr." or "e.g.": a segment that
 * ends in a common abbreviation or a lone initial ("J.") is joined to the next one, so "Dr. Smith said hi."
 * stays one scene.
 */
const segmenters = new Map<string, Intl.Segmenter>();

/** Titles and Latin shorthands that are followed by more of the same sentence far more often than not. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'no', 'nos', 'fig', 'vol', 'pp', 'ca', 'dept', 'est', 'inc', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    try {
      found = new Intl.Segmenter(language, { granularity: 'sentence' });
    } catch {
      found = new Intl.Segmenter('en', { granularity: 'sentence' }); // not a language tag ICU knows
    }
    segmenters.set(language, found);
  }
  return found;
}

/** True when a segment's last word is an abbreviation or an initial, so the sentence goes on. */
function endsInAbbreviation(segment: string): boolean {
  const last = /(\S+)\.$/u.exec(segment)?.[1];
  if (!last) return false;
  const word = last.replace(/^[("'“‘]+/u, '');
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

export function sentences(text: string, language = 'en'): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter(language).segment(text)) {
    pending += segment;
    const trimmed = pending.trim();
    if (trimmed && !endsInAbbreviation(trimmed)) {
      out.push(trimmed);
      pending = '';
    }
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

export function splitStory(story: string, options: { lines?: boolean; sentences?: boolean; language?: string }): string[] {
  let parts = [story];
  if (options.lines) parts = parts.flatMap((p) => p.split(/\r?\n/)).map((p) => p.trim()).filter(Boolean);
  if (options.sentences) parts = parts.flatMap((p) => sentences(p, options.language ?? 'en'));
  return parts.length > 0 ? parts : [story];
}
