/**
 * The explainer's brand kit: colours, faces, voice and music in one React context. Every component in
 * components.tsx reads it, so a second kit re-skins the whole video without touching a scene.
 */
import { createContext, useContext, type BackgroundMusicProps, type Color, type SceneProps, type VoiceOverProps } from 'pictory-jsx';

export interface BrandKit {
  /** Said in the call to action. */
  website: string;
  colors: {
    /** Plain scene grounds and the tint over footage. */
    ground: Color;
    /** Text on the ground. */
    text: Color;
    /** Kickers, bars, buttons. */
    accent: Color;
    /** Number discs and highlighted keywords. */
    highlight: Color;
    /** Secondary lines (a lower third's role). */
    muted: Color;
  };
  /** The faces the brand guide allows (all in Pictory's font catalog). */
  fonts: { display: 'Space Grotesk' | 'Sora' | 'Unbounded'; body: 'DM Sans' | 'Manrope' | 'Work Sans' };
  /** How dark footage is tinted under text (0–1). */
  tint: number;
  voice: VoiceOverProps;
  music: BackgroundMusicProps;
}

/** The default kit: deep navy, cyan and amber. */
export const harbor: BrandKit = {
  website: 'pictory-jsx.dev',
  colors: { ground: 'rgb(15,23,42)', text: 'rgb(255,255,255)', accent: 'rgb(34,211,238)', highlight: 'rgb(251,191,36)', muted: 'rgb(148,163,184)' },
  fonts: { display: 'Space Grotesk', body: 'DM Sans' },
  tint: 0.45,
  voice: { speaker: 'Martin', speed: 100 },
  music: { autoMusic: true, volume: 0.12 },
};

/** A second kit: warm paper and ink, another voice. */
export const paper: BrandKit = {
  website: 'pictory-jsx.dev',
  colors: { ground: 'rgb(41,37,36)', text: 'rgb(250,250,249)', accent: 'rgb(234,88,12)', highlight: 'rgb(250,204,21)', muted: 'rgb(168,162,158)' },
  fonts: { display: 'Unbounded', body: 'Work Sans' },
  tint: 0.55,
  voice: { speaker: 'Joanna', speed: 95 },
  music: { autoMusic: true, volume: 0.1 },
};

const BrandKitContext = createContext<BrandKit>(harbor);

/** The kit in effect here. */
export function useBrandKit(): BrandKit {
  return useContext(BrandKitContext);
}

/** Everything inside uses `kit`. */
export function BrandKitProvider({ kit, children }: { kit: BrandKit; children?: SceneProps['children'] }) {
  return <BrandKitContext value={kit}>{children}</BrandKitContext>;
}
