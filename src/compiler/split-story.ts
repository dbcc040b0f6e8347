/**
 * How Pictory will cut a story into scenes, as far as it is documented: `createSceneOnNewLine` at line
 * breaks (empty lines make no scene), `createSceneOnEndOfSentence` at sentence ends (found with
 * Intl.Segmenter for the video's language), both together: lines, then sentences within each line.
 * Pictory's exact rules are not published, so counts based on this are reported as estimates.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function sentences(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

export function splitStory(story: string, options: { lines?: boolean; sentences?: boolean; language?: string }): string[] {
  let parts = [story];
  if (options.lines) parts = parts.flatMap((p) => p.split(/\r?\n/)).map((p) => p.trim()).filter(Boolean);
  if (options.sentences) parts = parts.flatMap((p) => sentences(p, options.language ?? 'en'));
  return parts.length > 0 ? parts : [story];
}
