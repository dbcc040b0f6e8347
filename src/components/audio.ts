/** Narration and music. */
import { z } from 'zod';
import { LIMITS } from '../catalog/catalog.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defineComponent } from './define.js';

export interface VoiceOverProps {
  /** → `aiVoices[0].speaker`: a voice name (`Brian`, `Jackson`), a track id, or an ElevenLabs voice id. */
  speaker: string;
  /** → `aiVoices[0].speed`: 50–200, Pictory's default 100. */
  speed?: number;
  /** → `aiVoices[0].amplificationLevel`: −1 to 1, Pictory's default 0. */
  amplificationLevel?: number;
}

type MusicSource =
  | {
      /** → `autoMusic`: Pictory picks a track that fits the story (or `src`, never both). */
      autoMusic: true;
      src?: never;
    }
  | {
      /** → `musicUrl`: URL of your own track (or `autoMusic`, never both). */
      src: string;
      autoMusic?: never;
    };

export type BackgroundMusicProps = MusicSource & {
  /** → `volume`: 0–1. Omitted, Pictory plays the track at full volume (a warning). */
  volume?: number;
};

/** An AI narrator: `voiceOver: {enabled: true, aiVoices: [{speaker, speed, amplificationLevel}]}`. In a `<Scene>`, overrides the video's. */
export const VoiceOver = defineComponent<VoiceOverProps>()({
  name: 'VoiceOver',
  place: {
    parents: ['Video', 'Scene'],
    key: 'voiceOver',
    misplaced: () => '<VoiceOver> must be inside a <Video> (for the whole video) or a <Scene> (to override it)',
  },
  schema: z.strictObject({
    speaker: z.string().min(1),
    speed: z.number().min(LIMITS.speed.min).max(LIMITS.speed.max).optional(),
    amplificationLevel: z.number().min(LIMITS.amplificationLevel.min).max(LIMITS.amplificationLevel.max).optional(),
  }),
  emit: (p) => ({ enabled: true, aiVoices: [{ speaker: p.speaker, speed: p.speed, amplificationLevel: p.amplificationLevel }] }),
});

/** Music under the whole video: `backgroundMusic: {enabled: true, autoMusic | musicUrl, volume}`. */
export const BackgroundMusic = defineComponent<BackgroundMusicProps>()({
  name: 'BackgroundMusic',
  place: {
    parents: ['Video'],
    key: 'backgroundMusic',
    misplaced: () => '<BackgroundMusic> must be inside a <Video>',
    misplacedIn: { Scene: 'music-in-scene' },
  },
  schema: z.strictObject({
    // Only `true` is meaningful (the types say so too); without it, `src` names the track.
    autoMusic: z.literal(true).optional(),
    src: z.string().min(1).optional(),
    volume: z.number().min(LIMITS.volume.min).max(LIMITS.volume.max).optional(),
  }),
  emit: (p) => ({ enabled: true, autoMusic: p.autoMusic, musicUrl: p.src, volume: p.volume }),
  rules: (music) => {
    const { autoMusic, src, volume } = music.props;
    const out: Diagnostic[] = [];
    if (autoMusic && src !== undefined) out.push(report(music, 'music-source-twice', undefined, 'src'));
    if (!autoMusic && src === undefined) out.push(report(music, 'music-no-source'));
    if (volume === undefined) out.push(report(music, 'music-full-volume', undefined, 'volume'));
    return out;
  },
});
