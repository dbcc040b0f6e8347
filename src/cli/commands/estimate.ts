/**
 * `pictory-jsx estimate <file> [--json]`: what the file's videos will cost in AI credits, per visual and
 * in total, before anything is sent.
 */
import { sumCredits } from '../../compiler/estimate.js';
import type { CompiledVideo, CreditItem } from '../../compiler/types.js';
import { compileFile } from '../compile-file.js';

export interface EstimateJson {
  total: number;
  exact: boolean;
  videos: Array<{ videoName: string; total: number; exact: boolean; items: CreditItem[] }>;
}

export async function estimateCommand(file: string, options: { json?: boolean }): Promise<number> {
  const compiled = await compileFile(file);
  if (compiled.failed) return 1;
  const report = toJson(compiled.results);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : table(report));
  return 0;
}

function toJson(results: CompiledVideo[]): EstimateJson {
  const videos = results.map((r) => ({
    videoName: r.videoName,
    total: r.credits.total,
    exact: r.credits.exact,
    items: r.credits.items,
  }));
  return { total: sumCredits(videos.map((v) => v.total)), exact: videos.every((v) => v.exact), videos };
}

function table(report: EstimateJson): string {
  const lines: string[] = [];
  for (const video of report.videos) {
    lines.push(`${video.videoName}`);
    const rows = video.items.map((item) => [
      `scene ${item.scene}`,
      item.model,
      item.exact ? String(item.visuals) : `~${item.visuals}`,
      item.kind === 'video' ? `${item.seconds}s × ${item.unitCost}/s` : `${item.unitCost}/image`,
      String(item.credits),
    ]);
    if (rows.length === 0) lines.push('  no AI visuals: 0 credits');
    else {
      const header = ['', 'model', 'visuals', 'rate', 'credits'];
      const all = [header, ...rows];
      const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
      const pad = (row: string[]) => `  ${row.map((cell, c) => (c === row.length - 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ')}`;
      lines.push(pad(header), ...rows.map(pad));
      lines.push(`  total ${video.total} credits${video.exact ? '' : ' (estimate: split stories are counted by sentence/line)'}`);
    }
    lines.push('');
  }
  if (report.videos.length > 1) lines.push(`${report.videos.length} videos, ${report.total} credits in all${report.exact ? '' : ' (estimate)'}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

