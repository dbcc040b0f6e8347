/**
 * Every rule of the design's "Rules the compiler enforces": a bad program in, a diagnostic out that names
 * the rule, this file and the exact line of the offending element (marked with a `L:name` comment).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AIImageBackground,
  AIVideoBackground,
  BackgroundMusic,
  ColorBackground,
  compile,
  Scene,
  Video,
  VoiceOver,
  type Diagnostic,
} from 'pictory-jsx';

const thisFile = fileURLToPath(import.meta.url);
const source = readFileSync(thisFile, 'utf8').split('\n');
/** The 1-based line holding the marker `L:<name>`. */
const lineOf = (marker: string) => source.findIndex((l) => l.includes(`L:${marker} `)) + 1;
/** Hide a deliberate mistake from the type checker, as a spread from untyped data would. */
const untyped = (props: Record<string, unknown>): any => props;

function expectDiagnostic(node: ReactNode, code: string, marker: string, severity: Diagnostic['severity'] = 'error') {
  const { diagnostics } = compile(node);
  const found = diagnostics.find((d) => d.code === code);
  expect(found, `no ${code} among ${JSON.stringify(diagnostics.map((d) => d.code))}`).toBeDefined();
  expect(found!.severity).toBe(severity);
  expect(found!.loc?.file).toBe(thisFile);
  expect(found!.loc?.line).toBe(lineOf(marker));
  return found!;
}

describe('errors: nothing is sent', () => {
  it('unknown component', () => {
    const Div = 'div' as any;
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <Div /> {/* L:div */}
        </Scene>
      </Video>,
      'unknown-component',
      'div',
    );
    expect(d.message).toContain('<div> is not a pictory-jsx component');
    expect(d.path).toBe('Video > Scene[1] > div');
  });

  it('unknown prop, with a suggestion', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground model="veo3.1" {...untyped({ promt: 'a city' })} /> {/* L:promt */}
        </Scene>
      </Video>,
      'unknown-prop',
      'promt',
    );
    expect(d.message).toBe('unknown prop "promt" on <AIVideoBackground> (Pictory would silently drop it); did you mean "prompt"?');
    expect(d.path).toBe('Video > Scene[1] > AIVideoBackground');
  });

  it('unknown model', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground {...untyped({ model: 'veo3' })} /> {/* L:model */}
        </Scene>
      </Video>,
      'invalid-value',
      'model',
    );
    expect(d.message).toBe('model "veo3" is not one of pixverse5.5, veo3.1_fast, veo3.1 (did you mean "veo3.1"?)');
  });

  it('a duration the model does not offer', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <AIVideoBackground {...untyped({ model: 'veo3.1', duration: '5s' })} /> {/* L:duration */}
        </Scene>
      </Video>,
      'duration-not-offered',
      'duration',
    );
    expect(d.message).toBe('model "veo3.1" does not offer duration "5s" (it offers 4s, 6s, 8s); Pictory would silently use 4s');
  });

  it('duration on an image model', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <AIImageBackground model="flux-schnell" {...untyped({ duration: '4s' })} /> {/* L:image-duration */}
        </Scene>
      </Video>,
      'unknown-prop',
      'image-duration',
    );
    expect(d.message).toContain('image models make stills; `duration` is only for <AIVideoBackground>');
  });

  it('two backgrounds in one scene', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <ColorBackground color="#000" />
          <AIImageBackground model="flux-schnell" /> {/* L:second-bg */}
        </Scene>
      </Video>,
      'two-backgrounds',
      'second-bg',
    );
    expect(d.message).toContain('already has <ColorBackground>');
  });

  it('a background outside a scene', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a" />
        <ColorBackground color="#000" /> {/* L:bg-outside */}
      </Video>,
      'misplaced',
      'bg-outside',
    );
    expect(d.message).toBe('<ColorBackground> must be inside a <Scene>');
  });

  it('a scene outside a video', () => {
    const results = compile(
      <>
        <Scene story="a" /> {/* L:scene-outside */}
        <Video name="v">
          <Scene story="b" />
        </Video>
      </>,
    );
    const d = results.diagnostics.find((x) => x.code === 'misplaced')!;
    expect(d.message).toBe('a <Scene> must be directly inside a <Video>');
    expect(d.loc?.line).toBe(lineOf('scene-outside'));
  });

  it('a video with no scene', () => {
    const d = expectDiagnostic(
      <Video name="empty" />, // L:no-scene 
      'no-scenes',
      'no-scene',
    );
    expect(d.message).toBe('a <Video> needs at least one <Scene>');
  });

  it('a prompt over 500 characters', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <AIImageBackground model="nanobanana" prompt={'x'.repeat(501)} /> {/* L:prompt-501 */}
        </Scene>
      </Video>,
      'out-of-range',
      'prompt-501',
    );
    expect(d.message).toBe('prompt is 501 characters long; it must be at most 500 characters');
  });

  it.each([
    ['speed', { speaker: 'Brian', speed: 250 }, 'speed 250 is out of range: it must be between 50 and 200'],
    ['amplificationLevel', { speaker: 'Brian', amplificationLevel: -2 }, 'amplificationLevel -2 is out of range: it must be between -1 and 1'],
  ])('%s out of range', (_prop, props, message) => {
    const d = expectDiagnostic(
      <Video name="v">
        <VoiceOver {...(props as any)} /> {/* L:voice-range */}
        <Scene story="a" />
      </Video>,
      'out-of-range',
      'voice-range',
    );
    expect(d.message).toBe(message);
  });

  it('volume out of range', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <BackgroundMusic autoMusic volume={1.5} /> {/* L:volume */}
        <Scene story="a" />
      </Video>,
      'out-of-range',
      'volume',
    );
    expect(d.message).toBe('volume 1.5 is out of range: it must be between 0 and 1');
  });

  it('width without height', () => {
    const d = expectDiagnostic(
      <Video name="v" {...untyped({ width: 1080 })}> {/* L:width */}
        <Scene story="a" />
      </Video>,
      'size-incomplete',
      'width',
    );
    expect(d.message).toBe('width is set without height: Pictory needs videoWidth and videoHeight together');
  });

  it('brandId with brandName', () => {
    const d = expectDiagnostic(
      <Video name="v" {...untyped({ brandId: 'b1', brandName: 'Acme' })}> {/* L:brand */}
        <Scene story="a" />
      </Video>,
      'brand-twice',
      'brand',
    );
    expect(d.message).toBe('brandId and brandName are mutually exclusive; keep one');
  });

  it('text where no text belongs', () => {
    const d = expectDiagnostic(
      <Video name="v"> {/* L:stray-text */}
        Welcome to the launch.
        <Scene story="a" />
      </Video>,
      'stray-text',
      'stray-text',
    );
    expect(d.message).toBe('text "Welcome to the launch." is directly in <Video>; put it in a <Scene>; only a <Scene> takes text (its story)');
  });

  it('a component that throws is reported with its name and line', () => {
    function ProductScene(): never {
      throw new Error('price missing for SKU 42'); // L:throw 
    }
    const { diagnostics } = compile(
      <Video name="v">
        <ProductScene />
      </Video>,
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].code).toBe('component-threw');
    expect(diagnostics[0].message).toBe('a component threw: price missing for SKU 42');
    expect(diagnostics[0].path).toBe('<ProductScene>');
    expect(diagnostics[0].loc?.line).toBe(lineOf('throw'));
  });
});

