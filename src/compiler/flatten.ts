/**
 * Pass 1 — flatten: HostRoot → one RawNode tree per `<Video>`. Places every host node where its
 * component's declaration says it goes (`place.parents`, `place.key`), gives it a component path
 * (`Video > Scene[2] > AIVideoBackground`), records where it was written, and reports nodes in the wrong
 * place: a scene outside a video, a background outside a scene, two backgrounds, text where no text
 * belongs, children of a component that takes none, a tag that is not a DSL component.
 */
import { allSpecs, specOf, type ComponentSpec } from './components.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic, Located, SourceLocation } from '../diagnostics/diagnostic.js';
import type { HostChild, HostElement, HostRoot } from '../renderer/host-tree.js';
import type { RawNode } from './tree.js';

export interface Flattened {
  /** Each video with the diagnostics found inside it and where each of its nodes was written. */
  videos: Array<{ video: RawNode; diagnostics: Diagnostic[]; locations: Map<string, SourceLocation> }>;
  /** Problems outside any video. */
  diagnostics: Diagnostic[];
}

const TOP: Located = { path: '(top level)' };

export function flatten(root: HostRoot): Flattened {
  const out: Flattened = { videos: [], diagnostics: [] };
  for (const child of visible(root.children)) {
    if (child.kind === 'text') {
      if (child.text.trim()) out.diagnostics.push(strayText(child.text, TOP, 'outside any <Video>'));
      continue;
    }
    const spec = knownSpec(child, TOP, out.diagnostics);
    if (!spec) continue;
    if (spec.place.parents.length > 0) {
      out.diagnostics.push(report(at(child, child.type, TOP), 'misplaced', { where: spec.place.misplaced(child.type) }));
      continue;
    }
    const diagnostics: Diagnostic[] = [];
    const locations = new Map<string, SourceLocation>();
    const video = place(child, spec, child.type, spec.place.key, undefined, diagnostics, locations);
    out.videos.push({ video, diagnostics, locations });
  }
  return out;
}

function place(
  element: HostElement,
  spec: ComponentSpec,
  path: string,
  key: string,
  index: number | undefined,
  diagnostics: Diagnostic[],
  locations: Map<string, SourceLocation>,
): RawNode {
  const node: RawNode = { type: element.type, path, loc: element.loc, props: element.props, key, index, children: [] };
  if (element.loc) locations.set(path, element.loc);
  const children = visible(element.children);
  if (!takesChildren(spec)) {
    if (children.some((c) => c.kind === 'element' || c.text.trim())) diagnostics.push(report(node, 'unexpected-children', { tag: spec.name }));
    return node;
  }
  const counts = new Map<string, number>();
  const single = new Map<string, RawNode>();
  for (const child of children) {
    if (child.kind === 'text') {
      if (spec.textProp) node.text = (node.text ?? '') + child.text;
      else if (child.text.trim()) diagnostics.push(strayText(child.text, node, `directly in <${spec.name}>`));
      continue;
    }
    const childSpec = knownSpec(child, node, diagnostics);
    if (!childSpec) continue;
    const { place: where } = childSpec;
    if (!where.parents.includes(spec.name)) {
      const target = at(child, `${path} > ${child.type}`, node);
      const specific = where.misplacedIn?.[spec.name];
      diagnostics.push(specific ? report(target, specific) : report(target, 'misplaced', { where: where.misplaced(child.type) }));
      continue;
    }
    const n = (counts.get(where.key) ?? 0) + 1;
    counts.set(where.key, n);
    const existing = single.get(where.key);
    const gathered = existing !== undefined && where.gather !== undefined && existing.type === child.type;
    const childPath = `${path} > ${child.type}${where.many || gathered ? `[${n}]` : ''}`;
    if (existing && !gathered) {
      const target = at(child, childPath, node);
      const line = lineOf(existing.loc);
      diagnostics.push(
        where.duplicate ? report(target, where.duplicate, { existing: existing.type, line }) : report(target, 'duplicate', { tag: child.type, line }),
      );
      continue;
    }
    const placed = place(child, childSpec, childPath, where.key, where.many ? n : undefined, diagnostics, locations);
    if (!where.many && !existing) single.set(where.key, placed);
    node.children.push(placed);
  }
  return node;
}

const childBearing = new Map<string, boolean>();

/** Whether any component may be written in this one, or it takes text. */
function takesChildren(spec: ComponentSpec): boolean {
  let takes = childBearing.get(spec.name);
  if (takes === undefined) {
    takes = Boolean(spec.textProp) || allSpecs().some((s) => s.place.parents.includes(spec.name));
    childBearing.set(spec.name, takes);
  }
  return takes;
}

/** The spec of a DSL element, or undefined (and a diagnostic) for anything else. */
function knownSpec(element: HostElement, parent: Located, diagnostics: Diagnostic[]): ComponentSpec | undefined {
  const spec = specOf(element.type);
  if (!spec) {
    const path = parent === TOP ? element.type : `${parent.path} > ${element.type}`;
    const known = allSpecs()
      .map((s) => `<${s.name}>`)
      .join(', ');
    diagnostics.push(report(at(element, path, parent), 'unknown-component', { tag: element.type, known }));
  }
  return spec;
}

function strayText(text: string, place: Located, where: string): Diagnostic {
  const trimmed = text.trim();
  const shown = trimmed.length > 40 ? `${trimmed.slice(0, 37)}…` : trimmed;
  const takers = allSpecs()
    .filter((s) => s.textProp)
    .map((s) => `<${s.name}> (its ${s.textProp})`)
    .join(', ');
  return report(place, 'stray-text', { text: shown, where, takers });
}

function at(element: HostElement, path: string, parent: Located): Located {
  return { path, loc: element.loc ?? parent.loc };
}

function visible(children: HostChild[]): HostChild[] {
  return children.filter((c) => !c.hidden);
}

function lineOf(loc: SourceLocation | undefined): string {
  return loc ? `line ${loc.line}` : 'elsewhere';
}
