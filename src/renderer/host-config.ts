/**
 * react-reconciler's host config for the DSL: mutation mode, building plain HostElement/HostText nodes.
 * Only four members do real work when a tree is built once (createInstance, createTextInstance,
 * appendInitialChild, appendChildToContainer); the update and Suspense members are one-liners kept so a
 * tree that re-renders (use() resolving, a Suspense boundary) never hits a missing member.
 * See shared/notes/renderer-prototype.md §1 for which members react-reconciler 0.34 really calls.
 */
import { DefaultEventPriority, NoEventPriority } from 'react-reconciler/constants.js';
import { locationOf } from '../../jsx-runtime/locations.js';
import type { HostChild, HostElement, HostRoot, HostText } from './host-tree.js';

const ROOT_CONTEXT = {}; // must be non-null: dev builds check it
let currentPriority: number = NoEventPriority;
const noop = () => {};

function cleanProps(props: Record<string, unknown>): Record<string, unknown> {
  const { children: _children, ref: _ref, ...rest } = props;
  return rest;
}

function createInstance(type: string, props: Record<string, unknown>): HostElement {
  return { kind: 'element', type, props: cleanProps(props), children: [], loc: locationOf(props) };
}

function insertBefore(parent: { children: HostChild[] }, child: HostChild, before: HostChild): void {
  remove(parent, child);
  parent.children.splice(parent.children.indexOf(before), 0, child);
}

function append(parent: { children: HostChild[] }, child: HostChild): void {
  remove(parent, child);
  parent.children.push(child);
}

function remove(parent: { children: HostChild[] }, child: HostChild): void {
  const at = parent.children.indexOf(child);
  if (at >= 0) parent.children.splice(at, 1);
}

export const hostConfig = {
  supportsMutation: true,
  supportsPersistence: false,
  supportsHydration: false,
  isPrimaryRenderer: false,
  noTimeout: -1,

  createInstance,
  createTextInstance: (text: string): HostText => ({ kind: 'text', text }),
  appendInitialChild: append,
  appendChild: append,
  appendChildToContainer: append,
  insertBefore,
  insertInContainerBefore: insertBefore,
  removeChild: remove,
  removeChildFromContainer: remove,
  clearContainer: (root: HostRoot) => {
    root.children.length = 0;
  },
  commitUpdate: (node: HostElement, _type: string, _old: unknown, props: Record<string, unknown>) => {
    node.props = cleanProps(props);
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

  finalizeInitialChildren: () => false,
  shouldSetTextContent: () => false,
  getRootHostContext: () => ROOT_CONTEXT,
  getChildHostContext: (parent: object) => parent,
  getPublicInstance: (node: unknown) => node,
  prepareForCommit: () => null,
  resetAfterCommit: (root: HostRoot) => {
    root.commits++;
  },
  preparePortalMount: noop,
  detachDeletedInstance: noop,
  resetTextContent: noop,
  commitMount: noop,

  setCurrentUpdatePriority: (priority: number) => {
    currentPriority = priority;
  },
  getCurrentUpdatePriority: () => currentPriority,
  resolveUpdatePriority: () => (currentPriority !== NoEventPriority ? currentPriority : DefaultEventPriority),
  // Development builds only.
  trackSchedulerEvent: noop,
  resolveEventType: () => null,
  resolveEventTimeStamp: () => -1.1,

  // Suspense boundaries.
  scheduleTimeout: setTimeout,
  cancelTimeout: clearTimeout,
  maySuspendCommit: () => false,
  preloadInstance: () => true,
  startSuspendingCommit: () => null,
  suspendInstance: noop,
  waitForCommitToBeReady: () => null,
  suspendOnActiveViewTransition: noop,
  shouldAttemptEagerTransition: () => false,
  requestPostPaintCallback: noop,
  NotPendingTransition: null,
  resetFormInstance: noop,
  getInstanceFromNode: () => null,
  beforeActiveInstanceBlur: noop,
  afterActiveInstanceBlur: noop,
  prepareScopeUpdate: noop,
  getInstanceFromScope: () => null,
};
