/**
 * pictory-jsx: write Pictory videos as TSX, compile them to Pictory's v2 storyboard request,
 * know their AI-credit cost before you spend, and render them safely.
 */
import type { Emulator, EmulatorOptions } from './emulator/types.js';
export {
  Video,
  Scene,
  AIImageBackground,
  AIVideoBackground,
  ImageBackground,
  VideoBackground,
  ColorBackground,
  VoiceOver,
  BackgroundMusic,
  type VideoProps,
  type SceneProps,
  type AIImageBackgroundProps,
  type AIVideoBackgroundProps,
  type ImageBackgroundProps,
  type VideoBackgroundProps,
  type ColorBackgroundProps,
  type VoiceOverProps,
  type BackgroundMusicProps,
} from './components/index.js';
export type { DSLNode } from '../jsx-runtime/namespace.js';
export { compile, compileAsync, compileAll, compileAllAsync } from './compiler/compile.js';
export { formatDiagnostic, formatDiagnostics, type FormatOptions } from './diagnostics/format.js';
export type { CompileResult, CreditItem, CreditReport, PictoryRequest } from './compiler/types.js';
export type { Diagnostic, Severity, SourceLocation } from './diagnostics/diagnostic.js';
export { render as renderTree, renderAsync as renderTreeAsync } from './renderer/render.js';
export type { HostChild, HostElement, HostRoot, HostText } from './renderer/host-tree.js';
export { RenderError } from './renderer/render-error.js';
export * as catalog from './catalog/catalog.js';
export type { AIModel, AspectRatio, DurationOf, ImageModel, Language, MediaStyle, VideoModel } from './catalog/catalog.js';
// Convenience re-exports so a video file needs no direct dependency on react.
export { Fragment, createContext, use, useContext } from 'react';
export type { Emulator, EmulatorOptions, Fault, JobFailure, LedgerEntry, RequestRecord } from './emulator/types.js';

/**
 * Start the local Pictory-compatible API (see src/emulator/README.md). Loaded on first use, so that
 * importing pictory-jsx to compile a video does not load the emulator.
 */
export async function startEmulator(options?: EmulatorOptions): Promise<Emulator> {
  const emulator = await import('./emulator/index.js');
  return emulator.startEmulator(options);
}

// Rendering: the runner and the client (undici is loaded only when a request is made).
export { render, renderCompiled, type RenderOptions, type RenderResult, type RenderEvent } from './runner/render.js';
export type { PollSchedule } from './runner/poll.js';
export { createClient, DEFAULT_BASE_URL, type ClientOptions, type CallOptions, type PictoryClient, type SubmittedJob } from './client/client.js';
export {
  PictoryError,
  AuthenticationError,
  ValidationError,
  RateLimitError,
  ServerError,
  APIError,
  ConnectionError,
  TimeoutError,
  AbortError,
  JobFailedError,
  BudgetExceededError,
  UncertainSubmitError,
  type FieldError,
  type RequestInfo,
  type PictoryErrorType,
} from './client/errors.js';
export type { Clock } from './client/clock.js';
export type { Job, InProgressJob, CompletedJob, FailedJob, CleanedJob } from './schema/jobs.js';

// Scale-out: queued renders on Redis (BullMQ). Loaded on first use, so compiling never loads bullmq.
import type { RunningWorker, WorkerOptions } from './queue/types.js';
export type { WorkerOptions, RunningWorker, WorkerStats } from './queue/types.js';
/** Start a worker that renders videos queued with `pictory-jsx render … --queue <redis-url>` (see docs/scale-out.md). */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const queue = await import('./queue/worker.js');
  return queue.startWorker(options);
}
