/**
 * The production JSX runtime (`"jsx": "react-jsx"`). Elements are React elements, made by the package's
 * own factory (element.ts); no source locations are recorded here (the CLI compiles user files with
 * `react-jsxdev`, which goes through jsxDEV).
 */
import type { ElementType, Key, ReactElement } from 'react';
import { Fragment } from 'react';
import { createElement } from './element.js';

export function jsx(type: ElementType, props: Record<string, unknown>, key?: Key): ReactElement {
  return createElement(type, props, key, undefined);
}

export const jsxs = jsx;
export { Fragment };
export type { JSX } from './namespace.js';
