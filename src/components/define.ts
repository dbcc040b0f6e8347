/**
 * How a DSL component is made. At runtime a component is just its name — a host type that the renderer
 * turns into a host node — so a tree of DSL components costs no extra fibers. At the type level it is a
 * function of its props, which is what lets TypeScript check every prop at edit time.
 */
import type { z } from 'zod';
import type { DSLNode, JSX } from '../../jsx-runtime/namespace.js';

/** What a component is for; the compiler's flatten pass places nodes by role. */
export type Role = 'video' | 'scene' | 'background' | 'voice' | 'music';

export interface ComponentSpec {
  name: string;
  role: Role;
  /** Props schema (children excluded). Strict: an unknown prop is an error, never silently dropped. */
  props: z.ZodObject;
  /** Whether text children are meaningful (a Scene's story). */
  acceptsText: boolean;
}

const specs = new Map<string, ComponentSpec>();

/** Declare a component: registers its spec and returns the typed host-type value users write as a tag. */
export function defineComponent<P>(spec: ComponentSpec): (props: P) => JSX.Element {
  specs.set(spec.name, spec);
  return spec.name as unknown as (props: P) => JSX.Element;
}

/** The spec of a host type, or undefined for anything that is not a DSL component. */
export function specOf(type: string): ComponentSpec | undefined {
  return specs.get(type);
}

export function componentNames(): string[] {
  return [...specs.keys()];
}

export type { DSLNode };
