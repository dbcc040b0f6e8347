/**
 * Load a user's video file with tsx and return what its default export yields: one node per element
 * (a `<Video>`, or a component that renders one or more videos).
 *
 * The file is always compiled with `react-jsxdev` and `jsxImportSource: "pictory-jsx"` — whatever the
 * user's tsconfig says — so every element carries its source location. We do that with a generated
 * tsconfig that extends the user's own (keeping their `paths`) and includes every file, because tsx only
 * applies a tsconfig to files it includes. The generated file is named by a hash of its content and kept in
 * the temporary folder, so later runs find it already written.
 *
 * Once tsx is registered, every module import goes through its resolve/load hooks (a round trip to the
 * hooks thread each), so the library the user's file imports is loaded *before* registering: its modules are
 * then already in the module cache when the user's `import … from 'pictory-jsx'` resolves to them.
 */
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, isValidElement, type ReactNode } from 'react';
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';
import { UserInputError } from './errors.js';
import { privateDir } from './private-dir.js';

const registered = new Set<string>();

export interface LoadOptions {
  /** `--data` rows: the default export must then be a function, called with them. */
  rows?: Record<string, unknown>[];
}

export async function loadVideos(file: string, { rows }: LoadOptions = {}): Promise<ReactNode[]> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new UserInputError(`${file}: no such file`);
  await preloadLibrary();
  useJsxDevFor(absolute);

  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(absolute).href);
  } catch (error) {
    throw new UserInputError(loadFailure(file, error));
  }
  module = commonJsExports(module);
  if (!('default' in module) || module.default === undefined) {
    throw new UserInputError(
      `${file} has no default export: end it with \`export default <Video …/>\` (or a component, an array of videos, or a function returning them)`,
    );
  }
  if (rows) return fromRows(file, module.default, rows);
  return toNodes(file, module.default);
}

/** `--data`: call the default export with the rows, like `export default (rows) => rows.map(row => <Video …/>)`. */
async function fromRows(file: string, value: unknown, rows: Record<string, unknown>[]): Promise<ReactNode[]> {
  if (typeof value !== 'function') {
    throw new UserInputError(
      `${file}: --data passes rows to the default export, so it must be a function, e.g. \`export default (rows) => rows.map((row) => <Video name={row.name}>…</Video>)\``,
    );
  }
  return toNodes(file, await callExport(file, () => (value as (rows: unknown) => unknown)(rows)));
}

/**
 * A CommonJS module imported from ESM arrives as `{ default: module.exports }`; a .tsx compiled to CommonJS
 * puts its own default export at `module.exports.default` (marked `__esModule`). Unwrap that layer.
 */
function commonJsExports(module: Record<string, unknown>): Record<string, unknown> {
  const inner = module.default as Record<string, unknown> | undefined;
  if (inner && typeof inner === 'object' && (inner as { __esModule?: boolean }).__esModule) return inner;
  return module;
}

/** The package root and JSX runtime a video file imports, loaded ahead of tsx (see above). */
async function preloadLibrary(): Promise<void> {
  await Promise.all([import('../index.js'), import('../../jsx-runtime/jsx-dev-runtime.js')]);
}

/** Register tsx once per tsconfig, with JSX forced to pictory-jsx's dev runtime. */
function useJsxDevFor(file: string): void {
  const userConfig = findUp(path.dirname(file), 'tsconfig.json');
  const config = {
    ...(userConfig ? { extends: userConfig } : {}),
    compilerOptions: { jsx: 'react-jsxdev', jsxImportSource: 'pictory-jsx', allowJs: true },
    include: ['/**/*'],
    exclude: [], // an inherited `exclude` would take the file out of the config's reach
  };
  const text = JSON.stringify(config);
  const tsconfig = path.join(privateDir(), `tsconfig-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`);
  if (registered.has(tsconfig)) return;
  if (!existsSync(tsconfig)) {
    // Write-then-rename: several CLI processes may share this file, and none may read it half-written.
    const partial = `${tsconfig}.${process.pid}`;
    writeFileSync(partial, text, { mode: 0o600 });
    renameSync(partial, tsconfig);
  }
  register({ tsconfig });
  // A project whose package.json says "type": "commonjs" (npm init's default) loads .tsx/.jsx through
  // require(): give tsx's CommonJS hooks the same forced-JSX tsconfig (they read it from this variable).
  const previous = process.env.TSX_TSCONFIG_PATH;
  process.env.TSX_TSCONFIG_PATH = tsconfig;
  registerCjs();
  if (previous === undefined) delete process.env.TSX_TSCONFIG_PATH;
  else process.env.TSX_TSCONFIG_PATH = previous;
  registered.add(tsconfig);
}

async function toNodes(file: string, value: unknown): Promise<ReactNode[]> {
  if (isValidElement(value)) return [value];
  if (Array.isArray(value)) return (await Promise.all(value.map((item) => toNodes(file, item)))).flat();
  if (value instanceof Promise) return toNodes(file, await value);
  if (typeof value === 'function') {
    // An async function cannot be a React component: call it and use what it resolves to.
    if (value.constructor.name === 'AsyncFunction') return toNodes(file, await callExport(file, value as () => Promise<unknown>));
    return [createElement(value as () => ReactNode)];
  }
  const kind = value === null ? 'null' : typeof value;
  throw new UserInputError(`${file}: the default export is ${kind}, not a video; export a <Video> element, a component, an array, or a function returning them`);
}

async function callExport(file: string, fn: () => unknown): Promise<unknown> {
  try {
    return await fn();
  } catch (error) {
    throw new UserInputError(`${file}: the default export function failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function loadFailure(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = /Transform failed with \d+ errors?:\n(.+?):(\d+):(\d+): ERROR: (.+)/.exec(message);
  if (syntax) return `${path.relative(process.cwd(), syntax[1]) || file}:${syntax[2]}:${Number(syntax[3]) + 1}: syntax error: ${syntax[4]}`; // esbuild's column is 0-based
  const code = (error as { code?: string }).code;
  if (code === 'ERR_MODULE_NOT_FOUND') {
    const what = /Cannot find (?:package|module) '([^']+)'/.exec(message)?.[1];
    const hint = what === 'pictory-jsx' ? ' (install it in this project: npm install pictory-jsx)' : '';
    return `${file}: cannot load ${what ? `'${what}'` : 'an import'}${hint}`;
  }
  return `${file} failed while loading: ${message.split('\n')[0]}`;
}

function findUp(dir: string, name: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}
