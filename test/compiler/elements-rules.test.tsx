/**
 * The rules of the overlay elements and font styles, beyond the one exact-text case per code in
 * catalogue.test.tsx: the limits and formats each reported with its exact message, the component path and
 * the line of the offending element in this file (marked `L:name`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AIVideoBackground, Clip, ColorBackground, compile, Image, Scene, Shape, SubtitleStyle, Text, Video, type DSLNode } from 'pictory-jsx';

const thisFile = fileURLToPath(import.meta.url);
const source = readFileSync(thisFile, 'utf8').split('\n');
const lineOf = (marker: string) => source.findIndex((l) => l.includes(`L:${marker} `)) + 1;
/** Hide a deliberate mistake from the type checker, as a spread from untyped data would. */
const untyped = (props: Record<string, unknown>): any => props;

/** `code: message @ path:line` for each diagnostic, lines shown as their marker names when they match one. */
function report(node: ReactNode): string[] {
  return compile(node).diagnostics.map((d) => {
    expect(d.loc?.file).toBe(thisFile);
    return `${d.severity} ${d.code}: ${d.message} @ ${d.path}:${d.loc?.line}`;
  });
}
const scene = (...elements: DSLNode[]) => (
  <Video name="v">
    <Scene story="a">
      <ColorBackground color="#000" />
      {elements}
    </Scene>
  </Video>
);

