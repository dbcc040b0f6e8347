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
export { compile, compileAsync, compileAll, compileAllAsync } from './compiler/compile.js';
export { formatDiagnostic, formatDiagnostics, type FormatOptions } from './diagnostics/format.js';
export type { CompileResult, CompiledVideo, FailedCompile, CreditItem, CreditReport, PictoryRequest } from './compiler/types.js';
export type * from './compiler/pictory-request.js';
export type { DiagnosticCode } from './diagnostics/catalogue.js';
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
// Discovery (the account's catalogs) and the pre-flight check every render makes before submitting.
export {
  createDiscovery,
  DISCOVERY_ENDPOINTS,
  type Discovery,
  type MusicQuery,
  type StockQuery,
  // `Avatar` is the component; the account's avatar (from discovery) is `AccountAvatar` here.
  type Avatar as AccountAvatar,
  type Brand,
  type MusicTrack,
  type SmartLayout,
  type StockAsset,
  // `SubtitleStyle` is the component; the account's saved subtitle styles are `AccountSubtitleStyle`.
  type SubtitleStyle as AccountSubtitleStyle,
  type TemplateDetail,
  type TemplateSummary,
  type Voice,
} from './client/discovery.js';
export { preflight, preflightOrThrow, type PreflightOptions, type PreflightReport } from './preflight/preflight.js';
export type { Job, InProgressJob, CompletedJob, FailedJob, CleanedJob } from './schema/jobs.js';
