/** The options of `pictory-jsx render`, checked before anything else happens. */
import { parseDuration } from '../../runner/duration.js';
import type { SelectOptions } from '../compile-file.js';

export interface RenderCommandOptions extends Omit<SelectOptions, 'json'> {
  preview?: boolean;
  /** Refuse when the file's total estimate exceeds this. */
  maxCredits?: number | string;
  /** The video file (or an existing folder); with several videos, a folder (one `<videoName>.mp4` each). */
  out?: string;
  /** Longest wait per video, e.g. `90s`, `20m`, `1h` (default 30m). */
  timeout?: string;
  /** Videos rendered at once (default 2). */
  concurrency?: number | string;
  /** Submit anew even when the journal holds a job: every video (`true`) or the named ones. */
  force?: boolean | string | string[];
  /** `--no-preflight` sets false: skip checking the account's catalogs and balance before submitting. */
  preflight?: boolean;
  /** Redis URL: queue the videos for `pictory-jsx worker`s instead of rendering here (src/queue/). */
  queue?: string;
  /** With `queue`: enqueue, print the batch id and exit. */
  detach?: boolean;
  /** `--json`: one JSON result on stdout at the end; `--json=ndjson`: one JSON event per line as it happens. */
  json?: boolean | string;
  /** Same as `--json=ndjson`. */
  events?: boolean;
  /** Do not render a video whose output file already exists. */
  skipExisting?: boolean;
}

export interface ParsedOptions {
  preview: boolean;
  /** Whether video `name` is to be submitted anew. */
  forced: (videoName: string) => boolean;
  /** Names given to `--force` (empty for a bare `--force`). */
  forcedNames: string[];
  maxCredits?: number;
  out?: string;
  timeoutMs?: number;
  concurrency: number;
  /** Check account references before submitting. */
  preflight: boolean;
  /** Machine-readable stdout: a final JSON document, or NDJSON events. */
  json?: 'final' | 'ndjson';
  skipExisting: boolean;
  /** Which videos of the file, and how strict (`--data`, `--only`, `--limit`, `--strict`, `--max-warnings`). */
  select: SelectOptions;
}

/** Validated options, or the message explaining what is wrong. */
export function parseOptions(options: RenderCommandOptions): ParsedOptions | string {
  const maxCredits = options.maxCredits === undefined ? undefined : Number(options.maxCredits);
  if (maxCredits !== undefined && !(Number.isFinite(maxCredits) && maxCredits >= 0)) {
    return `--max-credits expects a non-negative number, got ${String(options.maxCredits)}`;
  }
  const concurrency = options.concurrency === undefined ? 2 : Number(options.concurrency);
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) {
    return `--concurrency expects a whole number of at least 1, got ${String(options.concurrency)}`;
  }
  const timeoutMs = options.timeout === undefined ? undefined : parseDuration(options.timeout);
  if (options.timeout !== undefined && timeoutMs === undefined) {
    return `--timeout expects a duration such as 90s, 20m or 1h30m, got ${options.timeout}`;
  }
  if (options.preview && options.out) return '--out needs a rendered video; a --preview has none';
  let json: ParsedOptions['json'];
  if (options.events || options.json === 'ndjson') json = 'ndjson';
  else if (options.json === true || options.json === 'json') json = 'final';
  else if (options.json !== undefined && options.json !== false) return `--json takes no value or =ndjson, got ${String(options.json)}`;
  const names = typeof options.force === 'string' ? [options.force] : Array.isArray(options.force) ? options.force : [];
  const all = options.force === true;
  return {
    preview: options.preview === true,
    forced: (name) => all || names.includes(name),
    forcedNames: names,
    maxCredits,
    out: options.out,
    timeoutMs,
    concurrency,
    preflight: options.preflight !== false,
    json,
    skipExisting: options.skipExisting === true,
    select: { data: options.data, only: options.only, limit: options.limit, strict: options.strict, maxWarnings: options.maxWarnings, lint: options.lint },
  };
}
