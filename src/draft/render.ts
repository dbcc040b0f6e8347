/**
 * The draft renderer: turns a {@link DraftSpec} into a watchable draft MP4 with a sound track (plus a JPEG thumbnail).
 *
 * All scenes go through one ffmpeg process: each scene is a filter chain (see `scene.ts`), `transitions.ts` joins
 * them and `audio.ts` makes the sound, so there is a single encode and no intermediate files.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseColor } from './colors.js';
import { DraftUnavailableError } from './errors.js';
import { ffmpegMissing, findFfmpeg, runFfmpeg, verifyFfmpeg, type FfmpegInfo } from './ffmpeg.js';
import { loadDraftFonts } from './fonts.js';
import { prepareMedia, type MediaOptions } from './media.js';
import { soundTrack } from './audio.js';
import { boxPixels, draftLayout } from './design.js';
import { sceneGraph, type Backdrop, type SceneContext, type SceneDesign } from './scene.js';
import { joinScenes } from './transitions.js';
import type { DraftBackground, DraftResult, DraftSpec } from './types.js';

export interface RenderDraftOptions {
  /** Aborting kills the running ffmpeg and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Use this ffmpeg binary instead of searching for one (see `findFfmpeg` for the search). */
  ffmpegPath?: string;
  /** Where `PICTORY_FFMPEG` is read (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

const FPS = 25;
/** How many backgrounds are downloaded/decoded at once before the render. */
const PREPARE_CONCURRENCY = 4;
const ENCODE_ARGS = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-r', String(FPS), '-c:a', 'aac', '-b:a', '96k'];

/**
 * Renders `spec` into `outDir` (created if needed): `video.mp4` (H.264, yuv420p, faststart, exactly
 * `spec.width`×`spec.height`, one scene after another) and `thumbnail.jpg` (a frame of the first scene).
 * Without a working ffmpeg it writes nothing and rejects with a {@link DraftUnavailableError} saying why and what to do.
 * Backgrounds that cannot be used are replaced by a neutral one with an on-screen note (listed in `warnings`).
 * Rejects on an invalid spec, on an ffmpeg failure (with ffmpeg's last stderr lines), or when `signal` aborts.
 */
