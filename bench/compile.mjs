// Compile speed against JSON.stringify of the same request, measured side by side in one process.
// Run through `npm run bench` (which builds first); uses the built package in production mode, with
// jsxDEV source locations on, as the CLI runs it.
process.env.NODE_ENV = 'production';
const { jsxDEV } = await import('../dist/jsx-runtime/jsx-dev-runtime.js');
const { compile, Video, Scene, AIVideoBackground, AIImageBackground, VoiceOver } = await import('../dist/src/index.js');

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const WARMUP = 15; // V8 needs about this many runs to reach steady state (see README)

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
    `${label.padEnd(26)} compile ${o.toFixed(2).padStart(7)} ms   JSON.stringify ${s.toFixed(2).padStart(6)} ms   ratio ${(o / s).toFixed(1).padStart(4)}×   (first, cold run: ${cold.toFixed(1)} ms)`,
  );
  return o / s;
}

console.log('compile (JSX elements → render → flatten → validate → estimate → emit) vs JSON.stringify of its output');
const big = await measure('1 video × 1,000 scenes', 21, async (keep) => {
  const t = performance.now();
  const result = compile(video('big', 1000));
  const elapsed = performance.now() - t;
  if (result.diagnostics.length) throw new Error(JSON.stringify(result.diagnostics[0]));
  keep([result.request]);
  return elapsed;
}, (requests) => requests.map((r) => JSON.stringify(r)));

const small = await measure('1,000 videos × 3 scenes', 21, async (keep) => {
  const requests = [];
  let elapsed = 0;
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    const result = compile(video(`small-${i}`, 3));
    elapsed += performance.now() - t;
    requests.push(result.request);
    await null; // let React retire the finished root, as the CLI does between videos
  }
  keep(requests);
  return elapsed;
}, (requests) => requests.map((r) => JSON.stringify(r)));

const target = 25;
console.log(`target: within ${target}× of JSON.stringify — ${big <= target && small <= target ? 'met' : 'NOT met'}`);
