/** The design lint inside compile(): silenced per element with `lint`, for the whole compile with `{lint: false}`. */
import { describe, expect, it } from 'vitest';
import { ColorBackground, compile, Scene, Text, Video } from 'pictory-jsx';

const STYLE = { fontFamily: 'DM Sans', fontSize: 36, alignment: 'left' } as const;

function stacked(first: { lint?: false | readonly ('overlap' | 'text-wraps')[] } = {}, second: typeof first = {}) {
  return (
    <Video name="v">
      <Scene>
        <ColorBackground color="rgb(15,23,42)" />
        <Text variant="body" top="40%" left="10%" width="60%" style={STYLE} {...first}>
          Report suspicious emails
        </Text>
        <Text variant="body" top="43%" left="10%" width="60%" style={STYLE} {...second}>
          Update software monthly
        </Text>
      </Scene>
    </Video>
  );
}

const codes = (node: ReturnType<typeof stacked>, options?: { lint?: boolean }) => compile(node, options).diagnostics.map((d) => d.code);

describe('the design lint in compile()', () => {
  it('warns about two stacked texts, and the request is still sendable', () => {
    const result = compile(stacked());
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([['warning', 'overlap', 'Video > Scene[1] > Text[2]']]);
    expect(result.ok).toBe(true);
  });

  it('an overlap is silenced by either element, for that rule only', () => {
    expect(codes(stacked({ lint: ['overlap'] }))).toEqual([]);
    expect(codes(stacked({}, { lint: false }))).toEqual([]);
    expect(codes(stacked({ lint: ['text-wraps'] }))).toEqual(['overlap']);
  });

  it('the lint prop is never sent to Pictory', () => {
    const result = compile(stacked({ lint: false }));
    expect(JSON.stringify(result.request)).not.toContain('lint');
  });

  it('compile(…, { lint: false }) turns it off', () => {
    expect(codes(stacked(), { lint: false })).toEqual([]);
  });
});
