/**
 * The overlay elements and subtitle styles: each component's exact JSON, its place in the request
 * (a scene's `elements[]` in JSX order; `subtitleStyle` of the video or of a scene), and its price.
 */
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import * as pictory from 'pictory-jsx';
import { Clip, ColorBackground, Fragment, Image, Scene, Shape, SubtitleStyle, Text, Video } from 'pictory-jsx';
import { expectOk } from './expect-ok.js';

/** The request as plain JSON (its TypeScript type is another test's concern). */
type Json = Record<string, any>;
const compile = (node: ReactNode) => {
  const { request, diagnostics } = expectOk(pictory.compile(node));
  return { request: request as unknown as Json, diagnostics };
};
/** The elements of the only scene of a video. */
const elementsOf = (...children: ReactNode[]) =>
  compile(
    <Video name="v">
      <Scene story="a">
        <ColorBackground color="#000000" />
        {children.map((child, i) => (
          <Fragment key={i}>{child}</Fragment>
        ))}
      </Scene>
    </Video>,
  ).request.scenes![0].elements!;

describe('<Text>', () => {
  it('writes its text children, variant, style and coordinates', () => {
    const style = {
      fontFamily: 'DM Sans',
      fontSize: 30,
      color: 'rgb(34,211,238)',
      case: 'uppercase',
      alignment: 'left',
      animations: [{ name: 'drift', type: 'entry', speed: 'medium', direction: 'up' }],
    } as const;
    expect(
      elementsOf(
        <Text variant="subheading" style={style} top="44%" left="8%" width="60%">
          SECURITY BASICS
        </Text>,
      ),
    ).toEqual([
      {
        type: 'text',
        text: 'SECURITY BASICS',
        textVariant: 'subheading',
        style: {
          fontFamily: 'DM Sans',
          fontSize: 30,
          color: 'rgb(34,211,238)',
          case: 'uppercase',
          alignment: 'left',
          animations: [{ name: 'drift', type: 'entry', speed: 'medium', direction: 'up' }],
        },
        top: '44%',
        left: '8%',
        width: '60%',
      },
    ]);
  });

  it('joins expression children into one text and takes a position preset', () => {
    const n = 3;
    expect(
      elementsOf(
        <Text variant="body" position="center">
          Step {n}. Ship it
        </Text>,
      ),
    ).toEqual([{ type: 'text', text: 'Step 3. Ship it', textVariant: 'body', position: 'center' }]);
  });

  it('takes the text as a prop too, and any font with a fontUrl', () => {
    expect(
      elementsOf(<Text text="Hi" variant="heading" style={{ fontFamily: 'Brand Sans', fontUrl: 'https://cdn.example.com/brand.ttf' }} />),
    ).toEqual([{ type: 'text', text: 'Hi', textVariant: 'heading', style: { fontFamily: 'Brand Sans', fontUrl: 'https://cdn.example.com/brand.ttf' } }]);
  });
});

describe('<Shape>', () => {
  it('writes name, fill, stroke, radius and placement', () => {
    expect(
      elementsOf(
        <Shape name="rectangle" fill="rgb(34,211,238)" stroke="#ffffff" strokeWidth={2} borderRadius={12} top="38%" left="8%" width="6%" />,
        <Shape name="badge-3" fill="#FBBF24" position="top-right" />,
      ),
    ).toEqual([
      { type: 'shape', name: 'rectangle', fill: 'rgb(34,211,238)', stroke: '#ffffff', strokeWidth: 2, borderRadius: 12, top: '38%', left: '8%', width: '6%' },
      { type: 'shape', name: 'badge-3', fill: '#FBBF24', position: 'top-right' },
    ]);
  });
});

describe('<Image>', () => {
  it('writes each source: a URL, a stock search, an AI model', () => {
    expect(
      elementsOf(
        <Image src="https://cdn.example.com/a.png" overlay={{ color: 'rgb(0,0,0)', opacity: 0.3 }} width="20%" />,
        <Image query="city skyline at night" position="bottom-left" />,
        <Image
          model="seedream3.0"
          prompt="sleek lamp"
          mediaStyle="futuristic"
          referenceImageUrl="https://cdn.example.com/lamp.png"
          visualContinuity
          top="58%"
          left="70%"
          width="24%"
        />,
      ),
    ).toEqual([
      { type: 'image', visualUrl: 'https://cdn.example.com/a.png', colorOverlay: { color: 'rgb(0,0,0)', opacity: 0.3 }, width: '20%' },
      { type: 'image', searchFilter: { query: 'city skyline at night' }, position: 'bottom-left' },
      {
        type: 'image',
        aiVisual: { model: 'seedream3.0', prompt: 'sleek lamp', mediaStyle: 'futuristic', referenceImageUrl: 'https://cdn.example.com/lamp.png', visualContinuity: true },
        top: '58%',
        left: '70%',
        width: '24%',
      },
    ]);
  });
});

