/**
 * Pass 3 — validate: every node's props against its component's schema (types, lists, ranges, formats,
 * unknown props), then each component's own rules (a duration the model does not offer, width without
 * height, a video with no scene, music with no source, and the warnings for what Pictory would silently
 * change). A component's rules run only when its own props passed the schema, so they may trust them.
 * The result is a ValidVideo only when no error was found.
 */
import { specOf, type Node, type RuleContext } from './components.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { extraRules, ownProps } from './extra.js';
import { propIssues } from './prop-issues.js';
import type { RawNode, ValidVideo } from './tree.js';

export type Validated = { ok: true; video: ValidVideo; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function validate(video: RawNode): Validated {
  const diagnostics: Diagnostic[] = [];
  const propsOk = new Set<Node>();
  check(video, diagnostics, propsOk);
  runRules(video, { video }, diagnostics, propsOk);
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, video: video as unknown as ValidVideo, diagnostics };
}

function check(node: RawNode, diagnostics: Diagnostic[], propsOk: Set<Node>): void {
  const spec = specOf(node.type)!;
  const props = ownProps(node.props);
  const result = spec.schema.safeParse(props);
  if (result.success) propsOk.add(node);
  else diagnostics.push(...propIssues(spec, node, props, result.error.issues));
  for (const child of node.children) check(child, diagnostics, propsOk);
}

function runRules(node: RawNode, context: RuleContext, diagnostics: Diagnostic[], propsOk: Set<Node>): void {
  const rules = specOf(node.type)!.rules;
  // Rules that read the video's props (an aspect ratio) need them checked too.
  if (rules && propsOk.has(node) && propsOk.has(context.video)) diagnostics.push(...rules(node, context));
  if (propsOk.has(node)) diagnostics.push(...extraRules(node));
  for (const child of node.children) runRules(child, { video: context.video, parent: node }, diagnostics, propsOk);
}
