/**
 * Random video trees for the compiler fuzz: mostly plausible videos (catalogue models, durations,
 * ratios…) salted with hostile values (BigInt, Symbol, cycles, throwing toJSON/getters/Proxies, NaN, Dates,
 * functions, null prototypes, megabyte strings, deep nesting, frozen refs) and hostile structure
 * (function components, context, fragments, error boundaries' absence, components that throw anything,
 * async components, unknown tags, stray text, several videos). Elements are made with jsxDEV and a
 * location, as the CLI makes them, so every diagnostic can be expected to carry a file and line.
 */
import fc from 'fast-check';
import { createContext, useContext, type ElementType, type ReactNode } from 'react';
import { jsxDEV } from '../../jsx-runtime/jsx-dev-runtime.js';
import {
  AIImageBackground,
  AIVideoBackground,
  BackgroundMusic,
  ColorBackground,
  ImageBackground,
  Scene,
  Video,
  VideoBackground,
  VoiceOver,
} from '../../src/index.js';
import { ASPECT_RATIOS, IMAGE_MODELS, LANGUAGES, MEDIA_STYLES, VIDEO_MODELS } from '../../src/catalog/catalog.js';

export const FILE = '/fuzz/video.tsx';

/*
 * The arbitraries generate a plan — plain data that fast-check can shrink and print — and build() turns it
 * into elements and hostile values inside the property (fast-check itself would trip over a revoked Proxy).
 */
const HOST = '\u0000host';
const ELEMENT = '\u0000element';
type Plan = unknown;
const el = (type: string, props: Record<string, unknown>): Plan => ({ [ELEMENT]: type, props });
const hostileToken = (name: string): Plan => ({ [HOST]: name });

/** Fresh hostile values (made anew each time: some are cyclic or stateful). */
const HOSTILE: Record<string, () => unknown> = {
  bigint: () => 10n,
  symbol: () => Symbol('s'),
  cyclic: () => {
    const o: Record<string, unknown> = {};
    o.o = o;
    return o;
  },
  cyclicArray: () => {
    const a: unknown[] = [];
    a.push(a);
    return a;
  },
  throwingToJSON: () => ({ toJSON: () => { throw new Error('toJSON'); } }),
  throwingGetter: () => Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new RangeError('getter'); } }),
  proxy: () => new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); }, get: () => { throw new Error('get'); }, getPrototypeOf: () => { throw new Error('proto'); } }),
  revokedProxy: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  nullProto: () => Object.create(null),
  nullProtoWithData: () => Object.assign(Object.create(null), { a: 1 }),
  nan: () => NaN,
  infinity: () => -Infinity,
  negZero: () => -0,
  date: () => new Date(0),
  invalidDate: () => new Date(NaN),
  fn: () => () => 'x',
  asyncFn: () => async () => 'x',
  map: () => new Map([[1, 2]]),
  set: () => new Set([1]),
  regexp: () => /x/,
  typed: () => new Uint8Array(3),
  error: () => new Error('e'),
  promise: () => Promise.resolve(1),
  classInstance: () => new (class Product { name = 'p'; })(),
  frozen: () => Object.freeze({ a: 1 }),
  sparse: () => [1, , 3], // eslint-disable-line no-sparse-arrays
  huge: () => 'x'.repeat(1_000_000),
  deep: () => {
    let d: unknown = 1;
    for (let i = 0; i < 200; i++) d = { d };
    return d;
  },
  wide: () => Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
  element: () => make(Scene, { story: 'inside a prop' }),
  symbolKeyed: () => ({ [Symbol('k')]: 1 }),
  protoKey: () => JSON.parse('{"__proto__": {"polluted": true}}'),
  unicode: () => '\u{1F600}\uD800 lone surrogate \u0000',
  emptyString: () => '',
  boxedString: () => Object('story'),
};

const hostile = fc.constantFrom(...Object.keys(HOSTILE)).map(hostileToken);
const jsonish: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Mostly `good`, sometimes undefined, sometimes hostile or random JSON. */
const value = <T,>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: jsonish });

const props = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(shape, { requiredKeys: [] }).chain((p) =>
    fc.oneof(
      { weight: 10, arbitrary: fc.constant(p) },
      // an unknown prop, a ref or a key among them
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ref', 'promt', 'key', 'children', '__proto__', 'constructor', 'toString', 'hasOwnProperty'), value(fc.string())).map(([k, v]) => ({ ...p, [k]: v })) },
    ),
  );

