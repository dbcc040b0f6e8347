/** B-roll: a scene cuts to other backgrounds over its own, for the whole scene or part of it. */
import { z } from 'zod';
import type { DSLNode } from '../../jsx-runtime/namespace.js';
import { report } from '../diagnostics/catalogue.js';
import { clipRules } from './clip-rules.js';
import { defineComponent } from './define.js';
import type { TimeRange } from './prop-types.js';
import { clipProp } from './prop-values.js';

export interface BrollProps {
  /** → `backgroundBrolls[].brollClip`: when in the scene it shows, in seconds. Omitted: Pictory decides. */
  clip?: TimeRange;
  /** One `*Background`: what the scene cuts to. */
  children?: DSLNode;
}

/**
 * A cut to another background in a `<Scene>`: `backgroundBrolls[]: {…background, brollClip}`, e.g.
 * `<Broll clip={{ start: 2, end: 5 }}><StockBackground query="crowd"/></Broll>`.
 */
export const Broll = defineComponent<BrollProps>()({
  name: 'Broll',
  place: { parents: ['Scene'], key: 'backgroundBrolls', many: true, misplaced: () => '<Broll> must be inside a <Scene>' },
  schema: z.strictObject({ clip: clipProp().optional() }),
  emit: (p, children) => ({ ...(children.background as Record<string, unknown> | undefined), brollClip: p.clip }),
  rules: (broll) => {
    const out = broll.props.clip ? clipRules(broll, [broll.props.clip], 'clip', true) : [];
    if (!broll.children.some((c) => c.key === 'background')) out.push(report(broll, 'broll-no-background'));
    return out;
  },
});
