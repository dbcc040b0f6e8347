/**
 * render(): run the user's components through react-reconciler and return the host tree.
 * Synchronous when nothing suspends; a Promise when a component is waiting on `use(promise)`.
 * An error thrown by a component is re-thrown as a RenderError naming the component and its line.
 */
import type { ReactNode } from 'react';
import Reconciler from 'react-reconciler';
import { ConcurrentRoot } from 'react-reconciler/constants.js';
import { hostConfig } from './host-config.js';
import type { HostRoot } from './host-tree.js';
import { RenderError, toRenderError } from './render-error.js';

// The config satisfies react-reconciler 0.34 at runtime; its typings demand ~48 members we never need.
const reconciler = Reconciler(hostConfig as unknown as Parameters<typeof Reconciler>[0]);
const noop = () => {};

export interface RenderOptions {
  /** Give up waiting for suspended data after this long (default 60 s). */
  timeoutMs?: number;
}

export function render(node: ReactNode, { timeoutMs = 60_000 }: RenderOptions = {}): HostRoot | Promise<HostRoot> {
  const root: HostRoot = { children: [], commits: 0 };
  let error: RenderError | undefined;
  let settle: (() => void) | undefined;
  const onUncaughtError = (thrown: unknown, info: { componentStack?: string | null }) => {
    error ??= toRenderError(thrown, info.componentStack);
    settle?.();
  };
  const container = reconciler.createContainer(root, ConcurrentRoot, null, false, null, '', onUncaughtError, noop, noop, noop, null);
  // The commit callback runs before onUncaughtError in an error commit: wait one microtask so the error wins.
  const onCommit = () => queueMicrotask(() => settle?.());

  reconciler.updateContainerSync(node, container, null, onCommit);
  reconciler.flushSyncWork();
  if (error) throw error;
  if (root.commits > 0) return root;

  return new Promise<HostRoot>((resolve, reject) => {
    const timer = setTimeout(() => {
      settle = undefined;
      reconciler.updateContainerSync(null, container, null, null);
      reject(new RenderError(`the video's data did not arrive within ${timeoutMs} ms (a use() promise never settled)`, undefined, undefined));
    }, timeoutMs);
    settle = () => {
      if (!error && root.commits === 0) return;
      clearTimeout(timer);
      settle = undefined;
      if (error) reject(error);
      else resolve(root);
    };
  });
}

/** render(), always as a Promise. */
export async function renderAsync(node: ReactNode, options?: RenderOptions): Promise<HostRoot> {
  return render(node, options);
}
