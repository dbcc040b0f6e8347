/** What a video's status line says for each render event, and when it is done. */
import { formatDuration } from '../../runner/duration.js';
import type { RenderEvent, RenderResult } from '../../runner/render.js';
import type { StatusLine } from './status.js';

export function showEvent(line: StatusLine, event: RenderEvent, preview: boolean): void {
  switch (event.type) {
    case 'estimate':
      line.update(`estimated ${event.credits.exact ? '' : 'up to '}${event.credits.total} credits`);
      break;
    case 'submitted':
      line.update(`submitted, job ${event.jobId}`);
      break;
    case 'resumed':
      line.update(
        event.recovered
          ? `found job ${event.jobId} of an interrupted submit in the job listing`
          : `resuming job ${event.jobId} from the journal`,
      );
      break;
    case 'progress': {
      const what = preview ? 'preparing preview' : 'rendering';
      const percent = event.progress === undefined ? '' : ` ${Math.round(event.progress)}%`;
      line.update(`${what}${percent}${event.message ? ` (${event.message})` : ''}`, event.progress);
      break;
    }
    case 'downloading': {
      const mb = (n: number) => (n / 1e6).toFixed(1);
      line.update(`downloading ${mb(event.received)}${event.total === undefined ? '' : `/${mb(event.total)}`} MB`);
      break;
    }
    case 'emulator':
    case 'retry':
    case 'warning':
      break;
  }
}

/** What a status line says for a render event; undefined when the line stays as it is. */
export function eventText(event: RenderEvent, preview: boolean): string | undefined {
  let text: string | undefined;
  showEvent({ update: (t) => (text = t), finish: () => undefined }, event, preview);
  return text;
}

/** The credits part of a finished video's line: a video without AI visuals costs none, and says so. */
export function creditsText(result: RenderResult): string {
  if (result.aiCreditsUsed !== undefined) {
    return result.aiCreditsUsed === result.estimatedCredits ? `${result.aiCreditsUsed} credits` : `${result.aiCreditsUsed} credits (est. ${result.estimatedCredits})`;
  }
  if (result.estimatedCredits === 0) return 'no AI credits';
  return `est. ${result.estimatedCredits} credits (Pictory did not report the charge)`;
}

export function doneText(result: RenderResult, elapsedMs: number): string {
  const used = creditsText(result);
  const where = result.file ?? result.videoUrl ?? result.previewUrl ?? '';
  const resumed = result.resumed ? ', resumed' : '';
  return `done in ${formatDuration(elapsedMs)}${resumed} · ${used} · ${where}`;
}
