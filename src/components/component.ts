/**
 * The public type of a DSL component, free of any schema library: at the type level a component is a
 * function of its props (which is what lets TypeScript check every prop at edit time); at runtime it is
 * just its name, a host type the renderer turns into a host node. The published declarations of every
 * component file reach only this file, so a user's type-check never loads zod.
 */
import type { JSX } from '../../jsx-runtime/namespace.js';

/** The prop every component takes, beside its own. */
export interface ExtraProp {
  /**
   * Fields merged as they are into this component's JSON object, for what the DSL does not write yet:
   * `extra={{ someNewField: true }}`. Sent unchecked (a warning names them); overriding a field the
   * component writes is an error.
   */
  extra?: Readonly<Record<string, unknown>>;
}

export type Component<P> = (props: P & ExtraProp) => JSX.Element;
