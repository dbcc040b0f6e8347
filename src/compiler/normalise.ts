/**
 * Pass 2 — normalise: settle each scene's story (the `story` prop or the text children, not both),
 * and drop props whose value is `undefined` (so `prop={maybe}` means "not set").
 */
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FlatNode, FlatScene, FlatVideo } from './flatten.js';

export interface NormalScene extends FlatScene {
  story?: string;
}

export interface NormalVideo extends FlatVideo {
  scenes: NormalScene[];
}

export function normalise(video: FlatVideo): { video: NormalVideo; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const scenes = video.scenes.map((scene): NormalScene => {
    const text = scene.text?.trim() ? scene.text.trim() : undefined;
    const prop = scene.props.story;
    if (text !== undefined && prop !== undefined) {
      diagnostics.push(error(scene, 'story-twice', 'the story is given twice, as the `story` prop and as text children; keep one', 'story'));
    }
    // A non-string `story` prop stays in props, for validate to report its type.
    const props = defined(scene.props, typeof prop === 'string' ? 'story' : undefined);
    return {
      type: scene.type,
      path: scene.path,
      loc: scene.loc,
      index: scene.index,
      props,
      story: typeof prop === 'string' ? prop : text,
      background: definedNode(scene.background),
      voiceOver: definedNode(scene.voiceOver),
    };
  });
  return {
    video: {
      type: video.type,
      path: video.path,
      loc: video.loc,
      props: defined(video.props),
      scenes,
      voiceOver: definedNode(video.voiceOver),
      music: definedNode(video.music),
    },
    diagnostics,
  };
}

function definedNode(node: FlatNode | undefined): FlatNode | undefined {
  return node && { type: node.type, path: node.path, loc: node.loc, props: defined(node.props) };
}

/** The props without those set to `undefined` (and without `skip`). */
function defined(props: Record<string, unknown>, skip?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) if (props[key] !== undefined && key !== skip) out[key] = props[key];
  return out;
}
