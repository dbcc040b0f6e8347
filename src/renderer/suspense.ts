/**
 * Which `<Suspense>` boundaries still show their fallback after a commit. The reconciler's root holds
 * the committed fiber tree; a Suspense fiber (tag 13) with a non-null memoizedState is showing its
 * fallback. Read only after a commit has finished, never during one.
 */
import { locationOf } from '../../jsx-runtime/locations.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';

const SUSPENSE = 13;

interface Fiber {
  tag: number;
  memoizedState: unknown;
  memoizedProps: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
}

export interface ShownFallback {
  loc?: SourceLocation;
}

export function shownFallbacks(container: unknown): ShownFallback[] {
  const found: ShownFallback[] = [];
  const root = (container as { current?: Fiber }).current;
  const stack: Fiber[] = root ? [root] : [];
  while (stack.length) {
    const fiber = stack.pop()!;
    if (fiber.tag === SUSPENSE && fiber.memoizedState !== null) {
      const props = fiber.memoizedProps;
      found.push({ loc: props && typeof props === 'object' ? locationOf(props) : undefined });
      continue; // what is under a fallback is not shown
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  return found;
}
