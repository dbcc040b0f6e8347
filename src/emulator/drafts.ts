/**
 * The emulator's side of draft videos: turns a render's plan (and the storyboard it came from) into a `DraftSpec`
 * for the draft renderer (`src/draft/`) and runs it. Each planned scene carries its wire scene (the elements Pictory
 * would drop removed), which the renderer lays out with the shared layout; the plan gives timing and transitions. A draft that cannot be made is reported, never thrown: depending on the
 * emulator's `draftVideos` option the job then completes with placeholder outputs, or fails with the reason.
 */
import { DraftUnavailableError, renderDraft, type DraftBackground, type DraftResult, type DraftSpec } from '../draft/index.js';
import type { PictoryScene } from '../schema/request.js';
import type { Plan, PlannedBackground, PlannedScene } from './plan.js';
import type { JobFailure } from './types.js';
import type { StoryboardBody } from './validate.js';

/** Seconds per narrated word at speed 100 (the emulator's timing rule: 2.5 words a second × speed/100). */
const SECONDS_PER_WORD = 0.4;

/** A draft that was made, or the failure a job reports when drafts are required. */
export type DraftOutcome = { ok: true; draft: DraftResult } | { ok: false; failure: JobFailure };

export class DraftMaker {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly log: (line: string) => void) {}

  /** Render `plan` into `outDir`. */
  make(plan: Plan, title: string, outDir: string, body?: StoryboardBody): Promise<DraftOutcome> {
    const work = this.run(plan, title, outDir, body);
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    return work;
  }

  /** Wait for drafts still rendering (their child processes must end before the emulator is closed). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  private async run(plan: Plan, title: string, outDir: string, body: StoryboardBody | undefined): Promise<DraftOutcome> {
    try {
      const draft = await renderDraft(draftSpec(plan, title, body), outDir);
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

/**
 * The draft renderer's input for a plan (frame size rounded down to even pixels, as encoders need). With the
 * storyboard `body`, scenes carry their design (wire scene), transition, narration timing and music.
 */
export function draftSpec(plan: Plan, title: string, body?: StoryboardBody): DraftSpec {
  const even = (n: number) => Math.max(2, n - (n % 2));
  const music = body?.backgroundMusic?.enabled === true ? { volume: body.backgroundMusic.volume ?? 1 } : undefined;
  return {
    width: even(plan.width),
    height: even(plan.height),
    title,
    ...(body?.subtitleStyle === undefined ? {} : { subtitleStyle: body.subtitleStyle as DraftSpec['subtitleStyle'] }),
    ...(music ? { music } : {}),
    scenes: plan.scenes.map((s) => {
      const text = s.text.replace(/<\/?strong>/g, '');
      const scene = { text, seconds: s.durationHundredths / 100, background: draftBackground(s.background) };
      const source = body?.scenes?.[s.sourceIndex];
      if (!body || !source) return scene;
      const kept = new Set(s.elements.map((e) => e.index));
      const wire = { ...source, elements: source.elements?.filter((_, i) => kept.has(i)) } as PictoryScene;
      return {
        ...scene,
        wire,
        ...(s.transition === undefined ? {} : { transition: s.transition }),
        words: wordTimes(text, voiceSpeed(body, s)),
        music: s.music,
      };
    }),
  };
}

/** The speed of the voice narrating a scene, `undefined` when the scene is not narrated. */
function voiceSpeed(body: StoryboardBody, scene: PlannedScene): number | undefined {
  const voice = body.scenes?.[scene.sourceIndex]?.voiceOver ?? body.voiceOver;
  if (voice?.enabled !== true) return undefined;
  const voices = voice.aiVoices;
  if (voices === undefined || voices.length === 0) return 100;
  return voices[scene.sourceIndex % voices.length].speed ?? 100;
}

/** When each word of `text` starts, narrated at `speed` (none when not narrated). */
function wordTimes(text: string, speed: number | undefined): number[] {
  if (speed === undefined) return [];
  const count = text.split(/\s+/).filter((w) => w.length > 0).length;
  const step = (SECONDS_PER_WORD * 100) / speed;
  return Array.from({ length: count }, (_, i) => Number((i * step).toFixed(3)));
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
      return background.search?.query !== undefined ? { kind: 'stock', query: background.search.query } : { kind: 'none' };
  }
}
