/**
 * Every documented field of an element and of a subtitle style is writable: for Pictory's official
 * example requests and for random valid wire elements (`test/support/arbitrary-request.ts`), the matching
 * `<Text>`, `<Shape>`, `<Image>`, `<Clip>` and `<SubtitleStyle>` compile back to exactly the same JSON, with
 * no error.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Clip, ColorBackground, compile, Image, Scene, Shape, SubtitleStyle, Text, Video } from 'pictory-jsx';
import { arbitraryElement, arbitrarySubtitleStyle } from '../support/arbitrary-request.js';

type Obj = Record<string, any>;

/** The DSL element that writes a wire element: each field back to its component and prop. */
function elementFor(el: Obj, key: number) {
  const { type, ...rest } = el;
  if (type === 'text') {
    const { textVariant, ...props } = rest;
    return <Text key={key} variant={textVariant} {...(props as any)} />;
  }
  if (type === 'shape') return <Shape key={key} {...(rest as any)} />;
  const { visualUrl, searchFilter, aiVisual, colorOverlay, settings, ...place } = rest;
  const { videoDuration, ...ai } = aiVisual ?? {};
  const props: Obj = { src: visualUrl, query: searchFilter?.query, ...ai, duration: videoDuration, overlay: colorOverlay, ...settings, ...place };
  return type === 'image' ? <Image key={key} {...(props as any)} /> : <Clip key={key} {...(props as any)} />;
}

function roundTrip(elements: Obj[], subtitleStyle?: Obj) {
  const result = compile(
    <Video name="round-trip">
      {subtitleStyle && <SubtitleStyle {...(subtitleStyle as any)} />}
      <Scene story="a">
        <ColorBackground color="#000000" />
        {elements.map(elementFor)}
      </Scene>
    </Video>,
  );
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${d.message}`);
  expect(errors).toEqual([]);
  if (!result.ok) throw new Error('unreachable');
  return result.request as unknown as Obj;
}

const official: Obj[] = JSON.parse(readFileSync(new URL('../schema/official-examples.json', import.meta.url), 'utf8'));

describe("Pictory's official examples: every element and subtitle style", () => {
  it.each(official.map((body, i) => [i + 1, body] as const))('example %i', (_, body) => {
    for (const scene of body.scenes as Obj[]) {
      if (!scene.elements && !body.subtitleStyle) continue;
      const request = roundTrip(scene.elements ?? [], body.subtitleStyle);
      expect(request.scenes[0].elements).toEqual(scene.elements);
      expect(request.subtitleStyle).toEqual(body.subtitleStyle);
    }
  });

  it('covers 102 elements of the four kinds', () => {
    const elements = official.flatMap((body) => (body.scenes as Obj[]).flatMap((s) => s.elements ?? []));
    expect(elements).toHaveLength(102);
    expect(new Set(elements.map((e) => e.type))).toEqual(new Set(['text', 'shape', 'image', 'video']));
  });
});

describe('random valid elements and subtitle styles', () => {
  it('compile back to the same JSON', () => {
    fc.assert(
      fc.property(fc.array(arbitraryElement, { minLength: 1, maxLength: 20 }), fc.option(arbitrarySubtitleStyle, { nil: undefined }), (elements, style) => {
        const request = roundTrip(elements, style);
        expect(request.scenes[0].elements).toEqual(elements);
        expect(request.subtitleStyle).toEqual(style);
      }),
      { numRuns: 200 },
    );
  });
});