const videoModels = Object.keys(VIDEO_MODELS);
const durations = [...new Set(Object.values(VIDEO_MODELS).flatMap((m) => m.durations as readonly string[]))];
const story = fc.oneof(fc.constantFrom('One sentence.', 'First. Second!\nThird line.', 'Ünïcödé ✓ story.'), fc.string({ maxLength: 40 }));

const background = fc.oneof(
  props({ model: value(fc.constantFrom(...videoModels)), duration: value(fc.constantFrom(...durations)), prompt: value(fc.string({ maxLength: 30 })) }).map((p) => el('AIVideoBackground', p)),
  props({ model: value(fc.constantFrom(...Object.keys(IMAGE_MODELS))), prompt: value(fc.string({ maxLength: 30 })), mediaStyle: value(fc.constantFrom(...MEDIA_STYLES)) }).map((p) => el('AIImageBackground', p)),
  props({ src: value(fc.constant('https://example.com/a.jpg')) }).map((p) => el('ImageBackground', p)),
  props({ src: value(fc.constant('https://example.com/a.mp4')), mute: value(fc.boolean()), loop: value(fc.boolean()) }).map((p) => el('VideoBackground', p)),
  props({ color: value(fc.constantFrom('#000000', 'red')) }).map((p) => el('ColorBackground', p)),
);
const voice = props({ speaker: value(fc.constantFrom('Brian', 'Aria')), speed: value(fc.integer({ min: 40, max: 210 })), amplificationLevel: value(fc.double({ min: -1.5, max: 1.5, noNaN: true })) }).map((p) => el('VoiceOver', p));
const music = props({ autoMusic: value(fc.boolean()), src: value(fc.constant('https://example.com/m.mp3')), volume: value(fc.double({ min: 0, max: 1.2, noNaN: true })) }).map((p) => el('BackgroundMusic', p));

/** How a node is wrapped: as is, in a fragment, an array, a function component, a context consumer… */
const Theme = createContext('light');
function Pass({ children }: { children?: ReactNode }) {
  return children;
}
function Consumer({ children }: { children?: ReactNode }) {
  useContext(Theme);
  return children;
}
const THROWN: Array<() => unknown> = [() => new Error('component failed'), () => Symbol('thrown'), () => null, () => HOSTILE.proxy(), () => 'a string', () => HOSTILE.throwingGetter()];
const wrap = (node: fc.Arbitrary<Plan>): fc.Arbitrary<Plan> =>
  fc.tuple(node, fc.nat({ max: 30 })).map(([n, how]) => {
    switch (how) {
      case 0: return el('Pass', { children: n });
      case 1: return el('Consumer', { children: n });
      case 2: return el('Theme', { value: 'dark', children: n });
      case 3: return [n, null, false];
      case 4: return el('Fragment', { children: n });
      case 5: return el('Throws', {});
      case 6: return el('Rows', { children: n });
      case 7: return el('div', { children: n });
      default: return n;
    }
  });

const scene = fc
  .tuple(
    props({ story: value(story), splitSentences: value(fc.boolean()), splitLines: value(fc.boolean()), minimumDuration: value(fc.integer({ min: -1, max: 10 })) }),
    fc.option(wrap(background), { nil: undefined, freq: 4 }),
    fc.option(voice, { nil: undefined, freq: 5 }),
    fc.option(fc.oneof(story, hostile), { nil: undefined, freq: 4 }),
    fc.option(background, { nil: undefined, freq: 12 }), // a second background now and then
  )
  .map(([p, bg, vo, text, extra]) => el('Scene', { ...p, children: [text, bg, vo, extra] }));

export const video = fc
  .tuple(
    props({
      name: value(fc.constantFrom('Launch', 'Q3 recap', 'ünïcödé')),
      aspectRatio: value(fc.constantFrom(...ASPECT_RATIOS)),
      language: value(fc.constantFrom(...LANGUAGES, 'en_US')),
      webhook: value(fc.constant('https://example.com/hook')),
      webhookData: value(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })),
      saveProject: value(fc.boolean()),
      width: value(fc.constantFrom(1920, 1080)),
      height: value(fc.constantFrom(1080, 1920)),
    }),
    fc.array(wrap(scene), { minLength: 0, maxLength: 4 }),
    fc.option(voice, { nil: undefined, freq: 3 }),
    fc.option(music, { nil: undefined, freq: 4 }),
  )
  .map(([p, scenes, vo, mu]) => el('Video', { ...p, children: [vo, mu, ...scenes] }));

