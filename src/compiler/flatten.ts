/**
 * Pass 1 — flatten: HostRoot → FlatVideo[]. Places every host node by its role (video, scene, background,
 * voice, music), gives it a component path (`Video > Scene[2] > AIVideoBackground`), and reports nodes
 * that are in the wrong place: a scene outside a video, a background outside a scene, two backgrounds,
 * text where no text belongs, a tag that is not a DSL component.
 */
import { componentNames, specOf } from '../components/index.js';
import type { HostChild, HostElement, HostRoot } from '../renderer/host-tree.js';
import { error, type Located, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';

export interface FlatNode extends Located {
  type: string;
  props: Record<string, unknown>;
}

export interface FlatScene extends FlatNode {
  /** 1-based position among the video's scenes. */
  index: number;
  /** Text children, concatenated (undefined when there were none). */
  text?: string;
  background?: FlatNode;
  voiceOver?: FlatNode;
}

export interface FlatVideo extends FlatNode {
  scenes: FlatScene[];
  voiceOver?: FlatNode;
  music?: FlatNode;
}

export interface Flattened {
  /** Each video with the diagnostics found inside it. */
  videos: Array<{ video: FlatVideo; diagnostics: Diagnostic[] }>;
  /** Problems outside any video. */
  diagnostics: Diagnostic[];
}

export function flatten(root: HostRoot): Flattened {
  const diagnostics: Diagnostic[] = [];
  const videos: Flattened['videos'] = [];
  const rootPlace: Located = { path: '(top level)' };

  for (const child of visible(root.children)) {
    if (child.kind === 'text') {
      if (child.text.trim()) diagnostics.push(strayText(child.text, rootPlace, 'outside any <Video>'));
      continue;
    }
    const role = roleOf(child, rootPlace, diagnostics);
    if (role === 'video') {
      const own: Diagnostic[] = [];
      videos.push({ video: flattenVideo(child, own), diagnostics: own });
    }
    else if (role) diagnostics.push(misplaced(child, child.type, rootPlace));
  }
  return { videos, diagnostics };
}

function flattenVideo(element: HostElement, diagnostics: Diagnostic[]): FlatVideo {
  const video: FlatVideo = { type: element.type, props: element.props, path: 'Video', loc: element.loc, scenes: [] };
  for (const child of visible(element.children)) {
    if (child.kind === 'text') {
      if (child.text.trim()) diagnostics.push(strayText(child.text, video, 'directly in <Video>; put it in a <Scene>'));
      continue;
    }
    const role = roleOf(child, video, diagnostics);
    if (role === 'scene') video.scenes.push(flattenScene(child, video, video.scenes.length + 1, diagnostics));
    else if (role === 'voice') video.voiceOver = single(video.voiceOver, child, video, diagnostics);
    else if (role === 'music') video.music = single(video.music, child, video, diagnostics);
    else if (role) diagnostics.push(misplaced(child, `${video.path} > ${child.type}`, video));
  }
  return video;
}

function flattenScene(element: HostElement, video: FlatVideo, index: number, diagnostics: Diagnostic[]): FlatScene {
  const scene: FlatScene = { type: element.type, props: element.props, path: `${video.path} > Scene[${index}]`, loc: element.loc, index };
  for (const child of visible(element.children)) {
    if (child.kind === 'text') {
      scene.text = (scene.text ?? '') + child.text;
      continue;
    }
    const role = roleOf(child, scene, diagnostics);
    if (role === 'background') {
      if (scene.background) {
        diagnostics.push(
          error(
            leaf(child, scene),
            'two-backgrounds',
            `a scene has exactly one background, but this <Scene> already has <${scene.background.type}> (${where(scene.background.loc)}); remove one`,
          ),
        );
      } else scene.background = leaf(child, scene, diagnostics);
    } else if (role === 'voice') scene.voiceOver = single(scene.voiceOver, child, scene, diagnostics);
    else if (role === 'music') {
      diagnostics.push(error(leaf(child, scene), 'music-in-scene', 'background music belongs to the whole <Video>: move <BackgroundMusic> out of the <Scene>'));
    } else if (role) diagnostics.push(misplaced(child, `${scene.path} > ${child.type}`, scene));
  }
  return scene;
}

/** The role of a DSL element, or undefined (and a diagnostic) for anything else. */
function roleOf(element: HostElement, parent: Located, diagnostics: Diagnostic[]) {
  const spec = specOf(element.type);
  if (!spec) {
    const at: Located = { path: `${parent.path === '(top level)' ? '' : `${parent.path} > `}${element.type}`, loc: element.loc ?? parent.loc };
    diagnostics.push(
      error(at, 'unknown-component', `<${element.type}> is not a pictory-jsx component; use one of ${componentNames().map((n) => `<${n}>`).join(', ')}`),
    );
    return undefined;
  }
  return spec.role;
}

/** A background, voice or music node: reports children, which these components never take. */
function leaf(element: HostElement, parent: Located, diagnostics?: Diagnostic[]): FlatNode {
  const flat = node(element, `${parent.path} > ${element.type}`);
  if (diagnostics && visible(element.children).some((c) => c.kind === 'element' || c.text.trim())) {
    diagnostics.push(error(flat, 'unexpected-children', `<${element.type}> takes no children; everything it needs is in its props`));
  }
  return flat;
}

function single(existing: FlatNode | undefined, element: HostElement, parent: Located, diagnostics: Diagnostic[]): FlatNode {
  const flat = leaf(element, parent, diagnostics);
  if (existing) {
    diagnostics.push(error(flat, 'duplicate', `only one <${element.type}> is allowed here; another one is at ${where(existing.loc)}`));
    return existing;
  }
  return flat;
}

function misplaced(element: HostElement, path: string, parent: Located): Diagnostic {
  const at: Located = { path, loc: element.loc ?? parent.loc };
  const where = {
    video: 'a <Video> must be the top of the tree, not inside another component of the DSL',
    scene: 'a <Scene> must be directly inside a <Video>',
    background: `<${element.type}> must be inside a <Scene>`,
    voice: '<VoiceOver> must be inside a <Video> (for the whole video) or a <Scene> (to override it)',
    music: '<BackgroundMusic> must be inside a <Video>',
  }[specOf(element.type)!.role];
  return error(at, 'misplaced', where);
}

function strayText(text: string, place: Located, where: string): Diagnostic {
  const shown = text.trim().length > 40 ? `${text.trim().slice(0, 37)}…` : text.trim();
  return error(place, 'stray-text', `text "${shown}" is ${where}; only a <Scene> takes text (its story)`);
}

function node(element: HostElement, path: string): FlatNode {
  return { type: element.type, props: element.props, path, loc: element.loc };
}

function visible(children: HostChild[]): HostChild[] {
  return children.filter((c) => !c.hidden);
}

function where(loc: SourceLocation | undefined): string {
  return loc ? `line ${loc.line}` : 'elsewhere';
}
