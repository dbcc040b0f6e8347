/** The rule every list of `{start, end}` parts shares: each part ends after it starts. */
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic, Located } from '../diagnostics/diagnostic.js';
import type { TimeRange } from './prop-types.js';

export function clipRules(node: Located, clips: readonly TimeRange[]): Diagnostic[] {
  return clips.flatMap((clip, i) =>
    clip.end > clip.start ? [] : [report(node, 'clip-ends-before-start', { index: i, start: clip.start, end: clip.end }, `clips.${i}.end`)],
  );
}
