/**
 * The tree types that flow through the compiler passes, in pipeline order:
 * HostRoot (renderer) → RawNode (flatten) → RawNode without text (normalise) → ValidVideo (validate)
 * → CreditReport (estimate) and PictoryRequest (emit). Only validate makes a ValidVideo, and only when
 * it found no error, so estimate and emit cannot be handed an unchecked tree.
 */
import type { Node } from './components.js';

/** A DSL node placed in the tree: its component, path, props as written, and children by place. */
export interface RawNode extends Node {
  children: RawNode[];
  /** Text children, concatenated (flatten only; normalise moves them to the component's text prop). */
  text?: string;
}

declare const checked: unique symbol;

/** A `<Video>` whose every node passed its schema and its rules: the only input of estimate and emit. */
export type ValidVideo = Node & { readonly [checked]: true };
