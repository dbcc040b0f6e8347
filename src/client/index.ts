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
} from './errors.js';
export type { Clock } from './clock.js';
export type { Job, InProgressJob, CompletedJob, FailedJob, CleanedJob } from '../schema/job.js';
// Discovery: what the account has (voices, music, stock, brands, styles, layouts, templates, avatars).
export {
  createDiscovery,
  DISCOVERY_ENDPOINTS,
  type Discovery,
  type MusicQuery,
  type StockQuery,
  type Avatar,
  type Brand,
  type MusicTrack,
  type SmartLayout,
  type StockAsset,
  type SubtitleStyle,
  type TemplateDetail,
  type TemplateSummary,
  type Voice,
} from './discovery.js';
