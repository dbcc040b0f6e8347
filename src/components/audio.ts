/** Narration and music. */
import { z } from 'zod';
import { LIMITS } from '../catalog/catalog.js';
import { defineComponent } from './define.js';

export interface VoiceOverProps {
  /** → `aiVoices[0].speaker`: a voice name (`Brian`, `Jackson`), a track id, or an ElevenLabs voice id. */
  speaker: string;
  /** → `aiVoices[0].speed`: 50–200, Pictory's default 100. */
  speed?: number;
  /** → `aiVoices[0].amplificationLevel`: −1 to 1, Pictory's default 0. */
  amplificationLevel?: number;
}

type MusicSource = { autoMusic: true; src?: never } | { src: string; autoMusic?: never };
export type BackgroundMusicProps = MusicSource & {
  /** → `volume`: 0–1. Omitted, Pictory plays the track at full volume (a warning). */
  volume?: number;
};

export const voiceOverProps = z.strictObject({
  speaker: z.string().min(1),
  speed: z.number().min(LIMITS.speed.min).max(LIMITS.speed.max).optional(),
  amplificationLevel: z.number().min(LIMITS.amplificationLevel.min).max(LIMITS.amplificationLevel.max).optional(),
});

export const backgroundMusicProps = z.strictObject({
  autoMusic: z.boolean().optional(),
  src: z.string().min(1).optional(),
  volume: z.number().min(LIMITS.volume.min).max(LIMITS.volume.max).optional(),
});

/** An AI narrator: `voiceOver: {enabled: true, aiVoices: [{speaker, speed, amplificationLevel}]}`. In a `<Scene>`, overrides the video's. */
export const VoiceOver = defineComponent<VoiceOverProps>({ name: 'VoiceOver', role: 'voice', props: voiceOverProps, acceptsText: false });

/** Music under the whole video: `backgroundMusic: {enabled: true, autoMusic | musicUrl, volume}`. */
export const BackgroundMusic = defineComponent<BackgroundMusicProps>({
  name: 'BackgroundMusic',
  role: 'music',
  props: backgroundMusicProps,
  acceptsText: false,
});
