/**
 * The subtitle files a completed render publishes (`srtFile`, `vttFile`, `txtFile`), built from the plan:
 * one cue per scene with text, timed like the scenes.
 */
import type { Plan } from './plan.js';

interface Cue {
  start: number;
  end: number;
  text: string;
}

function cues(plan: Plan): Cue[] {
  const result: Cue[] = [];
  let start = 0;
  for (const scene of plan.scenes) {
    const end = start + scene.durationHundredths;
    const text = scene.text.replace(/<\/?strong>/g, '').trim();
    if (text !== '') result.push({ start, end, text });
    start = end;
  }
  return result;
}

/** `hh:mm:ss<sep>mmm` from hundredths of a second. */
function timestamp(hundredths: number, separator: ',' | '.'): string {
  const ms = hundredths * 10;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}

export function toSrt(plan: Plan): string {
  return cues(plan)
    .map((c, i) => `${i + 1}\n${timestamp(c.start, ',')} --> ${timestamp(c.end, ',')}\n${c.text}\n`)
    .join('\n');
}

export function toVtt(plan: Plan): string {
  return ['WEBVTT\n', ...cues(plan).map((c) => `${timestamp(c.start, '.')} --> ${timestamp(c.end, '.')}\n${c.text}\n`)].join('\n');
}

export function toTxt(plan: Plan): string {
  return cues(plan)
    .map((c) => c.text)
    .join('\n') + '\n';
}
