import { createElement, use, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AIVideoBackground, Scene, Video, VoiceOver } from '../../src/components/index.js';
import { compile, compileAll, compileAllAsync, compileAsync } from '../../src/compiler/compile.js';
import type { CompileResult } from '../../src/compiler/types.js';

const valid = () => (
  <Video name="ok">
    <Scene story="Fine.">
      <AIVideoBackground model="veo3.1" duration="6s" prompt="a calm sea" />
    </Scene>
  </Video>
);
const hostile = (props: Record<string, unknown>) => (
  <Video name="x" {...(props as object)}>
    <Scene story="One." />
  </Video>
);
const only = (result: CompileResult) => {
  expect(result.diagnostics).toHaveLength(1);
  const [d] = result.diagnostics;
  expect(d.loc?.file).toMatch(/robustness\.test\.tsx$/);
  return d;
};

describe('the compiler never throws on hostile values (each one a located diagnostic)', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  const cases: Array<[string, () => ReactNode, RegExp]> = [
    ['a BigInt prop', () => <Video name="x"><Scene story="a"><AIVideoBackground model="veo3.1" duration={10n as never} /></Scene></Video>, /^duration is a BigInt \(10n\); use a number/],
    ['a Symbol duration', () => <Video name="x"><Scene story="a"><AIVideoBackground model="veo3.1" duration={Symbol('six') as never} /></Scene></Video>, /^duration is a Symbol \(Symbol\(six\)\); use a string/],
    ['a cyclic value', () => hostile({ webhookData: cyclic }), /^webhookData\.self refers back to an object that contains it \(a cycle\)/],
    ['a throwing toJSON', () => hostile({ webhookData: { a: { toJSON: () => { throw new Error('boom'); } } } }), /^webhookData\.a\.toJSON is a toJSON method/],
    ['a throwing getter', () => hostile({ webhookData: Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new Error('getter'); } }) }), /^webhookData\.a is a getter/],
    ['a Proxy', () => hostile({ webhookData: new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }) }), /^webhookData is a Proxy/],
    ['a function', () => hostile({ webhookData: { onDone: function notify() {} } }), /^webhookData\.onDone is a function notify; props are data, not code/],
    ['NaN', () => hostile({ webhookData: { ratio: NaN } }), /^webhookData\.ratio is NaN, which JSON cannot carry/],
    ['Infinity', () => hostile({ webhookData: { ratio: -Infinity } }), /^webhookData\.ratio is -Infinity, which JSON cannot carry/],
    ['a Date', () => hostile({ webhookData: { at: new Date(0) } }), /^webhookData\.at is a Date; write it as a string, e\.g\. date\.toISOString\(\)/],
    ['a class instance', () => hostile({ webhookData: { items: new Map() } }), /^webhookData\.items is a Map/],
    ['deep nesting', () => { let deep: object = {}; for (let i = 0; i < 100; i++) deep = { deep }; return hostile({ webhookData: deep }); }, /is nested more than 64 levels deep/],
    ['undefined in an array', () => hostile({ webhookData: { ids: [1, undefined] } }), /^webhookData\.ids\[1\] is undefined inside an array/],
    ['a ref', () => hostile({ ref: Object.freeze({ current: null }) }), /^unknown prop "ref" on <Video> \(Pictory would silently drop it\); a pictory-jsx component has no instance to refer to/],
  ];
  it.each(cases)('%s', (_name, tree, message) => {
    const d = only(compile(tree()));
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(message);
    expect(d.message.length).toBeLessThanOrEqual(400);
  });

  it('a prop named __proto__ stays a prop (never a prototype) and is refused', () => {
    const props = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const d = only(compile(hostile(props)));
    expect(d.message).toBe('unknown prop "__proto__" on <Video> (Pictory would silently drop it); a prop cannot be named __proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a null-prototype model is read as the plain object it is', () => {
    const d = only(compile(<Video name="x"><Scene story="a"><AIVideoBackground model={Object.create(null)} /></Scene></Video>));
    expect(d.code).toBe('invalid-value');
    expect(d.prop).toBe('model');
  });

  it('language="en_US" with splitSentences reports the language, not a RangeError', () => {
    const d = only(compile(<Video name="x" language={'en_US' as never}><Scene story="One. Two." splitSentences><AIVideoBackground model="veo3.1" /></Scene></Video>));
    expect(d.prop).toBe('language');
  });

  it('a non-string story with splitLines reports the story', () => {
    const d = only(compile(<Video name="x"><Scene story={{ text: 'a' } as never} splitLines><AIVideoBackground model="veo3.1" /></Scene></Video>));
    expect(d.prop).toBe('story');
  });

  it('a megabyte value is not echoed back', () => {
    const d = only(compile(<Video name="x"><Scene story="a"><AIVideoBackground model={'m'.repeat(1_000_000) as never} /></Scene></Video>));
    expect(d.message.length).toBeLessThanOrEqual(400);
  });

  it('webhookData that is JSON goes through exactly', () => {
    const data = { id: 7, tags: ['a', 'b'], nested: { ok: true, none: null }, ratio: 0.5 };
    const result = compile(hostile({ webhookData: data }));
    expect(result.diagnostics).toEqual([]);
    expect(result.request!.webhookInput).toEqual(data);
  });
});

