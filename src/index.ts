/**
 * pictory-jsx: write Pictory videos as TSX, compile them to Pictory's v2 storyboard request,
 * know their AI-credit cost before you spend, and render them safely.
 *
 * Other entry points: `pictory-jsx/emulator` (`startEmulator`, the local Pictory-compatible API) and
 * `pictory-jsx/client` (`createClient`, the bare HTTP client).
 */
import type * as Runner from './runner/render.js';
import type * as Batch from './runner/render-all.js';
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
  type Logo,
  type Component,
} from './components/index.js';
// Overlay elements and subtitle styles.
export {
  Text,
  Shape,
  Image,
  Clip,
  SubtitleStyle,
  type TextProps,
  type ShapeProps,
  type ImageProps,
  type ClipProps,
  type SubtitleStyleProps,
  type FontStyle,
  type SubtitleFontStyle,
  type TextAnimation,
  type Overlay,
  type Placement,
} from './components/index.js';
export type { Color, Percentage } from './catalog/formats.js';
// ── The whole storyboard: voices, avatar, stock backgrounds, shared prop types ──
export {
  ExternalVoice,
  Avatar,
  StockBackground,
  Broll,
  type BrollProps,
  type CorpusImage,
  type ExternalVoiceProps,
  type PremiumVoice,
  type AvatarProps,
  type StockBackgroundProps,
  type BackgroundLook,
  type VideoPlayback,
  type KenBurnsPoint,
  type MotionGraphics,
  type ColorOverlay,
  type TimeRange,
  type StoryCoPilot,
  type ExtraProp,
} from './components/index.js';
export type { DSLNode } from '../jsx-runtime/namespace.js';
export type {
  AccountCatalog,
  AccountValue,
  AvatarId,
  BrandId,
  BrandName,
  SmartLayoutId,
  SmartLayoutName,
  Speaker,
  SubtitleStyleId,
  SubtitleStyleName,
  TemplateId,
  TemplateProps,
  TemplateValue,
  TemplateVariableNames,
  TemplateVariables,
} from './components/account.js';
export { compile, compileAsync, compileAll, compileAllAsync, type CompileOptions } from './compiler/compile.js';
export { formatDiagnostic, formatDiagnostics, type FormatOptions } from './diagnostics/format.js';
export type { CompileResult, CompiledVideo, FailedCompile, CreditItem, CreditReport, PictoryRequest } from './compiler/types.js';
export type * from './compiler/pictory-request.js';
export type { DiagnosticCode } from './diagnostics/catalogue.js';
export type { Diagnostic, Severity, SourceLocation } from './diagnostics/diagnostic.js';
export { RenderError } from './renderer/render-error.js';
export * as catalog from './catalog/catalog.js';
export type { AIModel, AspectRatio, DurationOf, ImageModel, Language, MediaStyle, VideoModel } from './catalog/catalog.js';
// Convenience re-exports so a video file needs no direct dependency on react.
export { Fragment, createContext, use, useContext } from 'react';

// Rendering: compile, price, submit, wait and download. The runner (and the HTTP client under it) is loaded
// on first use, so a file that only compiles videos does not pay for it at start-up.
export type { RenderOptions, RenderResult, RenderEvent } from './runner/render.js';

/** Compile a `<Video>` element and render it: refuse on errors, check the budget, submit, wait, download. */
export async function render(...args: Parameters<typeof Runner.render>): ReturnType<typeof Runner.render> {
  const runner = await import('./runner/render.js');
  return runner.render(...args);
}

/** Render an already compiled video (see `render`). */
export async function renderCompiled(...args: Parameters<typeof Runner.renderCompiled>): ReturnType<typeof Runner.renderCompiled> {
  const runner = await import('./runner/render.js');
  return runner.renderCompiled(...args);
}
/**
 * Render many videos (elements or compiled results): at most `concurrency` at once, one budget for the
 * batch (`maxCredits`), progress as `onEvent` events, `signal` to stop. Each video succeeds or fails on
 * its own; the result lists every video's outcome.
 */
export async function renderAll(...args: Parameters<typeof Batch.renderAll>): ReturnType<typeof Batch.renderAll> {
  const batch = await import('./runner/render-all.js');
  return batch.renderAll(...args);
}
export type { RenderAllOptions, BatchEvent, BatchResult, VideoOutcome } from './runner/render-all.js';
export type { PollSchedule } from './runner/poll.js';
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
  NotFoundError,
  PermissionDeniedError,
  type FieldError,
  type RequestInfo,
} from './client/errors.js';
export { JobFailedError, BudgetExceededError, UncertainSubmitError, SaveError, type PictoryErrorType } from './runner/errors.js';
export type { Clock } from './client/clock.js';
// The pre-flight check every render makes before submitting (discovery itself is in pictory-jsx/client).
export { preflight, preflightOrThrow, type PreflightOptions, type PreflightReport } from './preflight/preflight.js';
export type { CompletedJob } from './schema/job.js';

// Scale-out: queued renders on Redis (BullMQ). Loaded on first use, so compiling never loads bullmq.
import type { RunningWorker, WorkerOptions } from './queue/types.js';
export type { WorkerOptions, RunningWorker, WorkerStats } from './queue/types.js';
/** Start a worker that renders videos queued with `pictory-jsx render … --queue <redis-url>` (see docs/scale-out.md). */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const queue = await import('./queue/worker.js');
  return queue.startWorker(options);
}
