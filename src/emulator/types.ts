/**
 * The emulator's public contract: what `startEmulator()` takes and returns.
 * Tests of the client and runner drive the emulator through exactly this surface.
 */

export interface EmulatorOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** How long jobs take. Defaults are fast (tests); the CLI passes slower, realistic ones. */
  timing?: {
    /** Milliseconds a storyboard preview job stays in-progress. */
    previewMs?: number;
    /** Milliseconds a render job stays in-progress (renderProgress goes 0..100 over this time). */
    renderMs?: number;
  };
  /** AI-credit balance of the emulated account (default 10_000). A job that needs more fails INSUFFICIENT_CREDITS. */
  aiCredits?: number;
  /** aiVisual.prompt limit: 500 (current docs, default) or 250 (older docs). */
  promptMaxLength?: 250 | 500;
  /** An invalid videoDuration: 'fallback' to the model's shortest (documented, default) or 'reject' with 400. */
  invalidDuration?: 'fallback' | 'reject';
  auth?: {
    /** Accepted raw API keys. Default: any key that starts with `pictai_`. */
    apiKeys?: string[];
    /** Client credentials accepted by POST /v1/oauth2/token. Default: any non-empty pair. */
    clientId?: string;
    clientSecret?: string;
    /** Lifetime of issued tokens in seconds (default 3600). */
    tokenTtlSeconds?: number;
    /** Answer 401 to `Authorization: Bearer …` (default false: Pictory's behaviour is undocumented). */
    rejectBearer?: boolean;
  };
  /** Make a playable draft MP4 for each completed render (default true when ffmpeg is available). */
  draftVideos?: boolean;
  /** One line per notable event (listening, job created/completed, webhook sent). Default: silent. */
  log?: (line: string) => void;
  /** Switches for Pictory's documented silent behaviours (default: every search and generation succeeds). */
  behaviour?: Behaviour;
}

/**
 * Which texts a switch applies to: `true` (all), `false` (none), a case-insensitive substring, a RegExp, or
 * a list of those (any may match).
 */
export type TextMatch = boolean | string | RegExp | ReadonlyArray<string | RegExp>;

/** Pictory's documented silent behaviours, which the emulator reproduces when a switch matches. */
export interface Behaviour {
  /**
   * Stock searches that find nothing, matched against the search's `query`, `keywords` and `category` joined
   * by spaces. A scene background whose search finds nothing fails the job with
   * `SCENE_BACKGROUND_VISUAL_NOT_FOUND` (not charged); a media element whose search finds nothing is dropped.
   */
  stockNotFound?: TextMatch;
  /** Media elements' `visualUrl`s that cannot be resolved: those elements are silently dropped. */
  unresolvableUrls?: TextMatch;
  /**
   * AI generations that fail, matched against `"<model> <prompt>"` (just the model when auto-prompted). A failed
   * background keeps a stock background, a failed media element is dropped; neither is charged, and the job
   * still completes.
   */
  aiGenerationFails?: TextMatch;
}

/** A switch a test flips to make the emulator misbehave. Matching faults apply in the order added. */
export interface Fault {
  /** HTTP method to match (default: any). */
  method?: string;
  /** Path to match, relative to `/pictoryapis` (e.g. `/v1/jobs/` as a prefix string, or a RegExp). Default: any. */
  path?: string | RegExp;
  /** How many matching requests it affects (default 1; Infinity = until cleared). */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer with this status (and headers/body) instead of the real handler. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Destroy the socket without any answer. */
  drop?: boolean;
  /**
   * Apply the fault *after* the real handler ran (a submit that created and billed a job, whose answer
   * then never arrives / is replaced). Default false: the real handler does not run.
   */
  afterHandling?: boolean;
}

/** One HTTP request as the emulator saw it. */
export interface RequestRecord {
  method: string;
  /** Path relative to `/pictoryapis`, with query. */
  path: string;
  /** Status sent (0 when the connection was dropped). */
  status: number;
  /** `performance.now()`-style milliseconds when the request arrived. */
  at: number;
  /** Whether an Authorization header was present (its value is never recorded). */
  authorized: boolean;
  userAgent?: string;
}

export type JobKind = 'preview' | 'render';
export type JobStatus = 'in-progress' | 'completed' | 'failed';

/** One job in the emulator's ledger. */
export interface LedgerEntry {
  jobId: string;
  kind: JobKind;
  /** The request body after unknown fields were stripped (as Pictory would keep it). */
  body: Record<string, unknown>;
  status: JobStatus;
  /** Credits this job charges (computed by the emulator's own reading of the rules). */
  aiCreditsUsed?: number;
  createdAt: number;
  /** The preview job this render came from (PUT /v2/video/render/{id}). */
  fromPreview?: string;
}

export interface JobFailure {
  error_code: string;
  error_message: string;
}

export interface Emulator {
  /** Base URL, ending in `/pictoryapis` like Pictory's. */
  url: string;
  port: number;
  /** Every job created, in order. */
  ledger: LedgerEntry[];
  /** Every request received, in order. */
  requests: RequestRecord[];
  /** Current AI-credit balance. */
  readonly aiCredits: number;
  setAiCredits(n: number): void;
  /** Add a fault; returns a function that removes it. */
  inject(fault: Fault): () => void;
  clearFaults(): void;
  /** The next `count` jobs created (default 1) fail with this code/message instead of completing. */
  failNextJob(failure: JobFailure, count?: number): void;
  /** Webhook deliveries made so far: target URL, status received (0 if unreachable), payload. */
  webhooks: Array<{ url: string; status: number; payload: unknown }>;
  close(): Promise<void>;
}
