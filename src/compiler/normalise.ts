/**
 * Pass 2 — normalise: settle each scene's story (the `story` prop or the text children, not both),
 * and drop props whose value is `undefined` (so `prop={maybe}` means "not set").
 */
import { error } from './diagnostics.js';
import type { FlatNode, FlatScene, FlatVideo } from './flatten.js';
import type { Diagnostic } from './types.js';

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
    const { story: _story, ...props } = defined(scene.props);
    const story = typeof prop === 'string' ? prop : text;
    return {
      ...scene,
      props: prop !== undefined && typeof prop !== 'string' ? { ...props, story: prop } : props,
      story,
      background: definedNode(scene.background),
      voiceOver: definedNode(scene.voiceOver),
    };
  });
  return {
    video: { ...video, props: defined(video.props), scenes, voiceOver: definedNode(video.voiceOver), music: definedNode(video.music) },
    diagnostics,
  };
}

function definedNode<T extends FlatNode | undefined>(node: T): T {
  return (node && { ...node, props: defined(node.props) }) as T;
}

function defined(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) if (props[key] !== undefined) out[key] = props[key];
  return out;
}
