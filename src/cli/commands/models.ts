/**
 * `pictory-jsx models [--json]`: the AI models pictory-jsx knows, offline, from the catalog the compiler
 * checks against: price, durations (the first is the default), aspect ratios; and the media styles.
 */
import { IMAGE_MODELS, MEDIA_STYLES, VIDEO_MODELS } from '../../catalog/catalog.js';
import { formatTable } from '../table.js';

export interface ModelRow {
  model: string;
  label: string;
  kind: 'image' | 'video';
  /** Credits per image, or per second of video. */
  credits: number;
  unit: 'image' | 'second';
  durations: string[];
  aspectRatios: string[];
}

export function modelRows(): ModelRow[] {
  return [
    ...Object.entries(IMAGE_MODELS).map(([model, m]) => ({
      model,
      label: m.label,
      kind: 'image' as const,
      credits: m.creditsPerImage,
      unit: 'image' as const,
      durations: [],
      aspectRatios: [...m.aspectRatios],
    })),
    ...Object.entries(VIDEO_MODELS).map(([model, m]) => ({
      model,
      label: m.label,
      kind: 'video' as const,
      credits: m.creditsPerSecond,
      unit: 'second' as const,
      durations: [...m.durations],
      aspectRatios: [...m.aspectRatios],
    })),
  ];
}

export function modelsCommand(options: { json?: boolean }, stdout: NodeJS.WritableStream = process.stdout): number {
  const rows = modelRows();
  if (options.json) {
    stdout.write(`${JSON.stringify({ models: rows, mediaStyles: [...MEDIA_STYLES] }, null, 2)}\n`);
    return 0;
  }
  stdout.write(
    formatTable(rows, [
      { header: 'MODEL', value: (r) => r.model },
      { header: 'KIND', value: (r) => r.kind },
      { header: 'CREDITS', value: (r) => `${r.credits}/${r.unit}`, right: true },
      { header: 'DURATIONS', value: (r) => (r.durations.length ? r.durations.join(' ') : '—') },
      { header: 'ASPECT RATIOS', value: (r) => r.aspectRatios.join(' ') },
    ]) +
      `Video durations: the first is the default. Media styles (images): ${MEDIA_STYLES.join(', ')}.\n`,
  );
  return 0;
}
