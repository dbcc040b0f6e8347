/**
 * Draft renders with no account: does the embedded emulator make the user wait for anything but ffmpeg?
 *
 *   render   `pictory-jsx render examples/hello.tsx --out …` (built CLI, embedded emulator), wall time
 *   compile  `pictory-jsx compile examples/hello.tsx`: start-up, loading and compiling the file
 *   draft    the draft renderer alone on the same video's draft spec, in this process (ffmpeg's own time)
 *
 * "waiting" = render − compile − draft: what the emulator, polling and the download add. Runs interleaved,
 * median of 5.
 *
 *   npm run build && npx tsx bench/draft.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAll } from '../src/compiler/compile.js';
import { renderDraft } from '../src/draft/index.js';
import { draftSpec } from '../src/emulator/drafts.js';
import { planVideo } from '../src/emulator/plan.js';
import { storyboardSchema } from '../src/emulator/validate.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { default: hello } = await import('../examples/hello.js');
const request = compileAll(hello)[0]!.request!;
const body = storyboardSchema({ promptMaxLength: 500, invalidDuration: 'fallback' }).parse(request);
const spec = draftSpec(planVideo(body), request.videoName, body);

const work = mkdtempSync(path.join(os.tmpdir(), 'bench-draft-'));
const env: NodeJS.ProcessEnv = { ...process.env, PICTORY_API_KEY: '', PICTORY_CLIENT_ID: '', PICTORY_CLIENT_SECRET: '', PICTORY_API_URL: '' };
delete env.NODE_ENV;
const cli = (args: string[]) => {
  const t = performance.now();
  const result = spawnSync(process.execPath, ['bin/pictory-jsx.js', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`pictory-jsx ${args.join(' ')} failed: ${result.stderr}`);
  return performance.now() - t;
};
const rows = { render: [] as number[], compile: [] as number[], draft: [] as number[] };
for (let i = 0; i < 6; i++) {
  const render = cli(['render', 'examples/hello.tsx', '--out', path.join(work, `hello-${i}.mp4`)]);
  const compile = cli(['compile', 'examples/hello.tsx']);
  const t = performance.now();
  await renderDraft(spec, path.join(work, `draft-${i}`));
  const draft = performance.now() - t;
  if (i === 0) continue; // warm-up
  rows.render.push(render);
  rows.compile.push(compile);
  rows.draft.push(draft);
}
rmSync(work, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [render, compile, draft] = [median(rows.render), median(rows.compile), median(rows.draft)];
const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
console.log(`Draft render of examples/hello.tsx (${spec.scenes.length} scenes, ${spec.scenes.reduce((s, x) => s + x.seconds, 0).toFixed(1)} s), median of 5, interleaved`);
console.log(`render --out (embedded emulator)   ${ms(render)}`);
console.log(`compile (start-up + compile)       ${ms(compile)}`);
console.log(`draft renderer alone (ffmpeg)      ${ms(draft)}`);
console.log(`waiting beyond compile + ffmpeg    ${ms(render - compile - draft)}   render / (compile + draft) ${(render / (compile + draft)).toFixed(2)}×`);

// Draft time per scene of a designed video: Pictory's official example 1 (6 scenes: shapes, headings with entry
// animations, numbered circles, fades, narration tones and a music bed) as the emulator drafts it, against the same
// scenes without their design (background, caption and sound only). Interleaved, median of 3.
{
  const { readFileSync } = await import('node:fs');
  const example = storyboardSchema({ promptMaxLength: 500, invalidDuration: 'fallback' }).parse(
    JSON.parse(readFileSync(path.join(root, 'test/fixtures/official/example-1.json'), 'utf8')),
  );
  const designed = draftSpec(planVideo(example), example.videoName, example);
  const plain = { ...designed, scenes: designed.scenes.map(({ wire: _wire, transition: _transition, ...scene }) => scene) };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-draft-design-'));
  const times = { designed: [] as number[], plain: [] as number[] };
  for (let i = 0; i < 3; i++) {
    for (const [name, spec] of [['designed', designed], ['plain', plain]] as const) {
      const t = performance.now();
      await renderDraft(spec, path.join(dir, `${name}-${i}`));
      times[name].push(performance.now() - t);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const scenes = designed.scenes.length;
  const seconds = designed.scenes.reduce((s, x) => s + x.seconds, 0);
  const [d, p] = [median(times.designed), median(times.plain)];
  console.log(`\nOfficial example 1 as a draft (${scenes} scenes, ${seconds.toFixed(1)} s of video), median of 3, interleaved`);
  console.log(`designed draft (layout: shapes, text, fades, sound)   ${ms(d)}   ${ms(d / scenes)} per scene`);
  console.log(`same scenes without the design (caption, sound)    ${ms(p)}   ${ms(p / scenes)} per scene`);
  console.log(`designed / plain ${(d / p).toFixed(2)}×`);
}