describe('one bad tree never poisons the next', () => {
  it('after a ref to a frozen object given through React.createElement, a valid video compiles', () => {
    const Bad = () => createElement(Video as never, { name: 'bad', ref: Object.freeze({}) } as never, <Scene story="x" />);
    const bad = compile(<Bad />);
    expect(bad.diagnostics.length).toBeGreaterThan(0);
    for (const d of bad.diagnostics) expect(d.severity).toBe('error');
    expect(compile(valid()).diagnostics).toEqual([]);
  });

  it('after a component throws, a valid video compiles', () => {
    const Boom = (): never => {
      throw new Error('boom');
    };
    expect(compile(<Video name="x"><Boom /></Video>).diagnostics[0].code).toBe('component-threw');
    expect(compile(valid()).diagnostics).toEqual([]);
  });
});

describe('async components', () => {
  it('names the component and its line', () => {
    async function Rows() {
      return <Scene story="x" />;
    }
    const line = Number(new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1]) + 1;
    const Component = Rows as unknown as () => null; // the types already refuse an async component
    const d = only(compile(<Video name="x"><Component /></Video>));
    expect(d.code).toBe('async-component');
    expect(d.message).toBe(`<Rows> (robustness.test.tsx:${line + 1}) is an async component; load data with use(), or make the file's default export an async function`);
    expect(d.loc?.line).toBe(line + 1);
  });
});

describe('many videos in one tick', () => {
  it('compiles 2,000 videos through the reconciler without yielding, each complete', () => {
    const Narrated = ({ i }: { i: number }) => (
      <Video name={`v${i}`}>
        <VoiceOver speaker="Brian" />
        <Scene story={`Story ${i}.`} />
      </Video>
    );
    const results = Array.from({ length: 2000 }, (_, i) => compile(<Narrated i={i} />));
    expect(results.every((r) => r.diagnostics.length === 0)).toBe(true);
    expect(results[1999].request!.videoName).toBe('v1999');
    expect(results[1999].request!.scenes).toHaveLength(1);
  });

  it('compileAll and the async forms agree with compile on a DSL-only tree and a component tree', async () => {
    const Wrapped = () => valid();
    const direct = compile(valid());
    expect(compile(<Wrapped />)).toEqual(direct);
    expect(compileAll(valid())).toEqual([direct]);
    expect(await compileAsync(<Wrapped />)).toEqual(direct);
    expect(await compileAllAsync(valid())).toEqual([direct]);
  });

  it('compile() of a tree waiting for data that later fails leaves no unhandled rejection and no timer', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const timers = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
      let fail!: (error: Error) => void;
      const data = new Promise<string>((_, reject) => (fail = reject));
      const Story = () => <Scene story={use(data)} />;
      const result = compile(<Video name="x"><Story /></Video>);
      expect(result.diagnostics[0].code).toBe('data-not-loaded');
      expect(result.diagnostics[0].loc?.file).toMatch(/robustness\.test\.tsx$/);
      expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(timers);
      fail(new Error('feed down'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a compile awaiting data holds nothing once it has settled', async () => {
    const data = Promise.resolve(['A.']);
    const Scenes = () => use(data).map((s) => <Scene key={s} story={s} />);
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const result = await compileAsync(<Video name="x"><Scenes /></Video>);
    expect(result.diagnostics).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
  });
});
