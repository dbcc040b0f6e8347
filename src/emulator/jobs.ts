/**
 * Jobs and their lifecycle. A job is created `in-progress`, stays so for the configured time (and, for a
 * render, until its draft video is made), then becomes `completed` or `failed`:
 * - its AI credits are reserved at creation — the full price of every AI visual requested, even those the
 *   `aiGenerationFails` switch will fail; a job that needs more than the free balance fails at once with
 *   `INSUFFICIENT_CREDITS` (Pictory fails such jobs "up front"; the submit itself still answers 200);
 * - a job whose plan fails (a background stock search found nothing: `SCENE_BACKGROUND_VISUAL_NOT_FOUND`),
 *   or chosen by `failNextJob()`, fails when its time is up, and is not charged;
 * - a completed job is charged what was generated and publishes its outputs;
 * - a finished job with a `webhook` is POSTed to it.
 */
import { randomUUID } from 'node:crypto';
import type { ResolvedOptions } from './config.js';
import { type CreditAccount, toCredits } from './credits.js';
import type { DraftResult } from '../draft/index.js';
import type { DraftMaker } from './drafts.js';
import type { FileStore } from './files.js';
import { type JobOutputs, publishPreview, publishRender } from './outputs.js';
import type { Plan } from './plan.js';
import type { Scheduler } from './scheduler.js';
import type { JobFailure, JobKind, LedgerEntry } from './types.js';
import type { StoryboardBody } from './validate.js';
import { jobView } from './views.js';
import type { WebhookSender } from './webhooks.js';

export interface Job {
  /** The ledger's record of this job (shared with `Emulator.ledger`, updated in place). */
  readonly entry: LedgerEntry;
  /** The storyboard this job works from (for a render from preview: the preview's). */
  readonly storyboard: StoryboardBody;
  readonly plan: Plan;
  /** How long it stays in progress at least. */
  readonly durationMs: number;
  readonly webhook?: string;
  readonly webhookInput?: unknown;
  /** Credits (hundredths) this job charges when it completes. */
  readonly charge: number;
  /** Credits (hundredths) reserved while it runs. */
  readonly reserve: number;
  /** Set when the job will fail (or has). */
  failure?: JobFailure;
  /** Set when the job has completed. */
  outputs?: JobOutputs;
  /** Set by `DELETE /v1/jobs/{id}/clean`. */
  cleaned: boolean;
}

/** What a route asks for. */
export interface JobRequest {
  kind: JobKind;
  /** The stripped request body, as the ledger keeps it. */
  body: Record<string, unknown>;
  storyboard: StoryboardBody;
  plan: Plan;
  /** Credits to charge, in hundredths (0 for a render from an already generated preview). */
  charge: number;
  /**
   * Credits the account must hold up front, in hundredths (default `charge`). More than `charge` when some
   * AI generations will fail: Pictory checks the balance before it knows.
   */
  reserve?: number;
  webhook?: string;
  webhookInput?: unknown;
  fromPreview?: string;
}

export interface JobStoreDeps {
  options: ResolvedOptions;
  credits: CreditAccount;
  scheduler: Scheduler;
  files: FileStore;
  /** Undefined when draft videos are off. */
  drafts: DraftMaker | undefined;
  webhooks: WebhookSender;
  /** The server's origin (`http://host:port`), known once it listens. */
  origin: () => string;
}

export class JobStore {
  readonly ledger: LedgerEntry[] = [];
  private readonly jobs = new Map<string, Job>();
  private readonly queuedFailures: JobFailure[] = [];

  constructor(private readonly deps: JobStoreDeps) {}

  get(jobId: string): Job | undefined {
    return this.jobs.get(jobId);
  }

