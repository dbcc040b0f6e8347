/**
 * The development JSX runtime (`"jsx": "react-jsxdev"`): the same elements as jsx-runtime, plus the
 * file:line:col of every element, so each diagnostic can point at the line that caused it.
 */
import type { ElementType, Key, ReactElement } from 'react';
import { Fragment } from 'react';
import { createElement } from './element.js';
import { toLocation, type JsxSource } from './locations.js';

export function jsxDEV(
  type: ElementType,
  props: Record<string, unknown>,
  key: Key | undefined,
  _isStaticChildren?: boolean,
  source?: JsxSource,
): ReactElement {
  return createElement(type, props, key, toLocation(source));
}

export { Fragment };
export type { JSX } from './namespace.js';
