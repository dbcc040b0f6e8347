/**
 * `pictory-jsx dev request.json`: a wire request (what `compile` prints, or a storyboard from elsewhere) seen
 * in the studio as it is — checked against the request schema, priced the way the emulator plans it.
 * A file may hold one request or an array of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreditItem, CreditReport, PictoryRequest } from '../compiler/types.js';
import { type AspectRatio, DEFAULT_ASPECT_RATIO } from '../emulator/catalog.js';
import { planVideo } from '../emulator/plan.js';
import { planVisual } from '../emulator/planVisual.js';
import type { StoryboardBody } from '../emulator/validate.js';
import { PictoryRequestSchema } from '../schema/request.js';
import type { StudioDiagnostic, WorkerResult, WorkerVideo } from './protocol.js';

export function compileWireFile(file: string, cwd: string): WorkerResult {
  const started = performance.now();
  const shown = path.relative(cwd, file) || file;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${shown}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`, diagnostics: [], ms: performance.now() - started };
  }
  const bodies = Array.isArray(data) ? data : [data];
  const videos = bodies.map((body, i) => wireVideo(body, i, shown));
  return { ok: true, videos, ms: performance.now() - started };
}

function wireVideo(body: unknown, index: number, shown: string): WorkerVideo {
  const name = typeof (body as { videoName?: unknown })?.videoName === 'string' ? (body as { videoName: string }).videoName : `request ${index + 1}`;
  const parsed = PictoryRequestSchema.safeParse(body);
  if (!parsed.success) {
    const diagnostics: StudioDiagnostic[] = parsed.error.issues.map((issue) => ({
      severity: 'error',
      code: 'invalid-request',
      message: issue.message,
      path: ['request', ...issue.path.map(String)].join('.'),
      where: shown,
      file: shown,
    }));
    return { name, ok: false, diagnostics };
  }
  const request = body as PictoryRequest;
  return { name, ok: true, request, credits: credits(request), diagnostics: [] };
}

/** Per request scene: each AI visual (background or element) priced once per scene the story becomes. */
function credits(request: PictoryRequest): CreditReport {
  const plan = planVideo(request as unknown as StoryboardBody);
  const aspect = (request.aspectRatio ?? DEFAULT_ASPECT_RATIO) as AspectRatio;
  const items: CreditItem[] = [];
  for (const [i, scene] of ((request.scenes ?? []) as Array<{ background?: { aiVisual?: unknown }; elements?: Array<{ aiVisual?: unknown }> }>).entries()) {
    const parts = plan.scenes.filter((s) => s.sourceIndex === i).length || 1;
    const sources = [{ visual: scene.background?.aiVisual, path: `scenes[${i}].background` }, ...(scene.elements ?? []).map((e, j) => ({ visual: e.aiVisual, path: `scenes[${i}].elements[${j}]` }))];
    for (const { visual, path: where } of sources) {
      if (!visual) continue;
      const planned = planVisual(visual as never, aspect);
      const unit = planned.costHundredths / 100;
      const seconds = planned.type === 'video' ? Number.parseFloat(planned.videoDuration ?? '') || undefined : undefined;
      items.push({
        scene: i + 1,
        path: where,
        model: planned.model,
        kind: planned.type,
        visuals: parts,
        seconds,
        units: seconds ? parts * seconds : parts,
        unitCost: seconds ? unit / seconds : unit,
        credits: Math.round(unit * parts * 100) / 100,
        exact: parts === 1,
      });
    }
  }
  const total = Math.round(items.reduce((sum, item) => sum + item.credits, 0) * 100) / 100;
  return { total, exact: items.every((item) => item.exact), items };
}
