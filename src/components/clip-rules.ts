/** The rule every list of `{start, end}` parts shares: each part ends after it starts. */
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic, Located } from '../diagnostics/diagnostic.js';
import type { TimeRange } from './prop-types.js';

/** `prop` names a list (`clips`: each item is `clips[i]`) or, with `single`, one part (`clip`). */
export function clipRules(node: Located, clips: readonly TimeRange[], prop = 'clips', single = false): Diagnostic[] {
  return clips.flatMap((clip, i) => {
    if (clip.end > clip.start) return [];
    const [what, path] = single ? [prop, `${prop}.end`] : [`${prop}[${i}]`, `${prop}.${i}.end`];
    return [report(node, 'clip-ends-before-start', { what, start: clip.start, end: clip.end }, path)];
  });
}