  /** Every job, newest first. */
  newestFirst(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** The next `count` jobs that can run fail with `failure` instead of completing. */
  failNext(failure: JobFailure, count: number): void {
    for (let i = 0; i < count; i++) this.queuedFailures.push({ ...failure });
  }

  /** The job's answer to `GET /v1/jobs/{id}`. */
  view(job: Job): Record<string, unknown> {
    return jobView(job, this.deps.origin(), performance.now());
  }

  create(request: JobRequest): Job {
    const { options, credits, scheduler, drafts, files } = this.deps;
    const entry: LedgerEntry = {
      jobId: randomUUID(),
      kind: request.kind,
      body: request.body,
      status: 'in-progress',
      aiCreditsUsed: request.plan.usesAi ? toCredits(request.charge) : undefined,
      createdAt: performance.now(),
      fromPreview: request.fromPreview,
    };
    const job: Job = {
      entry,
      storyboard: request.storyboard,
      plan: request.plan,
      durationMs: request.kind === 'preview' ? options.previewMs : options.renderMs,
      webhook: request.webhook,
      webhookInput: request.webhookInput,
      charge: request.charge,
      reserve: Math.max(request.reserve ?? request.charge, request.charge),
      cleaned: false,
    };
    this.ledger.push(entry);
    this.jobs.set(entry.jobId, job);
    const cost = toCredits(request.charge);
    options.log(`job ${entry.jobId} created (${request.kind}${request.plan.usesAi ? `, ${cost} AI credits` : ''})`);

    if (!credits.reserve(job.reserve)) {
      job.failure = {
        error_code: 'INSUFFICIENT_CREDITS',
        error_message: `Insufficient AI credits: this job needs ${toCredits(job.reserve)}, the account has ${toCredits(credits.available)} available`,
      };
      this.finish(job, undefined, false);
      return job;
    }
    // A plan that fails (no stock visual found) fails however the job was asked to end.
    job.failure = request.fromPreview === undefined && request.plan.failure !== undefined ? { ...request.plan.failure } : this.queuedFailures.shift();
    const draft =
      request.kind === 'render' && job.failure === undefined && drafts !== undefined
        ? files
            .jobDir(entry.jobId)
            .then((dir) => drafts.make(job.plan, request.storyboard.videoName, dir, request.storyboard))
            .then((outcome) => {
              if (outcome.ok) return outcome.draft;
              // Without a draft the job completes with placeholders, unless the caller needs the video.
              if (options.draftVideos === 'required') job.failure = outcome.failure;
              return undefined;
            })
            .catch((error: unknown) => {
              options.log(`draft for job ${entry.jobId} skipped: ${error instanceof Error ? error.message : String(error)}`);
              return undefined;
            })
        : Promise.resolve(undefined);
    void Promise.all([scheduler.sleep(job.durationMs), draft]).then(([, result]) => this.finish(job, result, true));
    return job;
  }

  /** Mark a finished job cleaned and delete its files. */
  async clean(job: Job): Promise<void> {
    job.cleaned = true;
    await this.deps.files.remove(job.entry.jobId);
  }

  private finish(job: Job, draft: DraftResult | undefined, reserved: boolean): void {
    const { credits, files, webhooks, options } = this.deps;
    const { entry } = job;
    if (job.failure !== undefined) {
      if (reserved) credits.release(job.reserve);
      if (entry.aiCreditsUsed !== undefined) entry.aiCreditsUsed = 0;
      entry.status = 'failed';
      options.log(`job ${entry.jobId} failed: ${job.failure.error_code}`);
    } else {
      credits.charge(job.reserve, job.charge);
      const title = job.storyboard.videoName;
      job.outputs =
        entry.kind === 'preview' ? publishPreview(files, entry.jobId, title, job.plan) : publishRender(files, entry.jobId, title, job.plan, draft);
      entry.status = 'completed';
      options.log(`job ${entry.jobId} completed`);
    }
    if (job.webhook !== undefined) {
      const payload = this.view(job);
      webhooks.send(job.webhook, job.webhookInput === undefined ? payload : { ...payload, webhookInput: job.webhookInput });
    }
  }
}
