/**
 * Where each element was written. The location is stored on the element's props object under a shared
 * symbol (the reconciler hands that same object to the renderer's createInstance), with a WeakMap as the
 * fallback for props objects that cannot take a property (frozen by React's development build, or by the
 * user). Both live behind `Symbol.for` keys so that every copy of this module — tsx can load the package
 * twice, once for the CLI and once inside the user's module graph — reads the same locations.
 */
import type { SourceLocation } from '../src/diagnostics/diagnostic.js';

/** The props key holding an element's location. Symbol-keyed, so `for…in` and JSON never see it. */
export const LOCATION: unique symbol = Symbol.for('pictory-jsx.location') as never;

const REGISTRY = Symbol.for('pictory-jsx.locations');
type Registry = WeakMap<object, SourceLocation>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = new WeakMap());

/** Source position as the TypeScript/esbuild `react-jsxdev` transform passes it to `jsxDEV`. */
export interface JsxSource {
  fileName?: string;
  lineNumber?: number;
  columnNumber?: number;
}

export function toLocation(source: JsxSource | undefined): SourceLocation | undefined {
  if (!source || typeof source.fileName !== 'string' || typeof source.lineNumber !== 'number') return undefined;
  return { file: source.fileName, line: source.lineNumber, column: typeof source.columnNumber === 'number' ? source.columnNumber : 1 };
}

/** Attach a location to a props object: a symbol property when it can take one, else the registry. */
export function recordLocation(props: object, loc: SourceLocation | undefined): void {
  if (!loc) return;
  if (Object.isExtensible(props)) (props as Record<symbol, unknown>)[LOCATION] = loc;
  else registry.set(props, loc);
}

export function locationOf(props: object): SourceLocation | undefined {
  try {
    const own = (props as Record<symbol, unknown>)[LOCATION];
    if (own !== undefined) return own as SourceLocation;
  } catch {
    return undefined; // a hostile Proxy as props: no location rather than a crash
  }
  return registry.get(props);
}
