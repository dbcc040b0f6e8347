// Where compile time goes, stage by stage, for one 1,000-scene video and 1,000 three-scene videos
// (medians over 31 runs after warm-up). Each stage is timed on the previous stage's real output.
// NODE_ENV=production unless BENCH_NODE_ENV says otherwise (BENCH_NODE_ENV= leaves it unset, as many library users do).
if (process.env.BENCH_NODE_ENV === undefined) process.env.NODE_ENV = 'production';
else if (process.env.BENCH_NODE_ENV === '') delete process.env.NODE_ENV;
else process.env.NODE_ENV = process.env.BENCH_NODE_ENV;
// The bundled dist/ keeps only entry points, so the stages load from the sources (run with `--import tsx`).
const d = (p) => import(new URL(`../${p}`, import.meta.url).href);
const { jsxDEV } = await d('jsx-runtime/jsx-dev-runtime.js');
const { Video, Scene, AIVideoBackground, AIImageBackground, VoiceOver } = await d('src/index.js');
const { renderNow } = await d('src/renderer/render.js');
const { flatten } = await d('src/compiler/flatten.js');
const { sanitise } = await d('src/compiler/sanitise.js');
const { normalise } = await d('src/compiler/normalise.js');
const { validate } = await d('src/compiler/validate.js');
const { estimate } = await d('src/compiler/estimate.js');
const { emit } = await d('src/compiler/emit.js');

const at = (line) => ({ fileName: '/bench/video.tsx', lineNumber: line, columnNumber: 5 });
const models = [{ model: 'veo3.1', duration: '6s' }, { model: 'pixverse5.5', duration: '8s' }];
const scene = (i) =>
  jsxDEV(Scene, { story: `Scene ${i} tells one sentence of the story.`, children: i % 3 === 0
    ? jsxDEV(AIImageBackground, { model: 'flux-schnell', prompt: `Still number ${i}` }, undefined, false, at(i * 3 + 2))
    : jsxDEV(AIVideoBackground, { ...models[i % 2], prompt: `Drone shot number ${i}` }, undefined, false, at(i * 3 + 2)) }, String(i), false, at(i * 3 + 1));
const video = (name, n) =>
  jsxDEV(Video, { name, aspectRatio: '16:9', children: [jsxDEV(VoiceOver, { speaker: 'Brian', speed: 100 }, undefined, false, at(1)), ...Array.from({ length: n }, (_, i) => scene(i))] }, undefined, true, at(0));

const STAGES = ['elements', 'render', 'flatten', 'sanitise', 'normalise', 'validate', 'estimate', 'emit', 'JSON.stringify'];
function once(videos, scenes, into) {
  const t = new Array(STAGES.length).fill(0);
  for (let v = 0; v < videos; v++) {
    let x = performance.now(), y;
    const node = video(`v${v}`, scenes); y = performance.now(); t[0] += y - x; x = y;
    const root = renderNow(node); y = performance.now(); t[1] += y - x; x = y;
    const flat = flatten(root).videos[0].video; y = performance.now(); t[2] += y - x; x = y;
    const clean = sanitise(flat).video; y = performance.now(); t[3] += y - x; x = y;
    const normal = normalise(clean).video; y = performance.now(); t[4] += y - x; x = y;
    const valid = validate(normal).video; y = performance.now(); t[5] += y - x; x = y;
    estimate(valid); y = performance.now(); t[6] += y - x; x = y;
    const request = emit(valid); y = performance.now(); t[7] += y - x; x = y;
    JSON.stringify(request); y = performance.now(); t[8] += y - x;
  }
  t.forEach((ms, i) => into[i].push(ms));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [label, videos, scenes] of [['1 video × 1,000 scenes', 1, 1000], ['1,000 videos × 3 scenes', 1000, 3]]) {
  const samples = STAGES.map(() => []);
  for (let i = 0; i < 46; i++) once(videos, scenes, i < 15 ? STAGES.map(() => []) : samples);
  const medians = samples.map(median);
  const total = medians.slice(0, 8).reduce((a, b) => a + b, 0);
  console.log(`${label}: compile ${total.toFixed(2)} ms = ${STAGES.slice(0, 8).map((s, i) => `${s} ${medians[i].toFixed(2)} (${((100 * medians[i]) / total).toFixed(0)} %)`).join(', ')}; JSON.stringify ${medians[8].toFixed(2)} ms`);
}