describe('<Clip>', () => {
  it('writes each source, the AI fields and settings', () => {
    expect(
      elementsOf(
        <Clip model="pixverse5.5" duration="5s" prompt="warm particles" loop mute top="60%" left="64%" width="30%" />,
        <Clip src="https://cdn.example.com/b.mp4" loop={false} position="center-right" />,
        <Clip query="ocean waves" overlay={{ color: '#102030' }} />,
        <Clip model="veo3.1_fast" firstFrameImageUrl="https://cdn.example.com/f.png" visualContinuity />,
        <Clip model="veo3.1" duration="4s" referenceImageUrls={['https://cdn.example.com/r1.png', 'https://cdn.example.com/r2.png'] as const} />,
      ),
    ).toEqual([
      { type: 'video', aiVisual: { model: 'pixverse5.5', prompt: 'warm particles', videoDuration: '5s' }, settings: { loop: true, mute: true }, top: '60%', left: '64%', width: '30%' },
      { type: 'video', visualUrl: 'https://cdn.example.com/b.mp4', settings: { loop: false }, position: 'center-right' },
      { type: 'video', searchFilter: { query: 'ocean waves' }, colorOverlay: { color: '#102030' } },
      { type: 'video', aiVisual: { model: 'veo3.1_fast', firstFrameImageUrl: 'https://cdn.example.com/f.png', visualContinuity: true } },
      { type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '4s', referenceImageUrls: ['https://cdn.example.com/r1.png', 'https://cdn.example.com/r2.png'] } },
    ]);
  });
});

describe('elements together', () => {
  it('keeps JSX order across kinds, through fragments and components', () => {
    const Step = ({ n, label }: { n: number; label: string }) => (
      <>
        <Shape name="circle" fill="rgb(251,191,36)" top="20%" left="8%" width="11%" />
        <Text variant="body" top="22%" left="8%" width="11%">
          {n}
        </Text>
        <Text variant="subheading" top="22%" left="22%" width="60%">
          {label}
        </Text>
      </>
    );
    const elements = elementsOf(<Step n={1} label="Check the sender" />, <Image query="email inbox" position="bottom-right" />);
    expect(elements.map((e: { type: string }) => e.type)).toEqual(['shape', 'text', 'text', 'image']);
    expect(elements[1]).toMatchObject({ text: '1' });
  });

  it('leaves `elements` out of a scene that has none', () => {
    const { request } = compile(
      <Video name="v">
        <Scene story="a" />
      </Video>,
    );
    expect(request.scenes![0]).not.toHaveProperty('elements');
  });
});

describe('<SubtitleStyle>', () => {
  it('writes the video-wide and a scene subtitleStyle, bullets and animations included', () => {
    const { request, diagnostics } = compile(
      <Video name="v">
        <SubtitleStyle
          fontFamily="Poppins Extrabold"
          fontSize={44}
          color="rgb(255,255,255)"
          keywordColor="rgb(251,191,36)"
          position="center-center"
          alignment="center"
        />
        <Scene story="One.">
          <SubtitleStyle
            fontFamily="Brand Serif"
            fontUrl="https://cdn.example.com/serif.woff"
            backgroundColor="rgba(0,0,0,0)"
            shadowColor="#000"
            shadowWidth="2%"
            decorations={['bold', 'italics']}
            case="capitalize"
            paragraphWidth="80%"
            showBoxBackground={false}
            showBullet
            bulletSize={8}
            bulletFillColor="#ff0000"
            animations={[
              { name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 0.5, futureWords: 'subtle', writingStyle: 'word' },
              { name: 'wipe', type: 'exit', speed: 'fast', direction: 'left' },
            ]}
          />
        </Scene>
      </Video>,
    );
    expect(diagnostics).toEqual([]);
    expect(request.subtitleStyle).toEqual({
      fontFamily: 'Poppins Extrabold',
      fontSize: 44,
      color: 'rgb(255,255,255)',
      keywordColor: 'rgb(251,191,36)',
      position: 'center-center',
      alignment: 'center',
    });
    expect(request.scenes![0].subtitleStyle).toEqual({
      fontFamily: 'Brand Serif',
      fontUrl: 'https://cdn.example.com/serif.woff',
      backgroundColor: 'rgba(0,0,0,0)',
      shadowColor: '#000',
      shadowWidth: '2%',
      decorations: ['bold', 'italics'],
      case: 'capitalize',
      paragraphWidth: '80%',
      showBoxBackground: false,
      showBullet: true,
      bulletSize: 8,
      bulletFillColor: '#ff0000',
      animations: [
        { name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 0.5, futureWords: 'subtle', writingStyle: 'word' },
        { name: 'wipe', type: 'exit', speed: 'fast', direction: 'left' },
      ],
    });
  });
});
