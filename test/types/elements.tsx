/**
 * Edit-time checks of the overlay elements and subtitle styles: each `@ts-expect-error` below must be an
 * error. The valid programs first (a brand kit written `as const` included).
 */
import { Clip, Image, Scene, Shape, SubtitleStyle, Text, Video, type FontStyle, type TextAnimation } from 'pictory-jsx';

const brand = {
  heading: { fontFamily: 'Space Grotesk', fontSize: 72, color: 'rgb(255,255,255)', decorations: ['bold'] },
  entry: [{ name: 'fade', type: 'entry', speed: 'custom', customSpeedValue: 0.8, futureWords: 'subtle' }],
} as const;
const fadeIn: TextAnimation = { name: 'blur', type: 'entry', speed: 'fast', futureWords: 'hidden' };
const custom: FontStyle = { fontFamily: 'Brand Sans', fontUrl: 'https://cdn.example.com/brand.ttf', animations: [fadeIn] };

export const ok = (
  <Video name="ok">
    <SubtitleStyle fontFamily="Poppins Extrabold" fontSize={44} keywordColor="#FBBF24" showBullet animations={brand.entry} />
    <Scene story="Fine.">
      <SubtitleStyle fontFamily="My Font" fontUrl="https://cdn.example.com/my.ttf" position="bottom-center" />
      <Text variant="heading" style={brand.heading} top="10%" left="8%" width="80%">
        Title
      </Text>
      <Text variant="body" style={custom} position="center">
        Body {1}
      </Text>
      <Shape name="rectangle" fill="rgba(0,0,0,0.5)" borderRadius={12} top="5%" left="5%" />
      <Shape name="arrow-3" fill="#fff" position="bottom-right" width="10%" />
      <Image src="https://cdn.example.com/a.png" overlay={{ color: '#000000', opacity: 0.4 }} />
      <Image query="city" position="center" />
      <Image model="nanobanana" referenceImageUrl="https://cdn.example.com/b.png" prompt="recolour" />
      <Image model="flux-schnell" mediaStyle="cartoon" />
      <Clip model="veo3.1" duration="8s" prompt="waves" referenceImageUrls={['https://cdn.example.com/r.png']} />
      <Clip model="pixverse5.5" duration="10s" loop={false} mute />
      <Clip src="https://cdn.example.com/c.mp4" loop />
      <Clip query="ocean" />
    </Scene>
  </Video>
);

// @ts-expect-error veo3.1 offers 4s, 6s and 8s, not 5s
export const clipDuration = <Clip model="veo3.1" duration="5s" />;
// @ts-expect-error <Clip> takes video models only
export const clipImageModel = <Clip model="flux-schnell" />;
// @ts-expect-error <Image> takes image models only
export const imageVideoModel = <Image model="veo3.1" />;
// @ts-expect-error an image has no duration
export const imageDuration = <Image model="nanobanana" duration="4s" />;
// @ts-expect-error an image does not loop: loop/mute are for <Clip>
export const imageLoop = <Image src="https://cdn.example.com/a.png" loop />;
// @ts-expect-error one media source: src or query, not both
export const twoSources = <Image src="https://cdn.example.com/a.png" query="cats" />;
// @ts-expect-error one media source: src or model, not both
export const srcAndModel = <Clip src="https://cdn.example.com/a.mp4" model="veo3.1" />;
// @ts-expect-error a prompt needs a model
export const promptWithoutModel = <Image src="https://cdn.example.com/a.png" prompt="cats" />;
// @ts-expect-error flux-schnell does not edit images: no referenceImageUrl
export const notEditing = <Image model="flux-schnell" referenceImageUrl="https://cdn.example.com/a.png" />;
// @ts-expect-error position and top/left are exclusive
export const placedTwice = <Shape name="circle" position="center" top="10%" left="10%" />;
// @ts-expect-error top needs left
export const topOnly = <Shape name="circle" top="10%" />;
// @ts-expect-error a percentage, not pixels
export const pixels = <Shape name="circle" width="120px" />;
// @ts-expect-error not a colour Pictory knows
export const blurple = <Shape name="circle" fill="blurple" />;
// @ts-expect-error not a shape of the catalog
export const hexagon = <Shape name="hexagon" />;
// @ts-expect-error unknown element position
export const middle = <Text variant="body" position="middle">x</Text>;
// @ts-expect-error unknown text variant
export const title = <Text variant="title">x</Text>;
// @ts-expect-error fontStyle's position has no `center` alias
export const subtitleCenter = <SubtitleStyle position="center" />;
// @ts-expect-error a font outside the catalog needs fontUrl
export const unknownFont = <SubtitleStyle fontFamily="Comic Sans" />;
// @ts-expect-error bullets are for subtitle styles, not a text's style
export const textBullet = <Text variant="body" style={{ showBullet: true }}>x</Text>;
// @ts-expect-error unknown animation name
export const spin = <SubtitleStyle animations={[{ name: 'spin', type: 'entry', speed: 'fast' }]} />;
// @ts-expect-error customSpeedValue only with speed "custom"
export const speedValue = <SubtitleStyle animations={[{ name: 'fade', type: 'entry', speed: 'fast', customSpeedValue: 2 }]} />;
// @ts-expect-error futureWords only on fade and blur
export const futureWords = <SubtitleStyle animations={[{ name: 'drift', type: 'entry', speed: 'fast', futureWords: 'hidden' }]} />;
// @ts-expect-error unknown animation direction
export const diagonal = <SubtitleStyle animations={[{ name: 'drift', type: 'entry', speed: 'fast', direction: 'diagonal' }]} />;
// @ts-expect-error unknown decoration
export const strike = <SubtitleStyle decorations={['strike']} />;
// @ts-expect-error stroke colour must be a colour
export const strokeName = <Shape name="line" stroke="white" />;
// @ts-expect-error a clip starts from a first frame or follows reference images, not both
export const guidedTwice = <Clip model="veo3.1" firstFrameImageUrl="https://cdn.example.com/f.png" referenceImageUrls={['https://cdn.example.com/r.png']} />;