/** A video with nothing wrong in it (so the emulator half of the property is exercised), sometimes wrapped. */
const cleanBackground = fc.oneof(
  fc.constantFrom(...videoModels).chain((model) =>
    fc.record({ model: fc.constant(model), duration: fc.option(fc.constantFrom(...(VIDEO_MODELS[model as keyof typeof VIDEO_MODELS].durations as readonly string[])), { nil: undefined }), prompt: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }) }),
  ).map((p) => el('AIVideoBackground', p)),
  fc.record({ model: fc.constantFrom(...Object.keys(IMAGE_MODELS)), mediaStyle: fc.option(fc.constantFrom(...MEDIA_STYLES), { nil: undefined }) }).map((p) => el('AIImageBackground', p)),
  fc.constant(el('ColorBackground', { color: '#102030' })),
  fc.constant(el('ImageBackground', { src: 'https://example.com/a.jpg' })),
);
const cleanScene = fc
  .tuple(fc.constantFrom('One sentence.', 'First. Second!', 'Line one\nLine two.'), fc.boolean(), cleanBackground, fc.option(fc.constant(el('VoiceOver', { speaker: 'Brian', speed: 120 })), { nil: undefined }))
  .map(([story, split, bg, vo]) => el('Scene', { story, splitSentences: split, children: [bg, vo] }));
const cleanVideo = fc
  .tuple(
    fc.record({
      name: fc.constantFrom('Launch', 'Q3 recap', 'ünïcödé'),
      aspectRatio: fc.option(fc.constantFrom('16:9', '9:16'), { nil: undefined }),
      language: fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }),
      webhookData: fc.option(fc.dictionary(fc.string({ maxLength: 5 }).filter((k) => k !== '__proto__' && k !== 'toJSON'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), { nil: undefined }),
    }),
    fc.array(wrap(cleanScene), { minLength: 1, maxLength: 4 }),
    fc.option(fc.constant(el('BackgroundMusic', { autoMusic: true, volume: 0.3 })), { nil: undefined }),
  )
  .map(([p, scenes, mu]) => el('Video', { ...p, children: [mu, ...scenes] }));

/** The plan of one video (for compile) or several (for compileAll), possibly wrapped. */
export const tree = fc.oneof(
  { weight: 3, arbitrary: wrap(video).map((plan) => ({ plan, many: false })) },
  { weight: 2, arbitrary: cleanVideo.map((plan) => ({ plan, many: false })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(wrap(video), cleanVideo), { minLength: 1, maxLength: 3 }).map((plan) => ({ plan: plan as Plan, many: true })) },
);

let line = 0;
const make = (type: unknown, props: Record<string, unknown>, key?: string) =>
  jsxDEV(type as ElementType, props, key, false, { fileName: FILE, lineNumber: (line = (line % 9999) + 1), columnNumber: 3 });

const TYPES: Record<string, unknown> = {
  Video, Scene, AIVideoBackground, AIImageBackground, ImageBackground, VideoBackground, ColorBackground, VoiceOver, BackgroundMusic,
  Pass, Consumer, Theme, Fragment: Symbol.for('react.fragment'), div: 'div',
};

/** Turn a plan into elements and hostile values (fresh ones each time: some are cyclic or stateful). */
export function build(plan: Plan): ReactNode {
  return value_(plan) as ReactNode;
}

function value_(plan: Plan): unknown {
  if (Array.isArray(plan)) return plan.map(value_);
  if (!plan || typeof plan !== 'object') return plan;
  const record = plan as Record<string, unknown>;
  if (typeof record[HOST] === 'string') return HOSTILE[record[HOST] as string]();
  if (typeof record[ELEMENT] === 'string') {
    const name = record[ELEMENT] as string;
    const props = value_(record.props) as Record<string, unknown>;
    if (name === 'Throws') {
      const thrown = THROWN[line % THROWN.length];
      const Throws = () => { throw thrown(); };
      return make(Throws, props);
    }
    if (name === 'Rows') {
      const children = props.children;
      async function Rows() { return children as ReactNode; }
      return make(Rows, {});
    }
    return make(TYPES[name], props);
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, value_(v)]));
}

/** A valid video, compiled after each case to show that the process was not poisoned. */
export const validVideo = () =>
  make(Video, {
    name: 'canary',
    children: [make(Scene, { story: 'Still fine.', children: make(AIVideoBackground, { model: videoModels[0], duration: durations[0] }) })],
  });
