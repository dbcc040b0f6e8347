/**
 * Draft videos: a playable preview of what a render job would produce, made by the draft renderer in
 * `./draft/` (a separate module with its own owner). This file turns a plan into a `DraftSpec`, loads the
 * renderer lazily, and never lets a missing or failing renderer break a job: the job then completes with
 * the placeholder outputs, and the reason is logged.
 */
import type { DraftBackground, DraftResult, DraftSpec } from './draft/types.js';
import type { Plan, PlannedBackground } from './plan.js';

type RenderDraft = (spec: DraftSpec, outDir: string) => Promise<DraftResult>;

/**
 * The renderer's module path. Held in a variable so TypeScript does not resolve it at compile time: the
 * emulator must load (and degrade gracefully) whether or not that module exists.
 */
const DRAFT_MODULE = './draft/index.js';

export class DraftMaker {
  private renderer?: Promise<RenderDraft | undefined>;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly log: (line: string) => void) {}

  /** Render `plan` into `outDir`; undefined when no draft could be made (already logged). */
  make(plan: Plan, title: string, outDir: string): Promise<DraftResult | undefined> {
    const work = this.run(plan, title, outDir);
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    return work;
  }

  /** Wait for drafts still rendering (their child processes must end before the emulator is closed). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  private async run(plan: Plan, title: string, outDir: string): Promise<DraftResult | undefined> {
    const render = await this.load();
    if (render === undefined) return undefined;
    try {
      return await render(draftSpec(plan, title), outDir);
    } catch (error) {
      this.log(`draft for "${title}" failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private load(): Promise<RenderDraft | undefined> {
    this.renderer ??= import(DRAFT_MODULE).then(
      (module: { renderDraft?: unknown }) => {
        if (typeof module.renderDraft === 'function') return module.renderDraft as RenderDraft;
        this.log('draft videos disabled: the draft module does not export renderDraft');
        return undefined;
      },
      (error: unknown) => {
        this.log(`draft videos disabled: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      },
    );
    return this.renderer;
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