describe('element rules, with file:line and the component path', () => {
  it('text of at most 2,000 characters', () => {
    expect(report(scene(<Text key="1" variant="body">{'x'.repeat(2001)}</Text> /* L:long-text */))).toEqual([
      `error too-long: text is 2001 characters long; it must be at most 2000 characters @ Video > Scene[1] > Text[1]:${lineOf('long-text')}`,
    ]);
  });

  it('an empty <Text>', () => {
    expect(report(scene(<Text key="1" variant="body" /> /* L:empty-text */))).toEqual([
      `error missing-prop: <Text> needs the \`text\` prop (the text, as children or as \`text\`) @ Video > Scene[1] > Text[1]:${lineOf('empty-text')}`,
    ]);
  });

  it('colours are rgb(), rgba() or hex: "blurple" fails', () => {
    expect(report(scene(<Shape key="1" name="circle" {...untyped({ fill: 'blurple' })} /> /* L:blurple */))).toEqual([
      `error invalid-format: fill "blurple" must be a colour like "rgb(255,255,255)", "rgba(0,0,0,0.5)" or "#1a2b3c" @ Video > Scene[1] > Shape[1]:${lineOf('blurple')}`,
    ]);
  });

  it('percentages are integer strings 0–100 %', () => {
    expect(
      report(
        scene(
          <Shape key="1" name="circle" {...untyped({ top: '10.5%', left: '120%', width: '30px' })} /> /* L:percent */,
        ),
      ),
    ).toEqual(
      ['top "10.5%"', 'left "120%"', 'width "30px"'].map(
        (prop) =>
          `error invalid-format: ${prop} must be an integer percentage from "0%" to "100%", like "30%" @ Video > Scene[1] > Shape[1]:${lineOf('percent')}`,
      ),
    );
  });

  it('font size an integer of at least 1', () => {
    expect(
      report(
        scene(
          <Text key="1" variant="body" style={{ fontSize: 12.5 }}>a</Text> /* L:size-half */,
          <Text key="2" variant="body" style={{ fontSize: 0 }}>b</Text> /* L:size-zero */,
        ),
      ),
    ).toEqual([
      `error invalid-type: style.fontSize must be a whole number, got the number 12.5 @ Video > Scene[1] > Text[1]:${lineOf('size-half')}`,
      `error out-of-range: style.fontSize 0 is out of range: it must be at least 1 @ Video > Scene[1] > Text[2]:${lineOf('size-zero')}`,
    ]);
  });

  it('at most two animations, and customSpeedValue of at least 0.5', () => {
    const three = [
      { name: 'fade', type: 'entry', speed: 'fast' },
      { name: 'wipe', type: 'exit', speed: 'fast' },
      { name: 'blur', type: 'exit', speed: 'fast' },
    ] as const;
    expect(
      report(
        <Video name="v">
          <SubtitleStyle animations={three} /> {/* L:three */}
          <Scene story="a">
            <SubtitleStyle animations={[{ name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 0.25 }]} /> {/* L:slow */}
          </Scene>
        </Video>,
      ),
    ).toEqual([
      `error out-of-range: animations has 3 items and is out of range: it must be at most 2 items @ Video > SubtitleStyle:${lineOf('three')}`,
      `error out-of-range: animations.0.customSpeedValue 0.25 is out of range: it must be at least 0.5 @ Video > Scene[1] > SubtitleStyle:${lineOf('slow')}`,
    ]);
  });

  it('loop and mute only on video: an <Image> does not play', () => {
    expect(report(scene(<Image key="1" query="cats" {...untyped({ loop: true })} /> /* L:image-loop */))).toEqual([
      `error unknown-prop: unknown prop "loop" on <Image> (Pictory would silently drop it); an image does not play: \`loop\` and \`mute\` are for <Clip> @ Video > Scene[1] > Image[1]:${lineOf('image-loop')}`,
    ]);
  });

  it('a clip duration the model does not offer', () => {
    expect(report(scene(<Clip key="1" model="veo3.1" {...untyped({ duration: '10s' })} /> /* L:clip-10s */))).toEqual([
      `error duration-not-offered: model "veo3.1" does not offer duration "10s" (it offers 4s, 6s, 8s); Pictory would silently use 4s @ Video > Scene[1] > Clip[1]:${lineOf('clip-10s')}`,
    ]);
  });

  it('one to two reference images', () => {
    const urls = ['https://x.example/1.png', 'https://x.example/2.png', 'https://x.example/3.png'];
    expect(report(scene(<Clip key="1" model="veo3.1" referenceImageUrls={urls} /> /* L:three-refs */))).toEqual([
      `error out-of-range: referenceImageUrls has 3 items and is out of range: it must be at most 2 items @ Video > Scene[1] > Clip[1]:${lineOf('three-refs')}`,
    ]);
  });

  it('no media source at all', () => {
    expect(report(scene(<Clip key="1" {...untyped({ loop: true })} /> /* L:no-source */))).toEqual([
      `error media-source-count: <Clip> takes exactly one source, \`src\`, \`query\` or \`model\`; none is given @ Video > Scene[1] > Clip[1]:${lineOf('no-source')}`,
    ]);
  });

  it('the AI visual rules of backgrounds apply to AI elements: aspect-ratio fallback', () => {
    expect(
      report(
        <Video name="v" aspectRatio="1:1">
          <Scene story="a">
            <Clip model="veo3.1" /> {/* L:square */}
          </Scene>
        </Video>,
      ),
    ).toEqual([
      `warning aspect-ratio-fallback: model "veo3.1" does not support aspect ratio 1:1 (it supports 16:9, 9:16); Pictory will silently generate 16:9 @ Video > Scene[1] > Clip[1]:${lineOf('square')}`,
    ]);
  });

  it('mediaStyle beside a prompt is ignored by every AI video, background or clip', () => {
    expect(
      report(
        <Video name="v">
          <Scene story="a">
            <AIVideoBackground model="pixverse5.5" prompt="waves" mediaStyle="vintage" /> {/* L:bg-style */}
            <Clip model="pixverse5.5" mediaStyle="vintage" />
            <Image model="flux-schnell" prompt="waves" mediaStyle="vintage" />
          </Scene>
        </Video>,
      ),
    ).toEqual([
      `warning media-style-ignored: mediaStyle is ignored: video model "pixverse5.5" uses it only when it writes the prompt itself @ Video > Scene[1] > AIVideoBackground:${lineOf('bg-style')}`,
    ]);
  });

  it('a text element outside a scene, and a subtitle style inside an element', () => {
    expect(
      report(
        <Video name="v">
          <Text variant="body">x</Text> {/* L:text-in-video */}
          <Scene story="a" />
        </Video>,
      ),
    ).toEqual([
      `error misplaced: <Text> is an element of a scene: it must be directly inside a <Scene> @ Video > Text:${lineOf('text-in-video')}`,
    ]);
  });

  it('two subtitle styles in one scene', () => {
    expect(
      report(
        <Video name="v">
          <Scene story="a">
            <SubtitleStyle fontSize={30} />
            <SubtitleStyle fontSize={40} /> {/* L:second-style */}
          </Scene>
        </Video>,
      ),
    ).toEqual([
      `error duplicate: only one <SubtitleStyle> is allowed here; another one is at line ${lineOf('second-style') - 1} @ Video > Scene[1] > SubtitleStyle:${lineOf('second-style')}`,
    ]);
  });

  it('a valid designed scene reports nothing but what Pictory would change', () => {
    expect(
      report(
        scene(
          <Shape key="1" name="rectangle" fill="rgb(15,23,42)" borderRadius={16} stroke="#fff" strokeWidth={2} top="10%" left="5%" width="90%" />,
          <Text key="2" variant="heading" style={{ fontFamily: 'Anton', fontSize: 66, animations: [{ name: 'fade', type: 'entry', speed: 'fast' }, { name: 'fade', type: 'exit', speed: 'slow' }] }} position="center">
            Hello
          </Text>,
        ),
      ),
    ).toEqual([]);
  });
});
