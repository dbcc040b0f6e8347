/**
 * Greedy word wrap, as Pictory's renderer splits text into lines: words are added to a line while it fits;
 * a word that does not fit starts the next line, and a word alone on a line stays there even if too long.
 * Explicit newlines always break.
 */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const trial = current ? `${current} ${word}` : word;
      if (!current || fits(trial)) current = trial;
      else {
        lines.push(current);
        current = word;
      }
    }
    lines.push(current);
  }
  return lines;
}

/** The text as the renderer draws it after fontStyle `case` (small capitals are measured as capitals). */
export function applyCase(text: string, textCase: string | undefined): string {
  switch (textCase) {
    case 'uppercase':
    case 'smallcapitalize':
      return text.toUpperCase();
    case 'lowercase':
      return text.toLowerCase();
    case 'capitalize':
      return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
    default:
      return text;
  }
}
