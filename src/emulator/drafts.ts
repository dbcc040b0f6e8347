/**
 * The emulator's side of draft videos: turns a render's plan into a `DraftSpec` for the draft renderer
 * (`src/draft/`) and runs it. A draft that cannot be made is reported, never thrown: depending on the
 * emulator's `draftVideos` option the job then completes with placeholder outputs, or fails with the reason.
 */
import { DraftUnavailableError, renderDraft, type DraftBackground, type DraftResult, type DraftSpec } from '../draft/index.js';
import type { Plan, PlannedBackground } from './plan.js';
import type { JobFailure } from './types.js';

/** A draft that was made, or the failure a job reports when drafts are required. */
export type DraftOutcome = { ok: true; draft: DraftResult } | { ok: false; failure: JobFailure };

export class DraftMaker {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly log: (line: string) => void) {}

  /** Render `plan` into `outDir`. */
  make(plan: Plan, title: string, outDir: string): Promise<DraftOutcome> {
    const work = this.run(plan, title, outDir);
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    return work;
  }

  /** Wait for drafts still rendering (their child processes must end before the emulator is closed). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  private async run(plan: Plan, title: string, outDir: string): Promise<DraftOutcome> {
    try {
      const draft = await renderDraft(draftSpec(plan, title), outDir);
      for (const warning of draft.warnings ?? []) this.log(`draft for "${title}": ${warning}`);
      return { ok: true, draft };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log(`draft for "${title}" failed: ${message}`);
      const code = error instanceof DraftUnavailableError ? error.code : 'DRAFT_FAILED';
      return { ok: false, failure: { error_code: code, error_message: message } };
    }
  }
}

/** The draft renderer's input for a plan (frame size rounded down to even pixels, as encoders need). */
export function draftSpec(plan: Plan, title: string): DraftSpec {
  const even = (n: number) => Math.max(2, n - (n % 2));
  return {
    width: even(plan.width),
    height: even(plan.height),
    title,
    scenes: plan.scenes.map((s) => ({
      text: s.text.replace(/<\/?strong>/g, ''),
      seconds: s.durationHundredths / 100,
      background: draftBackground(s.background),
    })),
  };
}

function draftBackground(background: PlannedBackground): DraftBackground {
  switch (background.kind) {
    case 'ai': {
      const v = background.visual;
      return { kind: 'ai', type: v.type, model: v.model, videoDuration: v.videoDuration, prompt: v.prompt };
    }
    case 'url':
      return { kind: background.type, url: background.url };
    case 'color':
      return { kind: 'color', color: background.color };
    case 'none':
      return { kind: 'none' };
  }
}
