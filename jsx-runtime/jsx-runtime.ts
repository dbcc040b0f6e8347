/**
 * The production JSX runtime (`"jsx": "react-jsx"`). Elements are React elements; no source locations
 * are recorded here (the CLI compiles user files with `react-jsxdev`, which goes through jsxDEV).
 */
export { jsx, jsxs, Fragment } from 'react/jsx-runtime';
export type { JSX } from './namespace.js';
