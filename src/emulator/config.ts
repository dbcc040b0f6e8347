/**
 * `EmulatorOptions` with every default filled in, so the rest of the emulator never asks "was this set?".
 */
import { type ResolvedBehaviour, resolveBehaviour } from './behaviour.js';
import type { EmulatorOptions } from './types.js';

export interface ResolvedOptions {
  port: number;
  host: string;
  previewMs: number;
  renderMs: number;
  aiCredits: number;
  promptMaxLength: 250 | 500;
  invalidDuration: 'fallback' | 'reject';
  /** `undefined`: any key starting with `pictai_`. */
  apiKeys: string[] | undefined;
  /** `undefined`: any non-empty value. */
  clientId: string | undefined;
  clientSecret: string | undefined;
  tokenTtlSeconds: number;
  rejectBearer: boolean;
  draftVideos: boolean;
  log: (line: string) => void;
  /** Pictory's silent behaviours (see `behaviour.ts`). */
  behaviour: ResolvedBehaviour;
}

/** Fast job timings: tests finish quickly. The CLI passes realistic ones. */
export const DEFAULT_PREVIEW_MS = 150;
export const DEFAULT_RENDER_MS = 300;

/** Fill in the defaults documented on `EmulatorOptions`. */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    previewMs: options.timing?.previewMs ?? DEFAULT_PREVIEW_MS,
    renderMs: options.timing?.renderMs ?? DEFAULT_RENDER_MS,
    aiCredits: options.aiCredits ?? 10_000,
    promptMaxLength: options.promptMaxLength ?? 500,
    invalidDuration: options.invalidDuration ?? 'fallback',
    apiKeys: options.auth?.apiKeys,
    clientId: options.auth?.clientId,
    clientSecret: options.auth?.clientSecret,
    tokenTtlSeconds: options.auth?.tokenTtlSeconds ?? 3600,
    rejectBearer: options.auth?.rejectBearer ?? false,
    draftVideos: options.draftVideos ?? true,
    log: options.log ?? (() => {}),
    behaviour: resolveBehaviour(options.behaviour),
  };
}
