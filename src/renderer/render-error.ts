/**
 * An error thrown while rendering the user's components, with where it happened: the component that
 * threw and the line it was written on (the element's location when known, else the first stack frame in
 * the user's own code).
 */
import { fileURLToPath } from 'node:url';
import { AsyncComponentError } from '../../jsx-runtime/element.js';
import { cut, describeValue } from '../diagnostics/describe.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';

/** What went wrong: a component threw, an async function was used as a component, data never came, or a child is not renderable. */
export type RenderErrorKind = 'component-threw' | 'async-component' | 'suspended' | 'bad-child';

export class RenderError extends Error {
  override name = 'RenderError';
  constructor(
    message: string,
    /** Innermost component in the component stack, e.g. `ProductScene`. */
    readonly component: string | undefined,
    /** Where the failing element was written, or the first stack frame in the user's own code. */
    readonly loc: SourceLocation | undefined,
    options?: { cause?: unknown; kind?: RenderErrorKind },
  ) {
    super(message, options);
    this.kind = options?.kind ?? 'component-threw';
  }
  readonly kind: RenderErrorKind;
}

const FRAME = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/;
/** Frames in these folders are ours or a library's, never the line the user needs to see. */
const NOT_USER_CODE = [fileURLToPath(new URL('../', import.meta.url)), fileURLToPath(new URL('../../jsx-runtime/', import.meta.url))];
const isUserFile = (file: string) => !file.includes('/node_modules/') && !NOT_USER_CODE.some((dir) => file.startsWith(dir));

/** React's production build numbers its errors; these are the ones a video's author can meet. */
const REACT_ERRORS: Record<string, string> = {
  '31': 'an object is not a valid child (only elements, text, numbers and arrays of them are)',
  '130': 'an element has an invalid type: a component that is undefined or not a function (check the import)',
  '152': 'a component returned undefined; return null to render nothing',
  '185': 'too many nested updates: a component updates state on every render',
  '301': 'too many re-renders: a component sets state while rendering',
  '321': 'a hook was called outside a component (hooks only work while a component renders)',
  '460': 'a component suspended outside use(); load data with use(promise)',
  '482': 'an async component was rendered; load data with use(), or make the file\'s default export an async function',
};

/** Turn whatever a component threw into a RenderError naming its component and source line. */
export function toRenderError(thrown: unknown, componentStack: string | null | undefined): RenderError {
  try {
    return describeError(thrown, componentStack);
  } catch {
    return new RenderError('a component threw a value that cannot be read', undefined, undefined);
  }
}

function describeError(thrown: unknown, componentStack: string | null | undefined): RenderError {
  if (thrown instanceof RenderError) return thrown;
  const component = /at (\w[\w$.]*)/.exec(componentStack ?? '')?.[1] ?? /in (\w[\w$.]*)/.exec(componentStack ?? '')?.[1];
  if (thrown instanceof AsyncComponentError) return new RenderError(thrown.message, thrown.component, thrown.loc, { cause: thrown, kind: 'async-component' });
  const error = thrown instanceof Error ? thrown : new Error(describeThrown(thrown));
  const raw = safeMessage(error);
  const message = readable(raw, component);
  const kind = /^Minified React error #482/.test(raw) ? 'async-component' : 'component-threw';
  // The error's own stack names the user's line when user code threw; React's errors point into React,
  // and then the component stack's first user component is the nearest line we know.
  const loc = userFrame(safeStack(error)) ?? userFrame(componentStack ?? undefined, 0);
  return new RenderError(message, component, loc, { cause: error, kind });
}

function readable(message: string, component: string | undefined): string {
  const code = /^Minified React error #(\d+)/.exec(message)?.[1];
  if (!code) return message;
  if (code === '482' && component) return `<${component}> is an async component; load data with use(), or make the file's default export an async function`;
  return REACT_ERRORS[code] ?? `React error #${code} (https://react.dev/errors/${code})`;
}

/** A thrown value that is not an Error: a string is its own message; anything else is described. */
function describeThrown(thrown: unknown): string {
  return typeof thrown === 'string' ? cut(thrown, 500) : `${describeValue(thrown)} (not an Error)`;
}

function safeMessage(error: Error): string {
  try {
    const text = String(error.message);
    return text.length > 500 ? `${text.slice(0, 499)}…` : text;
  } catch {
    return 'an error whose message cannot be read';
  }
}

function safeStack(error: Error): string | undefined {
  try {
    return typeof error.stack === 'string' ? error.stack : undefined;
  } catch {
    return undefined;
  }
}

function userFrame(stack: string | undefined, skip = 1): SourceLocation | undefined {
  for (const line of (stack ?? '').split('\n').slice(skip)) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const file = (match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1]).replace(/\?.*$/, '');
    if (!isUserFile(file)) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
