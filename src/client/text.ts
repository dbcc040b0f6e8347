/** Small text helpers shared by the client, the runner and the CLI. */

/** The first line of `text`, trimmed, cut to `max` characters (with an ellipsis). */
export function firstLine(text: string, max = Infinity): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
