/**
 * Where each element was written, keyed by the element's props object (React passes that same object to
 * the renderer's createInstance). Kept on globalThis so that every copy of this module — tsx can load the
 * package twice, once for the CLI and once inside the user's module graph — shares one registry.
 */
import type { SourceLocation } from '../src/diagnostics/diagnostic.js';

const KEY = Symbol.for('pictory-jsx.locations');
type Registry = WeakMap<object, SourceLocation>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = new WeakMap());

/** Source position as the TypeScript/esbuild `react-jsxdev` transform passes it to `jsxDEV`. */
export interface JsxSource {
  fileName?: string;
  lineNumber?: number;
  columnNumber?: number;
}

export function recordLocation(props: object, source: JsxSource | undefined): void {
  if (!source?.fileName || source.lineNumber === undefined) return;
  registry.set(props, { file: source.fileName, line: source.lineNumber, column: source.columnNumber ?? 1 });
}

export function locationOf(props: object): SourceLocation | undefined {
  return registry.get(props);
}
