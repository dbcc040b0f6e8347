/**
 * render(): turn the user's elements into the host tree the compiler reads.
 *
 * A tree of DSL components only is walked directly (direct.ts). Anything that needs React (function
 * components, hooks, context, use(), Suspense, error boundaries) goes through react-reconciler:
 * - synchronous when nothing suspends; a Promise when a component waits on `use(promise)`, settled once
 *   the tree has committed and no `<Suspense>` boundary still shows its fallback (a fallback is never
 *   compiled as if it were the video);
 * - an error thrown by a component becomes a RenderError naming the component and its line; an error a
 *   user's error boundary caught is kept in `root.caught`, for the compiler to report;
 * - the container is unmounted as soon as the tree is read, and the wait for data holds no timer once it
 *   has settled, so many videos compile in one tick and a finished compile never keeps the process alive.
 */
import type { ReactNode } from 'react';
import { ConcurrentRoot } from 'react-reconciler/constants.js';
import { renderDirect } from './direct.js';
import type { HostRoot, RenderProblem } from './host-tree.js';
import { locateInElements, outermostLocation } from './locate.js';
import { discardReconciler, reconciler } from './reconciler.js';
import { RenderError, toRenderError } from './render-error.js';
import { shownFallbacks } from './suspense.js';

export interface RenderOptions {
  /** Give up waiting for suspended data after this long (default 60 s). */
  timeoutMs?: number;
}

interface Container extends HostRoot {
  /** Called after each commit (the renderer's own hook; not part of the output). */
  onCommit?: () => void;
}

/** One reconciler render of one tree, from its first commit to its unmount. */
class Session {
  readonly root: Container = { children: [], commits: 0, caught: [] };
  error: RenderError | undefined;
  private readonly rec = reconciler();
  private readonly container;

  constructor(private readonly node: ReactNode) {
    const describe = (thrown: unknown, stack: string | null | undefined) => {
      const error = toRenderError(thrown, stack);
      if (error.loc) return error;
      return new RenderError(error.message, error.component, locateInElements(node, stack), { cause: error.cause, kind: error.kind });
    };
    const onUncaughtError = (thrown: unknown, info: { componentStack?: string | null }) => {
      this.error ??= describe(thrown, info.componentStack);
      this.root.onCommit?.();
    };
    const onCaughtError = (thrown: unknown, info: { componentStack?: string | null }) => {
      const { message, component, loc } = describe(thrown, info.componentStack);
      this.root.caught!.push({ message, component, loc } satisfies RenderProblem);
    };
    this.container = this.rec.createContainer(this.root, ConcurrentRoot, null, false, null, '', onUncaughtError, onCaughtError, noop, noop, null);
    this.guard(() => {
      this.rec.updateContainerSync(node, this.container, null, null);
      this.rec.flushSyncWork();
    });
  }

  /** True once the tree has committed with every Suspense boundary showing its content. */
  get complete(): boolean {
    return this.root.commits > 0 && shownFallbacks(this.container).length === 0;
  }

  /** The problem with a tree that is not complete: where a fallback is still shown, else where the tree starts. */
  incomplete(reason: string): RenderError {
    const fallback = shownFallbacks(this.container)[0];
    if (fallback) return new RenderError(`a <Suspense> boundary still shows its fallback: ${reason}`, 'Suspense', fallback.loc, { kind: 'suspended' });
    return new RenderError(reason, undefined, outermostLocation(this.node), { kind: 'suspended' });
  }

  /** The host tree as committed; then the container is unmounted (its removals no longer touch it). */
  finish(): HostRoot {
    const { children, commits, caught } = this.root;
    this.root.children = [];
    this.unmount();
    return caught!.length ? { children, commits, caught } : { children, commits };
  }

  unmount(): void {
    this.root.onCommit = undefined;
    this.guard(() => {
      this.rec.updateContainerSync(null, this.container, null, null);
      this.rec.flushSyncWork();
    });
  }

  /** Run reconciler work; an error escaping React itself discards the reconciler (see reconciler.ts). */
  private guard(work: () => void): void {
    try {
      work();
    } catch (thrown) {
      discardReconciler();
      this.error ??= toRenderError(thrown, undefined);
    }
  }
}

const noop = () => {};
const USE_ASYNC = 'this video loads data with use(): compile it with compileAsync() or compileAllAsync()';

/** Render synchronously; a tree still waiting for data is an error (RenderError), and nothing waits on. */
export function renderNow(node: ReactNode): HostRoot {
  const direct = renderDirect(node);
  if (direct) return direct;
  const session = new Session(node);
  if (session.error) {
    session.unmount();
    throw session.error;
  }
  if (session.complete) return session.finish();
  const problem = session.incomplete(USE_ASYNC);
  session.unmount();
  throw problem;
}

/** Render; synchronous when nothing suspends, else a Promise of the complete tree. */
export function render(node: ReactNode, { timeoutMs = 60_000 }: RenderOptions = {}): HostRoot | Promise<HostRoot> {
  const direct = renderDirect(node);
  if (direct) return direct;
  const session = new Session(node);
  if (session.error) {
    session.unmount();
    throw session.error;
  }
  if (session.complete) return session.finish();

  return new Promise<HostRoot>((resolve, reject) => {
    const done = (outcome: () => void) => {
      clearTimeout(timer);
      session.root.onCommit = undefined;
      outcome();
    };
    const timer = setTimeout(() => {
      const problem = session.incomplete(`the data it waits for did not arrive within ${timeoutMs} ms (a use() promise never settled)`);
      done(() => {
        session.unmount();
        reject(problem);
      });
    }, timeoutMs);
    // A commit that ends in an error runs before onUncaughtError: look one microtask later, so the error wins.
    session.root.onCommit = () =>
      queueMicrotask(() => {
        if (session.error) done(() => (session.unmount(), reject(session.error)));
        else if (session.complete) done(() => resolve(session.finish()));
      });
  });
}

/** render(), always as a Promise. */
export async function renderAsync(node: ReactNode, options?: RenderOptions): Promise<HostRoot> {
  return render(node, options);
}
