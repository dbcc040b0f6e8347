/**
 * The JSX namespace of pictory-jsx: only the DSL's components (and your own function components built
 * from them) are valid tags. There are no intrinsic elements, so `<div>` is a type error.
 */
import type { ExoticComponent, Key, ReactElement } from 'react';

/** What a DSL component may return or receive as children. No promises: load data with `use()`. */
export type DSLNode =
  | ReactElement
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | Iterable<DSLNode>;

export declare namespace JSX {
  type ElementType = ((props: any) => DSLNode) | ExoticComponent<any>;
  interface Element extends ReactElement<any, any> {}
  interface ElementAttributesProperty {
    props: {};
  }
  interface ElementChildrenAttribute {
    children: {};
  }
  interface IntrinsicAttributes {
    key?: Key | null | undefined;
  }
  interface IntrinsicElements {}
}