export async function renderDraft(spec: DraftSpec, outDir: string, options: RenderDraftOptions = {}): Promise<DraftResult> {
  assertValidSpec(spec);
  const { signal, ffmpegPath, env } = options;
  signal?.throwIfAborted();
  const ffmpeg = ffmpegPath ? await verifyFfmpeg(ffmpegPath, 'system') : await findFfmpeg(env);
  if (!ffmpeg) {
    const missing = ffmpegMissing(env, ffmpegPath);
    throw new DraftUnavailableError(missing.reason, missing.remedy);
  }
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const seconds = spec.scenes.reduce((sum, scene) => sum + scene.seconds, 0);

  const workDir = await mkdtemp(join(tmpdir(), 'pictory-draft-'));
  try {
    return { ...(await renderVideo(spec, dir, workDir, ffmpeg, signal)), seconds };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function renderVideo(
  spec: DraftSpec,
  dir: string,
  workDir: string,
  ffmpeg: FfmpegInfo,
  signal: AbortSignal | undefined,
): Promise<{ video: string; thumbnail: string; warnings?: string[] }> {
  const warnings: string[] = [];
  const fonts = ffmpeg.drawtext ? await loadDraftFonts() : null;
  if (!ffmpeg.drawtext) warnings.push(`${ffmpeg.path} lacks the drawtext filter: captions and labels were left out`);
  else if (!fonts) warnings.push('no usable font file found: captions and labels were left out');

  const backdrops = await mapWithLimit(spec.scenes, PREPARE_CONCURRENCY, (scene, i) =>
    resolveBackdrop(scene.background, { ffmpeg: ffmpeg.path, workDir, name: `media-${i}`, width: spec.width, height: spec.height, signal }),
  );
  backdrops.forEach((backdrop, i) => {
    if (backdrop.kind === 'neutral' && backdrop.note) warnings.push(`scene ${i + 1}: ${backdrop.note}`);
  });

  const designs = await mapWithLimit<DraftSpec['scenes'][number], SceneDesign | undefined>(spec.scenes, PREPARE_CONCURRENCY, async (scene, i) =>
    scene.wire ? prepareDesign(spec, i, { ffmpeg: ffmpeg.path, workDir, name: `scene-${i}`, width: spec.width, height: spec.height, signal }, warnings) : undefined,
  );

  const textFiles = new Map<string, string>(); // text → file
  const ctx: SceneContext = {
    width: spec.width,
    height: spec.height,
    fps: FPS,
    fonts,
    subtitleStyle: spec.subtitleStyle,
    textFile(text) {
      let path = textFiles.get(text);
      if (!path) {
        path = join(workDir, `text-${textFiles.size}.txt`);
        textFiles.set(text, path);
      }
      return path;
    },
  };
  const inputs: string[] = [];
  const statements: string[] = [];
  let inputCount = 0;
  const joined = spec.scenes.map((scene, i) => {
    const graph = sceneGraph(scene, backdrops[i], i, inputCount, ctx, designs[i]);
    if (graph.input) {
      inputs.push(...graph.input);
      inputCount++;
    }
    statements.push(...graph.statements);
    for (const note of graph.notes) warnings.push(`scene ${i + 1}: ${note}`);
    return { label: `[s${i}]`, frames: graph.frames, transition: scene.transition };
  });
  const joinedGraph = joinScenes(joined, FPS);
  warnings.push(...joinedGraph.notes);
  const music = spec.music?.volume ?? 0;
  const sound = soundTrack(
    spec.scenes.map((scene, i) => ({ seconds: joined[i].frames / FPS, words: scene.words ?? [], music: scene.music === false ? 0 : music })),
  );
  const script = join(workDir, 'graph.txt');
  await writeFile(script, [...statements, ...joinedGraph.statements, ...sound].join(';\n'));
  await Promise.all([...textFiles].map(([text, path]) => writeFile(path, text)));

  const id = randomUUID();
  const partialVideo = join(dir, `.video-${id}.mp4`);
  const partialThumbnail = join(dir, `.thumbnail-${id}.jpg`);
  try {
    const base = ['-hide_banner', '-nostdin', '-v', 'error', '-y'];
    const videoArgs = [...base, ...inputs, '-filter_complex_script', script, '-map', '[v]', '-map', '[a]', ...ENCODE_ARGS];
    await runFfmpeg(ffmpeg.path, [...videoArgs, '-movflags', '+faststart', '-f', 'mp4', partialVideo], { signal });
    const at = Math.min(1, spec.scenes[0].seconds / 2).toFixed(3);
    await runFfmpeg(ffmpeg.path, [...base, '-ss', at, '-i', partialVideo, '-frames:v', '1', '-q:v', '3', '-f', 'image2', partialThumbnail], {
      signal,
    });
    const video = join(dir, 'video.mp4');
    const thumbnail = join(dir, 'thumbnail.jpg');
    await rename(partialVideo, video);
    await rename(partialThumbnail, thumbnail);
    return warnings.length > 0 ? { video, thumbnail, warnings: [...new Set(warnings)] } : { video, thumbnail };
  } finally {
    await Promise.all([rm(partialVideo, { force: true }), rm(partialThumbnail, { force: true })]);
  }
}

/** Turns a spec background into what the scene draws; unusable colours and files become a neutral background with a note. */
async function resolveBackdrop(background: DraftBackground, media: MediaOptions): Promise<Backdrop> {
  switch (background.kind) {
    case 'color': {
      const color = parseColor(background.color);
      return color ? { kind: 'color', color } : { kind: 'neutral', note: `Unknown background colour "${background.color}"` };
    }
    case 'image':
    case 'video': {
      const prepared = await prepareMedia(background.kind, background.url, media);
      if (prepared.ok) return { kind: 'media', type: background.kind, file: prepared.file };
      return { kind: 'neutral', note: `Background ${background.kind} unavailable: ${displayName(background.url)} (${prepared.reason})` };
    }
    case 'ai':
      return { kind: 'ai', background };
    case 'stock':
      return { kind: 'stock', query: background.query };
    case 'none':
      return { kind: 'neutral' };
  }
}

/**
 * Lays a scene's design out (the shared layout) and prepares the pictures of its media elements that have a file or
 * a reachable URL, cropped to their boxes; the others stay labelled placeholders (a clip shows as a placeholder).
 */
async function prepareDesign(spec: DraftSpec, index: number, media: MediaOptions, warnings: string[]): Promise<SceneDesign> {
  const wire = spec.scenes[index].wire!;
  const layout = draftLayout(wire, spec.width, spec.height, spec.subtitleStyle);
  const pictures = new Map<number, string>();
  for (const item of layout.elements) {
    const el = wire.elements?.[item.index];
    if (item.kind !== 'media' || el?.type !== 'image' || !el.visualUrl) continue;
    const box = boxPixels(item.box, spec.width, spec.height);
    const prepared = await prepareMedia('image', el.visualUrl, { ...media, name: `${media.name}-el${item.index}`, width: box.width, height: box.height });
    if (prepared.ok) pictures.set(item.index, prepared.file);
    else warnings.push(`scene ${index + 1}: image element ${displayName(el.visualUrl)} unavailable (${prepared.reason}): drawn as a placeholder`);
  }
  return { layout, pictures };
}

/** `Promise.all(items.map(fn))` with at most `limit` calls of `fn` running at a time. */
async function mapWithLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The file name part of a path or URL, for on-screen notes. */
function displayName(url: string): string {
  const name = basename(url.replace(/[?#].*$/, ''));
  return name.length > 40 ? `${name.slice(0, 39)}…` : name || url;
}

function assertValidSpec(spec: DraftSpec): void {
  const evenPositive = (n: number) => Number.isInteger(n) && n > 0 && n % 2 === 0;
  if (!evenPositive(spec.width) || !evenPositive(spec.height)) {
    throw new Error(`renderDraft: frame size must be positive even integers, got ${spec.width}×${spec.height}`);
  }
  if (spec.scenes.length === 0) throw new Error('renderDraft: the spec has no scenes');
  spec.scenes.forEach((scene, i) => {
    if (!Number.isFinite(scene.seconds) || scene.seconds <= 0) {
      throw new Error(`renderDraft: scene ${i + 1} must last a positive number of seconds, got ${scene.seconds}`);
    }
  });
}