describe('warnings: sent, but Pictory would silently change something', () => {
  it('an aspect ratio the model does not support', () => {
    const d = expectDiagnostic(
      <Video name="v" aspectRatio="1:1">
        <Scene story="a">
          <AIVideoBackground model="veo3.1" duration="6s" /> {/* L:ratio */}
        </Scene>
      </Video>,
      'aspect-ratio-fallback',
      'ratio',
      'warning',
    );
    expect(d.message).toBe('model "veo3.1" does not support aspect ratio 1:1 (it supports 16:9, 9:16); Pictory will silently generate 16:9');
  });

  it('a prompt over 250 characters', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <Scene story="a">
          <AIImageBackground model="seedream3.0" prompt={'y'.repeat(300)} /> {/* L:prompt-300 */}
        </Scene>
      </Video>,
      'prompt-long',
      'prompt-300',
      'warning',
    );
    expect(d.message).toBe('prompt is 300 characters: over the 250 that older Pictory docs allow');
  });

  it('music without a volume', () => {
    const d = expectDiagnostic(
      <Video name="v">
        <BackgroundMusic autoMusic /> {/* L:music */}
        <Scene story="a" />
      </Video>,
      'music-full-volume',
      'music',
      'warning',
    );
    expect(d.message).toContain('full volume');
  });
});

describe('a valid video', () => {
  it('has no diagnostics at all', () => {
    const { diagnostics } = compile(
      <Video name="clean" aspectRatio="16:9">
        <BackgroundMusic autoMusic volume={0.2} />
        <Scene story="a">
          <AIVideoBackground model="veo3.1" duration="6s" />
        </Scene>
      </Video>,
    );
    expect(diagnostics).toEqual([]);
  });

  it('accepts a component returning several videos only through compileAll', () => {
    const Two = () => [<Video key="a" name="a"><Scene story="a" /></Video>, <Video key="b" name="b"><Scene story="b" /></Video>];
    const { diagnostics } = compile(createElement(Two));
    expect(diagnostics.map((d) => d.code)).toEqual(['several-videos']);
  });
});
