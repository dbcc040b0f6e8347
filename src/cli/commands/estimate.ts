/**
 * `pictory-jsx estimate <file> [--json]`: what the file's videos will cost in AI credits, per visual and
 * in total, before anything is sent.
 */
import { sumCredits } from '../../compiler/estimate.js';
import type { CompiledVideo, CreditItem } from '../../compiler/types.js';
import { splitStory } from '../../compiler/split-story.js';
import { compileFile, diagnosticsJson, type SelectOptions } from '../compile-file.js';

export interface EstimateJson {
  total: number;
  exact: boolean;
  videos: Array<{ videoName: string; total: number; exact: boolean; items: CreditItem[] }>;
}

export interface EstimateOptions extends SelectOptions {
  /** List the scenes each split story becomes. */
  explain?: boolean;
}

/** With more videos than this, the human output is one line per video. */
const COMPACT_FROM = 10;

export async function estimateCommand(files: string[], options: EstimateOptions = {}): Promise<number> {
  const compiled = await compileFile(files, options);
  if (compiled.failed) {
    if (options.json) process.stdout.write(diagnosticsJson(compiled.diagnostics));
    return 1;
  }
  const results = compiled.results;
  const report = toJson(results);
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(report.videos.length > COMPACT_FROM && !options.explain ? compact(report) : table(report, options.explain ? results : undefined));
  return 0;
}

/** One line per video, widest names first cut to fit: for batches of hundreds. */
function compact(report: EstimateJson): string {
  const width = Math.min(40, Math.max(...report.videos.map((v) => v.videoName.length)));
  const lines = report.videos.map((v) => {
    const name = v.videoName.length > width ? `${v.videoName.slice(0, width - 1)}…` : v.videoName.padEnd(width);
    const visuals = v.items.reduce((n, item) => n + item.visuals, 0);
    return `${name}  ${String(v.total).padStart(8)} credits  ${visuals} AI visual${visuals === 1 ? '' : 's'}${v.exact ? '' : ' (estimate)'}`;
  });
  lines.push(`${report.videos.length} videos, ${report.total} credits in all${report.exact ? '' : ' (estimate)'}`);
  return `${lines.join('\n')}\n`;
}

/** `--explain`: each split story's scenes, as the estimate counted them. */
function explain(result: CompiledVideo): string[] {
  const language = result.request.language as string | undefined;
  return (result.request.scenes ?? []).flatMap((scene, i) => {
    const lines = scene.createSceneOnNewLine === true;
    const sentences = scene.createSceneOnEndOfSentence === true;
    if (!(lines || sentences) || typeof scene.story !== 'string') return [];
    const parts = splitStory(scene.story, { lines, sentences, language });
    return [`  scene ${i + 1} becomes ${parts.length} scene${parts.length === 1 ? '' : 's'}:`, ...parts.map((part, j) => `    ${j + 1}. ${part}`)];
  });
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

function table(report: EstimateJson, explained?: CompiledVideo[]): string {
  const lines: string[] = [];
  for (const [v, video] of report.videos.entries()) {
    lines.push(`${video.videoName}`);
    if (explained) lines.push(...explain(explained[v]));
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

