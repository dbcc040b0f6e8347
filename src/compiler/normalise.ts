/**
 * Pass 2 — normalise: text children become the component's text prop (a Scene's `story`; the prop and
 * the text are not both allowed), and props whose value is `undefined` are dropped (so `prop={maybe}`
 * means "not set").
 */
import { specOf } from './components.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RawNode } from './tree.js';

export function normalise(video: RawNode): { video: RawNode; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  return { video: normal(video, diagnostics), diagnostics };
}

function normal(node: RawNode, diagnostics: Diagnostic[]): RawNode {
  const props = defined(node.props);
  const prop = specOf(node.type)?.textProp;
  const text = node.text?.trim();
  if (prop && text) {
    if (props[prop] !== undefined) diagnostics.push(report(node, 'story-twice', { prop }, prop));
    else props[prop] = text;
  }
  return {
    type: node.type,
    path: node.path,
    loc: node.loc,
    key: node.key,
    index: node.index,
    props,
    children: node.children.map((child) => normal(child, diagnostics)),
  };
}

/** The props without those set to `undefined`. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) if (props[key] !== undefined) out[key] = props[key];
  return out;
}
