/**
 * Test helpers that inspect rendered drafts with ffprobe and ffmpeg.
 */
import { execFile } from 'node:child_process';
import { access, chmod, constants } from 'node:fs/promises';
import { promisify } from 'node:util';
import { findFfmpeg } from '../../src/draft/index.js';

const run = promisify(execFile);

export interface ProbeResult {
  duration: number;
  streams: { codec_type: string; codec_name: string; width?: number; height?: number; pix_fmt?: string }[];
}

/** Path of the ffprobe binary from @ffprobe-installer/ffprobe, made executable if the installer left it without +x. */
export async function ffprobePath(): Promise<string> {
  const { path } = (await import('@ffprobe-installer/ffprobe')).default;
  await access(path, constants.X_OK).catch(() => chmod(path, 0o755));
  return path;
}

export async function ffmpegPath(): Promise<string> {
  const ffmpeg = await findFfmpeg();
  if (!ffmpeg) throw new Error('tests need ffmpeg (@ffmpeg-installer/ffmpeg)');
  return ffmpeg.path;
}

export async function probe(file: string): Promise<ProbeResult> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file];
  const { stdout } = await run(await ffprobePath(), args);
  const json = JSON.parse(stdout) as { format: { duration: string }; streams: ProbeResult['streams'] };
  return { duration: Number(json.format.duration), streams: json.streams };
}

/** Runs ffmpeg with `args` (ending in an output) and returns stdout as bytes. */
export async function ffmpegBytes(args: string[]): Promise<Buffer> {
  const { stdout } = await run(await ffmpegPath(), ['-hide_banner', '-nostdin', '-v', 'error', ...args], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Mean and standard deviation of the luma of the frame at `seconds`, downscaled to 64×36. */
export async function lumaStats(file: string, seconds: number): Promise<{ mean: number; std: number }> {
  const pixels = await ffmpegBytes(['-ss', String(seconds), '-i', file, '-frames:v', '1', '-vf', 'scale=64:36,format=gray', '-f', 'rawvideo', '-']);
  const mean = pixels.reduce((sum, p) => sum + p, 0) / pixels.length;
  const variance = pixels.reduce((sum, p) => sum + (p - mean) ** 2, 0) / pixels.length;
  return { mean, std: Math.sqrt(variance) };
}

/** Average RGB colour of a region given as fractions of the frame (clear of the caption and the DRAFT tag by default). */
export async function regionColor(
  file: string,
  seconds: number,
  region = { x: 0.35, y: 0.25, w: 0.3, h: 0.2 },
): Promise<[number, number, number]> {
  const crop = `crop=iw*${region.w}:ih*${region.h}:iw*${region.x}:ih*${region.y}`;
  const [r, g, b] = await ffmpegBytes(['-ss', String(seconds), '-i', file, '-frames:v', '1', '-vf', `${crop},scale=1:1,format=rgb24`, '-f', 'rawvideo', '-']);
  return [r, g, b];
}
