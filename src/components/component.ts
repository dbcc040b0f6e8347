/**
 * The public type of a DSL component, free of any schema library: at the type level a component is a
 * function of its props (which is what lets TypeScript check every prop at edit time); at runtime it is
 * just its name, a host type the renderer turns into a host node. The published declarations of every
 * component file reach only this file, so a user's type-check never loads zod.
 */
import type { JSX } from '../../jsx-runtime/namespace.js';

export type Component<P> = (props: P) => JSX.Element;
