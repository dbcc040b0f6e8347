/**
 * A brand kit shared by every campaign: the narrator, the music, the default AI models and media style, the
 * logo and the colours live in one React context, and the components below read it. A campaign renders
 * inside the kit (or a different one), and may override any part of it for itself with <BrandKitProvider>.
 *
 * Used by spring-sale.tsx and product-launch.tsx.
 */
import {
  createContext,
  useContext,
  Video,
  Scene,
  AIImageBackground,
  AIVideoBackground,
  ImageBackground,
  ColorBackground,
  VoiceOver,
  BackgroundMusic,
  type AIImageBackgroundProps,
  type AIVideoBackgroundProps,
  type BackgroundMusicProps,
  type AspectRatio,
  type SceneProps,
  type VoiceOverProps,
} from 'pictory-jsx';

type Children = SceneProps['children'];
/** Omit that keeps a union a union (so each video model keeps its own durations). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface BrandKit {
  /** Said out loud in calls to action. */
  website: string;
  /** A full-frame logo card (1920×1080), the background of every intro. */
  logoUrl: string;
  voice: VoiceOverProps;
  music: BackgroundMusicProps;
  /** Model and duration of AI video clips (each model's own durations are checked by type). */
  clip: DistributiveOmit<AIVideoBackgroundProps, 'prompt' | 'mediaStyle'>;
  /** Model of AI images. */
  imageModel: AIImageBackgroundProps['model'];
  /** The look of AI images. */
  mediaStyle: NonNullable<AIImageBackgroundProps['mediaStyle']>;
  /** Background of calls to action. */
  primaryColor: string;
}

/** Fernhill Coffee's kit: the default for every campaign in this folder. */
export const fernhill: BrandKit = {
  website: 'fernhill.coffee',
  logoUrl: 'https://cdn.fernhill.coffee/brand/logo-card-1920x1080.png',
  voice: { speaker: 'Jackson', speed: 105 },
  music: { autoMusic: true, volume: 0.3 },
  clip: { model: 'pixverse5.5', duration: '8s' },
  imageModel: 'seedream3.0',
  mediaStyle: 'photorealistic',
  primaryColor: '#1F3B2D',
};

const BrandKitContext = createContext<BrandKit>(fernhill);

/** The kit in effect here. */
export function useBrandKit(): BrandKit {
  return useContext(BrandKitContext);
}

/**
 * Provide a kit to everything inside: a whole `kit`, or an `override` of some of its parts (merged over the
 * kit in effect), or both.
 */
export function BrandKitProvider({
  kit,
  override,
  children,
}: {
  kit?: BrandKit;
  override?: Partial<BrandKit>;
  children?: Children;
}) {
  const outer = useBrandKit();
  return <BrandKitContext value={{ ...(kit ?? outer), ...override }}>{children}</BrandKitContext>;
}

/** A `<Video>` narrated by the kit's voice over the kit's music. */
export function BrandedVideo({ children, ...video }: { name: string; aspectRatio?: AspectRatio; children?: Children }) {
  const kit = useBrandKit();
  return (
    <Video {...video}>
      <VoiceOver {...kit.voice} />
      <BackgroundMusic {...kit.music} />
      {children}
    </Video>
  );
}

/** An AI image in the kit's model and style; a scene may pick another model or style. */
export function BrandedImage({ prompt, model, mediaStyle }: Partial<AIImageBackgroundProps> & { prompt: string }) {
  const kit = useBrandKit();
  return <AIImageBackground model={model ?? kit.imageModel} mediaStyle={mediaStyle ?? kit.mediaStyle} prompt={prompt} />;
}

/** An AI video clip in the kit's model and duration. (A media style only steers video models without a prompt.) */
export function BrandedClip({ prompt }: { prompt: string }) {
  const kit = useBrandKit();
  return <AIVideoBackground {...kit.clip} prompt={prompt} />;
}

/** The opening scene: the headline, narrated over the logo card. */
export function IntroScene({ headline }: { headline: string }) {
  const kit = useBrandKit();
  return (
    <Scene story={headline}>
      <ImageBackground src={kit.logoUrl} />
    </Scene>
  );
}

/** The closing scene: the offer and where to get it, on the brand colour. */
export function CallToActionScene({ offer }: { offer: string }) {
  const kit = useBrandKit();
  return (
    <Scene story={`${offer} Visit ${kit.website} today.`}>
      <ColorBackground color={kit.primaryColor} />
    </Scene>
  );
}
