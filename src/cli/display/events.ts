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

export function doneText(result: RenderResult, elapsedMs: number): string {
  const used = result.aiCreditsUsed === undefined ? 'credits not reported' : `${result.aiCreditsUsed} credits`;
  const where = result.file ?? result.videoUrl ?? result.previewUrl ?? '';
  const resumed = result.resumed ? ', resumed' : '';
  return `done in ${formatDuration(elapsedMs)}${resumed} · ${used} (est. ${result.estimatedCredits}) · ${where}`;
}
