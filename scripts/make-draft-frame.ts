/**
 * Renders a one-scene 16:9 draft (a caption over an AI-video placeholder) and saves a frame of it as
 * docs/draft-frame.png, the picture the docs use to show what a draft looks like.
 *
 * Run: npx tsx scripts/make-draft-frame.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFfmpeg, renderDraft } from '../src/draft/index.js';
import { runFfmpeg } from '../src/draft/ffmpeg.js';

const output = fileURLToPath(new URL('../docs/draft-frame.png', import.meta.url));

const ffmpeg = await findFfmpeg();
if (!ffmpeg) throw new Error('make-draft-frame: no ffmpeg available');

const workDir = await mkdtemp(join(tmpdir(), 'draft-frame-'));
try {
  const result = await renderDraft(
    {
      title: 'Harbour morning',
      width: 1280,
      height: 720,
      scenes: [
        {
          text: 'Every morning the harbour wakes before the town does, and the first boats slip out past the lighthouse.',
          seconds: 3,
          background: {
            kind: 'ai',
            type: 'video',
            model: 'veo3.1',
            videoDuration: '6s',
            prompt: 'Aerial drone shot of a small fishing harbour at sunrise, golden light on the water, gulls circling, cinematic',
          },
        },
      ],
    },
    workDir,
  );
  await runFfmpeg(ffmpeg.path, ['-hide_banner', '-nostdin', '-v', 'error', '-y', '-ss', '1.5', '-i', result.video, '-frames:v', '1', output]);
  console.log(`wrote ${output}`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
