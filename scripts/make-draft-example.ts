/**
 * Renders Pictory's official example 1 (test/fixtures/official/example-1.json) as a draft, the way the emulator
 * does for a render, and saves one frame of each of its six scenes (after their entry animations) as a 3×2 sheet:
 * docs/draft-example-1.png. Prints the draft's length, its streams and any warnings.
 *
 * Run: npx tsx scripts/make-draft-example.ts [out.png]
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFfmpeg, renderDraft } from '../src/draft/index.js';
import { runFfmpeg } from '../src/draft/ffmpeg.js';
import { draftSpec } from '../src/emulator/drafts.js';
import { planVideo } from '../src/emulator/plan.js';
import { storyboardSchema } from '../src/emulator/validate.js';

const fixture = fileURLToPath(new URL('../test/fixtures/official/example-1.json', import.meta.url));
const output = process.argv[2] ?? fileURLToPath(new URL('../docs/draft-example-1.png', import.meta.url));

const ffmpeg = await findFfmpeg();
if (!ffmpeg) throw new Error('make-draft-example: no ffmpeg available');

const body = storyboardSchema({ promptMaxLength: 500, invalidDuration: 'fallback' }).parse(JSON.parse(await readFile(fixture, 'utf8')));
const spec = draftSpec(planVideo(body), body.videoName, body);
const workDir = await mkdtemp(join(tmpdir(), 'draft-example-'));
try {
  const result = await renderDraft(spec, workDir);
  // One frame per scene, 1.5 s in (past the transition and the entry animations).
  let start = 0;
  const times = spec.scenes.map((scene) => {
    const at = start + Math.min(1.5, scene.seconds / 2);
    start += scene.seconds;
    return at;
  });
  const select = times.map((t) => `between(t\\,${t.toFixed(2)}\\,${(t + 0.03).toFixed(2)})`).join('+');
  await runFfmpeg(ffmpeg.path, [
    '-hide_banner', '-nostdin', '-v', 'error', '-y', '-i', result.video,
    '-vf', `select='${select}',scale=640:360,tile=3x2:padding=4:color=white`, '-frames:v', '1', output,
  ]);
  console.log(`wrote ${output}: ${spec.scenes.length} scenes, ${result.seconds.toFixed(1)} s`);
  for (const warning of result.warnings ?? []) console.log(`  warning: ${warning}`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
