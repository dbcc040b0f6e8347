/**
 * An error thrown while rendering the user's components, with where it happened: the component that
 * threw and the first stack frame in the user's own code.
 */
import { fileURLToPath } from 'node:url';
import type { SourceLocation } from '../diagnostics/diagnostic.js';

export class RenderError extends Error {
  override name = 'RenderError';
  constructor(
    message: string,
    /** Innermost component in the component stack, e.g. `ProductScene`. */
    readonly component: string | undefined,
    /** First stack frame outside node_modules and outside pictory-jsx itself. */
    readonly loc: SourceLocation | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const FRAME = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/;
/** Frames in these folders are ours or a library's, never the line the user needs to see. */
const NOT_USER_CODE = [fileURLToPath(new URL('../', import.meta.url)), fileURLToPath(new URL('../../jsx-runtime/', import.meta.url))];
const isUserFile = (file: string) => !file.includes('/node_modules/') && !NOT_USER_CODE.some((dir) => file.startsWith(dir));

/** Turn whatever a component threw into a RenderError naming its component and source line. */
export function toRenderError(thrown: unknown, componentStack: string | null | undefined): RenderError {
  if (thrown instanceof RenderError) return thrown;
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  const component = /at (\w[\w$.]*)/.exec(componentStack ?? '')?.[1] ?? /in (\w[\w$.]*)/.exec(componentStack ?? '')?.[1];
  return new RenderError(error.message, component, userFrame(error.stack), { cause: error });
}

function userFrame(stack: string | undefined): SourceLocation | undefined {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const file = (match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1]).replace(/\?.*$/, '');
    if (!isUserFile(file)) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
