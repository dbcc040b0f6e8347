/**
 * How a DSL component is declared — once, in its own file: its name, where it goes in the tree and in
 * Pictory's JSON (`place`), its public props interface, the zod schema that checks those props at
 * runtime, the JSON it writes (`emit`), its own rules, and, for AI media, its price (`credits`).
 *
 * The props interface (public, with TSDoc) and the schema (internal) are kept equal by the type system:
 * `defineComponent<Props>()({ schema, … })` does not compile when they differ in a prop's name, its
 * optionality or its type (see `SameProps`). Nothing here is visible in the published declarations: a
 * component file's `.d.ts` says only `Component<Props>`.
 */
import type { z } from 'zod';
import type { DiagnosticCode, MessageArgs } from '../diagnostics/catalogue.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { Component } from './component.js';

export type Json = { [key: string]: unknown };

/** The catalogue codes whose message takes exactly these arguments. */
type CodeTaking<A> = { [C in DiagnosticCode]: [MessageArgs<C>] extends [A] ? ([A] extends [MessageArgs<C>] ? C : never) : never }[DiagnosticCode];

/** Where a component goes: which parents take it, and which key of the parent's JSON it fills. */
export interface Place {
  /** The components it may be written in (none: it is the root, `<Video>`). */
  parents: readonly string[];
  /** The key of the parent's JSON its own JSON goes to: `scenes`, `background`, `voiceOver`, … */
  key: string;
  /** Several in one parent, kept in JSX order as an array (`scenes`); otherwise at most one per key. */
  many?: boolean;
  /** Said to a user who wrote it elsewhere, e.g. `<ColorBackground> must be inside a <Scene>`. */
  misplaced: (tag: string) => string;
  /** A more specific code for a given wrong parent (BackgroundMusic in a Scene: `music-in-scene`). */
  misplacedIn?: Readonly<Record<string, CodeTaking<void>>>;
  /** The code when a second one is given for the same key (default `duplicate`), e.g. `two-backgrounds`. */
  duplicate?: CodeTaking<{ existing: string; line: string }>;
  /**
   * Several of this component in one parent make ONE JSON: each later one is merged into the JSON so far
   * (several `<VoiceOver>` → one `voiceOver` with several `aiVoices`). The later ones' paths get their rank
   * (`VoiceOver[2]`). Another component for the same key is still a duplicate.
   */
  gather?: (sofar: Json, next: Json) => Json;
}

/** A node of the tree after validate: props checked against the schema, children placed. */
export interface Node<P = Record<string, unknown>> {
  type: string;
  path: string;
  loc?: SourceLocation;
  props: P;
  /** The parent JSON key this node fills (see Place.key); `video` for the root. */
  key: string;
  /** 1-based position among its parent's children of the same key, for `many` places. */
  index?: number;
  children: Node[];
}

export interface RuleContext {
  /** The root `<Video>` node (its props are valid when this component's rules run). */
  video: Node;
  parent?: Node;
}

/** What one AI visual of this component costs: per image, or per second of clip. */
export type Price =
  | { model: string; kind: 'image'; unitCost: number }
  | { model: string; kind: 'video'; unitCost: number; seconds: number };

export interface ComponentSpec<S extends z.ZodObject = z.ZodObject> {
  name: string;
  place: Place;
  /** Props schema (children excluded). Strict: an unknown prop is an error, never silently dropped. */
  schema: S;
  /** Text children fill this prop (a Scene's `story`); without it, text children are an error. */
  textProp?: string;
  /** The component's own JSON. `children` holds the JSON of its child components by key. */
  emit: (props: z.output<S>, children: Record<string, Json | Json[]>) => Json;
  /** Rules beyond the schema, run only when this node's props passed it. */
  rules?: (node: Node<z.output<S>>, context: RuleContext) => Diagnostic[];
  /** For AI media: what one visual costs. Undefined when nothing is billed. */
  credits?: (props: z.output<S>) => Price | undefined;
}

const specs = new Map<string, ComponentSpec>();

/**
 * Declare a component: `export const Scene = defineComponent<SceneProps>()({ name: 'Scene', … })`.
 * Registers the spec (for the compiler) and returns the typed tag users write. Fails to compile when the
 * schema's props differ from `P`.
 */
export function defineComponent<P>() {
  return <S extends z.ZodObject>(spec: ComponentSpec<S> & SameProps<Omit<P, 'children'>, z.output<S>>): Component<P> => {
    specs.set(spec.name, spec as unknown as ComponentSpec);
    return spec.name as unknown as Component<P>;
  };
}

/** The spec of a host type, or undefined for anything that is not a DSL component. */
export function specOf(type: string): ComponentSpec | undefined {
  return specs.get(type);
}

export function allSpecs(): ComponentSpec[] {
  return [...specs.values()];
}

// ── The type-level check that a props interface and its schema agree ─────────────────────────────────

/** Every key of every member of a union. */
type KeysOf<T> = T extends unknown ? keyof T : never;
/** Keys that are required in every member of a union. */
type RequiredIn<T> = {
  [K in KeysOf<T>]-?: (T extends unknown ? (K extends keyof T ? ({} extends Pick<T, K> ? 1 : 0) : 1) : never) extends 0 ? K : never;
}[KeysOf<T>] &
  KeysOf<T>;
/** A key's value types across the members of a union (`never` from `?: never` members drops out). */
type ValueOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? Exclude<T[K], undefined> : never) : never;
/**
 * Arrays compare as readonly, objects key by key with their optionality. A union of object types (exclusive
 * props in a nested object, `{ speed: 'custom'; customSpeedValue?: number } | …`) is merged as at the top
 * level: `[T]` keeps the check from distributing over its members.
 */
type Plain<T> = [T] extends [readonly (infer E)[]]
  ? readonly Plain<E>[]
  : [T] extends [(...args: never[]) => unknown]
    ? T
    : [T] extends [object]
      ? { [K in KeysOf<T>]?: Plain<ValueOf<T, K>> } & { [K in RequiredIn<T>]-?: unknown }
      : T;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatched<P, S> = {
  [K in KeysOf<P> | KeysOf<S>]: K extends KeysOf<P>
    ? K extends KeysOf<S>
      ? Mutual<Plain<ValueOf<P, K>>, Plain<ValueOf<S, K>>> extends true
        ? (K extends RequiredIn<P> ? 1 : 0) extends (K extends RequiredIn<S> ? 1 : 0)
          ? never
          : `${K & string}: required in one, optional in the other`
        : `${K & string}: the types differ`
      : `${K & string}: in the props interface, not in the schema`
    : `${K & string}: in the schema, not in the props interface`;
}[KeysOf<P> | KeysOf<S>];
/** `unknown` when the props and the schema agree; otherwise a required property naming the difference. */
export type SameProps<P, S> = [Mismatched<P, S>] extends [never] ? unknown : { propsAndSchemaDiffer: Mismatched<P, S> };
