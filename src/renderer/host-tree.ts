/**
 * The renderer's output: a plain tree of the DSL's host nodes. No fibers, no React: the compiler reads
 * only this.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js';

export interface HostElement {
  kind: 'element';
  /** The component's name, e.g. `Scene` (or whatever string a non-DSL host element used). */
  type: string;
  /** Props as written, without `children` (a `ref` given to a DSL component is kept, to be reported). */
  props: Record<string, unknown>;
  children: HostChild[];
  /** Where the element was written (present when compiled with `react-jsxdev`). */
  loc?: SourceLocation;
  /** Hidden by a suspended `<Suspense>` boundary: not part of the output. */
  hidden?: boolean;
}

export interface HostText {
  kind: 'text';
  text: string;
  hidden?: boolean;
}

export type HostChild = HostElement | HostText;

/** A problem the render itself met but survived: an error a user's error boundary caught. */
export interface RenderProblem {
  message: string;
  /** The component that threw, e.g. `ProductScene`. */
  component?: string;
  loc?: SourceLocation;
}

export interface HostRoot {
  children: HostChild[];
  /** Number of commits so far; the renderer uses it to know when a suspended tree has arrived. */
  commits: number;
  /** Errors caught by error boundaries while rendering: the output holds the boundary's fallback. */
  caught?: RenderProblem[];
}
