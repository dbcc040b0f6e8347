/**
 * What every route handler may use: one emulator instance's options, auth, jobs and files.
 */
import type { IncomingMessage } from 'node:http';
import type { Auth } from './auth.js';
import type { ResolvedOptions } from './config.js';
import type { CreditAccount } from './credits.js';
import type { FileStore } from './files.js';
import type { Reply } from './http.js';
import type { JobStore } from './jobs.js';
import type { storyboardSchema } from './validate.js';

export interface Context {
  options: ResolvedOptions;
  auth: Auth;
  jobs: JobStore;
  files: FileStore;
  /** The account's AI-credit balance (read by `GET /v1/aicredits/usage`). */
  credits: CreditAccount;
  /** The storyboard schema built for this instance's options (prompt limit, duration rule). */
  storyboardSchema: ReturnType<typeof storyboardSchema>;
}

/** A route handler: `params` are the route pattern's capture groups. */
export type Handler = (ctx: Context, req: IncomingMessage, params: string[], query: URLSearchParams) => Promise<Reply>;
