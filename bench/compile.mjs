// Compile speed against JSON.stringify of the same request, measured side by side in one process.
// Run through `npm run bench` (which builds first); uses the built package with jsxDEV source locations
// on, as the CLI runs it. BENCH_ROOT points at another build (e.g. an older commit) to compare.
// NODE_ENV=production unless BENCH_NODE_ENV says otherwise (BENCH_NODE_ENV= leaves it unset, as many library users do).
if (process.env.BENCH_NODE_ENV === undefined) process.env.NODE_ENV = 'production';
else if (process.env.BENCH_NODE_ENV === '') delete process.env.NODE_ENV;
else process.env.NODE_ENV = process.env.BENCH_NODE_ENV;
const root = new URL(process.env.BENCH_ROOT ? `file://${process.env.BENCH_ROOT}/` : '../', import.meta.url);
const { jsxDEV } = await import(new URL('dist/jsx-runtime/jsx-dev-runtime.js', root).href);
const { compile, Video, Scene, AIVideoBackground, AIImageBackground, VoiceOver, Text, Shape, Image, ColorBackground } = await import(
  new URL('dist/src/index.js', root).href
);

const at = (line) => ({ fileName: '/bench/video.tsx', lineNumber: line, columnNumber: 5 });
const models = [
  { model: 'veo3.1', duration: '6s' },
  { model: 'pixverse5.5', duration: '8s' },
];

function scene(i) {
  const bg =
    i % 3 === 0
      ? jsxDEV(AIImageBackground, { model: 'flux-schnell', prompt: `Still number ${i}` }, undefined, false, at(i * 3 + 2))
      : jsxDEV(AIVideoBackground, { ...models[i % 2], prompt: `Drone shot number ${i}` }, undefined, false, at(i * 3 + 2));
  return jsxDEV(Scene, { story: `Scene ${i} tells one sentence of the story.`, children: bg }, String(i), false, at(i * 3 + 1));
}

function video(name, scenes) {
  const children = [jsxDEV(VoiceOver, { speaker: 'Brian', speed: 100 }, undefined, false, at(1)), ...Array.from({ length: scenes }, (_, i) => scene(i))];
  return jsxDEV(Video, { name, aspectRatio: '16:9', children }, undefined, true, at(0));
}

/** A designed scene: a colour background and 5 overlay elements (heading, pill, its label, a picture, a caption). */
function designedScene(i) {
  const line = i * 7;
  const children = [
    jsxDEV(ColorBackground, { color: 'rgb(15,23,42)' }, undefined, false, at(line + 2)),
    jsxDEV(Text, { variant: 'heading', top: '10%', left: '8%', width: '60%', style: { fontFamily: 'Space Grotesk', fontSize: 48 }, children: `Step ${i}` }, undefined, false, at(line + 3)),
    jsxDEV(Shape, { name: 'pill', fill: 'rgb(34,211,238)', top: '70%', left: '40%', width: '20%' }, undefined, false, at(line + 4)),
    jsxDEV(Text, { variant: 'body', top: '72%', left: '40%', width: '20%', style: { fontFamily: 'DM Sans', fontSize: 22, backgroundColor: 'rgba(0,0,0,0)' }, children: 'GO' }, undefined, false, at(line + 5)),
    jsxDEV(Image, { src: `https://cdn.example.com/${i}.png`, top: '30%', left: '66%', width: '28%' }, undefined, false, at(line + 6)),
    jsxDEV(Text, { variant: 'body', top: '88%', left: '8%', width: '50%', children: `Caption ${i}` }, undefined, false, at(line + 7)),
  ];
  return jsxDEV(Scene, { story: `Scene ${i} tells one sentence of the story.`, children }, String(i), true, at(line + 1));
}
function designedVideo(name, scenes) {
  const children = [jsxDEV(VoiceOver, { speaker: 'Brian', speed: 100 }, undefined, false, at(1)), ...Array.from({ length: scenes }, (_, i) => designedScene(i))];
  return jsxDEV(Video, { name, aspectRatio: '16:9', children }, undefined, true, at(0));
}

/** The same video, with every scene written as a function component (so it needs the reconciler). */
const SceneOf = ({ i }) => scene(i);
function videoOfComponents(name, scenes) {
  const children = [jsxDEV(VoiceOver, { speaker: 'Brian', speed: 100 }, undefined, false, at(1)), ...Array.from({ length: scenes }, (_, i) => jsxDEV(SceneOf, { i }, String(i), false, at(i)))];
  return jsxDEV(Video, { name, aspectRatio: '16:9', children }, undefined, true, at(0));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const WARMUP = 15; // V8 needs about this many runs to reach steady state

async function measure(label, iterations, makeAndCompile, stringifyOnly) {
  const ours = [];
  const baseline = [];
  let cold;
  for (let i = 0; i < iterations + WARMUP; i++) {
    let requests;
    const a = await makeAndCompile((r) => (requests = r));
    // Best of three: a garbage collection left over from compiling must not slow the baseline down.
    const b = Math.min(time(() => stringifyOnly(requests)), time(() => stringifyOnly(requests)), time(() => stringifyOnly(requests)));
    cold ??= a;
    if (i >= WARMUP) {
      ours.push(a);
      baseline.push(b);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const [o, s] = [median(ours), median(baseline)];
  console.log(
    `${label.padEnd(56)} compile ${o.toFixed(2).padStart(7)} ms   JSON.stringify ${s.toFixed(2).padStart(6)} ms   ratio ${(o / s).toFixed(1).padStart(4)}×   (first, cold run: ${cold.toFixed(1)} ms)`,
  );
  return o / s;
}

const stringifyAll = (requests) => requests.map((r) => JSON.stringify(r));

function big(make, options) {
  return async (keep) => {
    const t = performance.now();
    const result = compile(make('big', 1000), options);
    const elapsed = performance.now() - t;
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics[0]));
    keep([result.request]);
    return elapsed;
  };
}

function small(make, yieldBetween) {
  return async (keep) => {
    const requests = [];
    let elapsed = 0;
    for (let i = 0; i < 1000; i++) {
      const t = performance.now();
      const result = compile(make(`small-${i}`, 3));
      elapsed += performance.now() - t;
      if (result.diagnostics.length) throw new Error(JSON.stringify(result.diagnostics[0]));
      requests.push(result.request);
      if (yieldBetween) await null;
    }
    keep(requests);
    return elapsed;
  };
}

console.log(`compile (JSX elements → render → flatten → sanitise → normalise → validate → estimate → emit) vs JSON.stringify of its output; NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`);
const ratios = [
  await measure('1 video × 1,000 scenes', 21, big(video), stringifyAll),
  await measure('1,000 videos × 3 scenes (one tick)', 21, small(video, false), stringifyAll),
];
await measure('1 video × 1,000 designed scenes (5 elements), no lint', 11, big(designedVideo, { lint: false }), stringifyAll);
await measure('same, with the design lint (layout of every element)', 5, big(designedVideo), stringifyAll);
await measure('1 video × 1,000 component scenes (reconciler)', 21, big(videoOfComponents), stringifyAll);
await measure('1,000 × 3 component scenes (reconciler, one tick)', 11, small(videoOfComponents, false), stringifyAll);

const target = 5;
console.log(`target: DSL trees within ${target}× of JSON.stringify — ${ratios.every((r) => r <= target) ? 'met' : 'NOT met'}`);
