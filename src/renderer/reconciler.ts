/**
 * The reconciler instance, built from React's production build whatever NODE_ENV says: the development
 * build is 3–4× slower and its checks are about React DOM apps, not about a tree built once for reading.
 *
 * A raw error escaping the reconciler (a bug in React, or a user value that breaks its commit) may leave
 * its module state mid-commit, after which every later render misbehaves. `discardReconciler()` replaces
 * the instance, so one bad tree never poisons the videos compiled after it.
 */
import { createRequire } from 'node:module';
import type createReconciler from 'react-reconciler';
import { hostConfig } from './host-config.js';

const require = createRequire(import.meta.url);
const production = require('react-reconciler/cjs/react-reconciler.production.js') as typeof createReconciler;

const build = () => production(hostConfig);
let current = build();

export function reconciler(): ReturnType<typeof build> {
  return current;
}

export function discardReconciler(): void {
  current = build();
}
