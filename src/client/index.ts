/**
 * `pictory-jsx/client`: the bare HTTP client for Pictory's v2 storyboard API (auth, retries, job status),
 * for code that builds its own requests. Most users want `render()` from the package root instead.
 */
export { createClient, DEFAULT_BASE_URL, type ClientOptions, type CallOptions, type PictoryClient, type SubmittedJob } from './client.js';
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
  type FieldError,
  type RequestInfo,
  type PictoryErrorType,
} from './errors.js';
export type { Clock } from './clock.js';
export type { Job, InProgressJob, CompletedJob, FailedJob, CleanedJob } from '../schema/jobs.js';
