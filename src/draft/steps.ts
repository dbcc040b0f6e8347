/**
 * A scene's drawing as a list of steps, joined into ffmpeg graph statements by `chainSteps`: most steps are plain
 * filters on the frame (drawtext, drawbox); a shape or a placeholder is a small picture of its own (an ffmpeg
 * source) laid over the frame, which needs a branch of the graph.
 */
export type Step = { filter: string } | { source: string; x: number; y: number };

/**
 * Appends `steps` to the chain that so far reads `head` (a filter chain, possibly starting with an input label) and
 * returns the graph statements before the last one, plus the last chain (still open, to be continued by the caller).
 * `prefix` keeps labels unique in the whole graph.
 */
export function chainSteps(head: string[], steps: Step[], prefix: string): { statements: string[]; chain: string[] } {
  const statements: string[] = [];
  let chain = [...head];
  steps.forEach((step, i) => {
    if ('filter' in step) {
      chain.push(step.filter);
      return;
    }
    const base = `[${prefix}b${i}]`;
    const over = `[${prefix}o${i}]`;
    statements.push(`${joinChain(chain)}${base}`, `${step.source}${over}`);
    chain = [`${base}${over}overlay=x=${step.x}:y=${step.y}:format=auto`];
  });
  return { statements, chain };
}

/** A chain's filters joined by commas; labels that open it (`[x]`) stick to its first filter. */
export function joinChain(chain: string[]): string {
  return chain.join(',').replace(/^((?:\[[^\]]+\])+),/, '$1');
}

/**
 * Escapes a value for a filter option inside a filter graph: first for the option parser (`\ ' :`),
 * then for the graph parser (`\ ' [ ] , ;`).
 */
export function filterArg(value: string): string {
  const option = value.replace(/[\\':]/g, (c) => `\\${c}`);
  return option.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

/** An ffmpeg expression inside a filter graph: its commas escaped for the graph parser. */
export function expr(value: string): string {
  return value.replace(/,/g, '\\,');
}

/** A drawtext filter reading its text from a file (no escaping of the text needed). */
export function drawtext(fontFile: string, textFile: string, options: string[]): string {
  return ['drawtext=fontfile=' + filterArg(fontFile), `textfile=${filterArg(textFile)}`, 'expansion=none', ...options].join(':');
}
