/**
 * The reference canvas a scene is measured on. Pictory's renderer measures text on 1280×720 for 16:9 and
 * 720×1280 for 9:16 (its linter's constants were checked against rendered frames). For other shapes we keep
 * the same rule those two follow — the shorter side is 720 px — so 1:1 is 720×720 and 4:5 is 720×900.
 */
import type { Frame } from './types.js';

const SHORT_SIDE = 720;

export interface FrameInput {
  aspectRatio?: string;
  videoWidth?: number;
  videoHeight?: number;
}

/** The frame of a request: `videoWidth`×`videoHeight` when given, else `aspectRatio` (default 16:9). */
export function frameOf(input: FrameInput = {}): Frame {
  let w: number;
  let h: number;
  let name: string;
  if (input.videoWidth && input.videoHeight) {
    [w, h] = [input.videoWidth, input.videoHeight];
    const ratio = w / h;
    name = Math.abs(ratio - 16 / 9) < 0.01 ? '16:9' : Math.abs(ratio - 9 / 16) < 0.01 ? '9:16' : `${w}:${h}`;
  } else {
    name = input.aspectRatio ?? '16:9';
    const match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(name);
    [w, h] = match ? [Number(match[1]), Number(match[2])] : [16, 9];
    if (!match) name = '16:9';
  }
  const scale = SHORT_SIDE / Math.min(w, h);
  return { aspectRatio: name, width: Math.round(w * scale), height: Math.round(h * scale) };
}

/** Frame width ÷ height. */
export function frameAspect(frame: Frame): number {
  return frame.width / frame.height;
}

/** Reference pixels → percent of the frame width / height. */
export const pxToX = (frame: Frame, px: number) => (px / frame.width) * 100;
export const pxToY = (frame: Frame, px: number) => (px / frame.height) * 100;
