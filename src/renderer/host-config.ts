/**
 * react-reconciler's host config for the DSL: mutation mode, building plain HostElement/HostText nodes.
 * Four members do real work when a tree is built once (createInstance, createTextInstance,
 * appendInitialChild, appendChildToContainer); the update and Suspense members are one-liners so that a
 * tree that re-renders (use() resolving, a Suspense boundary revealing its content) is kept in step. The
 * rest are stubs the typings require and a tree built for reading never reaches (hydration, scopes,
 * view transitions, suspensey commits, forms).
 *
 * Finished roots retire in a microtask (`supportsMicrotasks`): without it React retires them in a
 * Scheduler task, and every video compiled in the same tick keeps the earlier ones alive and walks them.
 */
import { createContext } from 'react';
import type { HostConfig } from 'react-reconciler';
import { DefaultEventPriority, NoEventPriority } from 'react-reconciler/constants.js';
import { locationOf } from '../../jsx-runtime/locations.js';
import { hostProps } from './host-props.js';
import type { HostChild, HostElement, HostRoot, HostText } from './host-tree.js';

type Parent = { children: HostChild[] };
type Props = Record<string, unknown>;
type Timeout = ReturnType<typeof setTimeout>;

export type DSLHostConfig = HostConfig<
  string, // Type
  Props, // Props
  HostRoot, // Container
  HostElement, // Instance
  HostText, // TextInstance
  never, // ActivityInstance
  never, // SuspenseInstance
  never, // HydratableInstance
  never, // FormInstance
  HostChild, // PublicInstance
  object, // HostContext
  never, // ChildSet
  Timeout, // TimeoutHandle
  -1, // NoTimeout
  null, // TransitionStatus
  null, // SuspendedState
  never, // RendererInspectionConfig
  never, // FormStateMarkerInstance
  never, // HoistableRoot
  never // Resource
>;

const ROOT_CONTEXT = {}; // must be non-null: React checks it
let currentPriority: number = NoEventPriority;
const noop = () => {};

function createInstance(type: string, props: Props): HostElement {
  return { kind: 'element', type, props: hostProps(props), children: [], loc: locationOf(props) };
}

/** A first insertion: the child is new, so there is nothing to look up. */
function appendNew(parent: Parent, child: HostChild): void {
  parent.children.push(child);
}

/** An insertion during an update: the child may be moving within its parent. */
function append(parent: Parent, child: HostChild): void {
  remove(parent, child);
  parent.children.push(child);
}

function insertBefore(parent: Parent, child: HostChild, before: HostChild): void {
  remove(parent, child);
  const at = parent.children.indexOf(before);
  parent.children.splice(at < 0 ? parent.children.length : at, 0, child);
}

function remove(parent: Parent, child: HostChild): void {
  const at = parent.children.lastIndexOf(child);
  if (at >= 0) parent.children.splice(at, 1);
}

export const hostConfig: DSLHostConfig = {
  supportsMutation: true,
  supportsPersistence: false,
  supportsHydration: false,
  supportsMicrotasks: true,
  scheduleMicrotask: queueMicrotask,
  isPrimaryRenderer: false,
  noTimeout: -1,
  warnsIfNotActing: false,
  rendererPackageName: 'pictory-jsx',
  rendererVersion: '1',
  extraDevToolsConfig: null,

  createInstance,
  createTextInstance: (text: string): HostText => ({ kind: 'text', text }),
  appendInitialChild: appendNew,
  appendChild: append,
  appendChildToContainer: append,
  insertBefore,
  insertInContainerBefore: insertBefore,
  removeChild: remove,
  removeChildFromContainer: remove,
  clearContainer: (root: HostRoot) => {
    root.children.length = 0;
  },
  commitUpdate: (node: HostElement, _type: string, _old: Props, props: Props) => {
    node.props = hostProps(props);
    node.loc = locationOf(props) ?? node.loc;
  },
  commitTextUpdate: (node: HostText, _old: string, text: string) => {
    node.text = text;
  },
  hideInstance: (node: HostElement) => {
    node.hidden = true;
  },
  unhideInstance: (node: HostElement) => {
    node.hidden = false;
  },
  hideTextInstance: (node: HostText) => {
    node.hidden = true;
  },
  unhideTextInstance: (node: HostText) => {
    node.hidden = false;
  },
  resetTextContent: noop,
  commitMount: noop,

  finalizeInitialChildren: () => false,
  shouldSetTextContent: () => false,
  getRootHostContext: () => ROOT_CONTEXT,
  getChildHostContext: (parent: object) => parent,
  getPublicInstance: (node: HostChild) => node,
  prepareForCommit: () => null,
  resetAfterCommit: (root: HostRoot & { onCommit?: () => void }) => {
    root.commits++;
    root.onCommit?.();
  },
  preparePortalMount: noop,
  detachDeletedInstance: noop,

  setCurrentUpdatePriority: (priority: number) => {
    currentPriority = priority;
  },
  getCurrentUpdatePriority: () => currentPriority,
  resolveUpdatePriority: () => (currentPriority !== NoEventPriority ? currentPriority : DefaultEventPriority),
  trackSchedulerEvent: noop,
  resolveEventType: () => null,
  resolveEventTimeStamp: () => -1.1,
  shouldAttemptEagerTransition: () => false,
  requestPostPaintCallback: noop,

  // Suspense boundaries: the fallback throttle's timers, and commits that never wait on resources.
  scheduleTimeout: setTimeout,
  cancelTimeout: clearTimeout,
  maySuspendCommit: () => false,
  maySuspendCommitOnUpdate: () => false,
  maySuspendCommitInSyncRender: () => false,
  preloadInstance: () => true,
  startSuspendingCommit: () => null,
  suspendInstance: noop,
  suspendOnActiveViewTransition: noop,
  waitForCommitToBeReady: () => null,
  getSuspendedCommitReason: () => null,
  NotPendingTransition: null,
  HostTransitionContext: createContext<null>(null),
  resetFormInstance: noop,
  bindToConsole: (method: string, args: unknown[]) => (console as unknown as Record<string, (...a: unknown[]) => void>)[method].bind(console, ...args),

  // Never reached by a tree built for reading.
  getInstanceFromNode: () => null,
  beforeActiveInstanceBlur: noop,
  afterActiveInstanceBlur: noop,
  prepareScopeUpdate: noop,
  getInstanceFromScope: () => null,
};
