/**
 * The development JSX runtime (`"jsx": "react-jsxdev"`): the same elements as jsx-runtime, plus the
 * file:line:col of every element, so each diagnostic can point at the line that caused it.
 */
import type { ElementType, Key, ReactElement } from 'react';
import { jsx, jsxs, Fragment } from 'react/jsx-runtime';
import { recordLocation, type JsxSource } from './locations.js';

export function jsxDEV(
  type: ElementType,
  props: Record<string, unknown>,
  key: Key | undefined,
  isStaticChildren: boolean,
  source?: JsxSource,
): ReactElement {
  const element = (isStaticChildren ? jsxs : jsx)(type, props, key);
  recordLocation(element.props as object, source);
  return element;
}

export { Fragment };
export type { JSX } from './namespace.js';
