/**
 * The reconciler instance. It follows the `react` build in use (development or production, as NODE_ENV
 * chose when React loaded): the two share dispatchers, and React's development `createElement` called
 * inside a component needs the development reconciler's. Trees of DSL components only never reach it
 * (see direct.ts), so NODE_ENV costs those nothing.
 *
 * A raw error escaping the reconciler (a bug in React, or a user value that breaks its commit) may leave
 * its module state mid-commit, after which every later render misbehaves. `discardReconciler()` replaces
 * the instance, so one bad tree never poisons the videos compiled after it.
 */
import createReconciler from 'react-reconciler';
import { hostConfig } from './host-config.js';

const build = () => createReconciler(hostConfig);
let current = build();

export function reconciler(): ReturnType<typeof build> {
  return current;
}

export function discardReconciler(): void {
  current = build();
}
