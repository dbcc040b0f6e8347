/** Narration and music. */
import { z } from 'zod';
import { LIMITS } from '../catalog/catalog.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import { PREMIUM_VOICE_MODEL_IDS, type PremiumVoiceModelId } from '../catalog/voices.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Speaker } from './account.js';
import { clipRules } from './clip-rules.js';
import { defineComponent, type Json, type Place } from './define.js';
import { clipProp, percentProp, textProp } from './prop-values.js';
import type { TimeRange } from './prop-types.js';

/** ElevenLabs settings of a premium voice. */
export interface PremiumVoice {
  /** → `premiumVoiceSettings.modelId`: the ElevenLabs model. */
  modelId?: PremiumVoiceModelId;
  /** → `premiumVoiceSettings.stability`: a percentage, e.g. `"50%"`. */
  stability?: string;
  /** → `premiumVoiceSettings.similarityBoost`: a percentage. */
  similarityBoost?: string;
  /** → `premiumVoiceSettings.style`: a percentage. */
  style?: string;
  /** → `premiumVoiceSettings.useSpeakerBoost`. */
  useSpeakerBoost?: boolean;
}

export type VoiceOverProps =
  | {
      /** → `aiVoices[0].speaker`: a voice name (`Brian`, `Jackson`), a track id, or an ElevenLabs voice id. */
      speaker: Speaker;
      /** → `aiVoices[0].speed`: 50–200, Pictory's default 100. */
      speed?: number;
      /** → `aiVoices[0].amplificationLevel`: −1 to 1, Pictory's default 0. */
      amplificationLevel?: number;
      /** → `aiVoices[0].premiumVoiceSettings`: ElevenLabs settings (ElevenLabs voices only). */
      premium?: PremiumVoice;
      off?: never;
    }
  | {
      /** → `voiceOver: {enabled: false}`: no narration (in a `<Scene>`: none for that scene). */
      off: true;
      speaker?: never;
      speed?: never;
      amplificationLevel?: never;
      premium?: never;
    };

export interface ExternalVoiceProps {
  /** → `externalVoice.voiceUrl`: URL of your recorded narration. */
  src: string;
  /** → `externalVoice.syncVoice`: sync the subtitles and scenes to the recording. */
  sync?: boolean;
  /** → `externalVoice.amplificationLevel`: −1 to 1. */
  amplificationLevel?: number;
}

type MusicSource =
  | {
      /** → `backgroundMusic: {enabled: false}`: no music at all (not even a brand kit's). */
      off: true;
      autoMusic?: never;
      src?: never;
      volume?: never;
      clips?: never;
    }
  | {
      /** → `autoMusic`: Pictory picks a track that fits the story (or `src`, never both). */
      autoMusic: true;
      src?: never;
      off?: never;
    }
  | {
      /** → `musicUrl`: URL of your own track (or `autoMusic`, never both). */
      src: string;
      autoMusic?: never;
      off?: never;
    };

export type BackgroundMusicProps = MusicSource & {
  /** → `volume`: 0–1. Omitted, Pictory plays the track at full volume (a warning). */
  volume?: number;
  /** → `clips`: up to 10 parts of the track to play, in seconds, e.g. `[{ start: 0, end: 30 }]`. */
  clips?: readonly TimeRange[];
};

/** Where a voice goes: the video's or a scene's `voiceOver`, one kind per parent. */
const voicePlace = (tag: string, gather?: Place['gather']): Place => ({
  parents: ['Video', 'Scene'],
  key: 'voiceOver',
  duplicate: 'voice-twice',
  gather,
  misplaced: () => `<${tag}> must be inside a <Video> (for the whole video) or a <Scene> (to override it)`,
});

/** Several `<VoiceOver>` siblings: one voice-over whose AI voices take turns across the scenes. */
const voices = (sofar: Json, next: Json): Json => ({
  ...sofar,
  aiVoices: [...((sofar.aiVoices as Json[] | undefined) ?? []), ...((next.aiVoices as Json[] | undefined) ?? [])],
});

const amplification = () => z.number().min(LIMITS.amplificationLevel.min).max(LIMITS.amplificationLevel.max);

/**
 * An AI narrator: `voiceOver: {enabled: true, aiVoices: [{speaker, speed, amplificationLevel, premiumVoiceSettings}]}`,
 * or `<VoiceOver off/>`: `voiceOver: {enabled: false}`. In a `<Scene>`, overrides the video's.
 */
export const VoiceOver = defineComponent<VoiceOverProps>()({
  name: 'VoiceOver',
  place: voicePlace('VoiceOver', voices),
  schema: z.strictObject({
    speaker: textProp().optional(),
    speed: z.number().min(LIMITS.speed.min).max(LIMITS.speed.max).optional(),
    amplificationLevel: amplification().optional(),
    premium: z
      .strictObject({
        modelId: z.enum(PREMIUM_VOICE_MODEL_IDS).optional(),
        stability: percentProp().optional(),
        similarityBoost: percentProp().optional(),
        style: percentProp().optional(),
        useSpeakerBoost: z.boolean().optional(),
      })
      .optional(),
    off: z.literal(true).optional(),
  }),
  emit: (p) =>
    p.off
      ? { enabled: false }
      : { enabled: true, aiVoices: [{ speaker: p.speaker, speed: p.speed, amplificationLevel: p.amplificationLevel, premiumVoiceSettings: p.premium }] },
  rules: (voice, { parent }) => {
    const { off, speaker, speed, amplificationLevel, premium } = voice.props;
    if (!off) return speaker === undefined ? [report(voice, 'voice-no-speaker')] : [];
    const siblings = parent?.children.filter((c) => c.type === 'VoiceOver').length ?? 1;
    if (siblings > 1) return [report(voice, 'voice-off-among-voices', undefined, 'off')];
    const given = Object.entries({ speaker, speed, amplificationLevel, premium }).find(([, v]) => v !== undefined);
    return given ? [report(voice, 'voice-off-with-settings', { prop: given[0] }, given[0])] : [];
  },
});

/** Your own recorded narration: `voiceOver: {enabled: true, externalVoice: {voiceUrl, syncVoice, amplificationLevel}}`. */
export const ExternalVoice = defineComponent<ExternalVoiceProps>()({
  name: 'ExternalVoice',
  place: voicePlace('ExternalVoice'),
  schema: z.strictObject({ src: textProp(), sync: z.boolean().optional(), amplificationLevel: amplification().optional() }),
  emit: (p) => ({ enabled: true, externalVoice: { voiceUrl: p.src, syncVoice: p.sync, amplificationLevel: p.amplificationLevel } }),
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
    clips: z.array(clipProp()).min(1).max(STORYBOARD_LIMITS.musicClipsMax).optional(),
    off: z.literal(true).optional(),
  }),
  emit: (p) => (p.off ? { enabled: false } : { enabled: true, autoMusic: p.autoMusic, musicUrl: p.src, volume: p.volume, clips: p.clips }),
  rules: (music) => {
    const { autoMusic, src, volume, off, clips } = music.props;
    if (off) {
      const given = Object.entries({ autoMusic, src, volume, clips }).find(([, v]) => v !== undefined);
      return given ? [report(music, 'music-off-with-settings', { prop: given[0] }, given[0])] : [];
    }
    const out: Diagnostic[] = clipRules(music, music.props.clips ?? []);
    if (autoMusic && src !== undefined) out.push(report(music, 'music-source-twice', undefined, 'src'));
    if (!autoMusic && src === undefined) out.push(report(music, 'music-no-source'));
    if (volume === undefined) out.push(report(music, 'music-full-volume', undefined, 'volume'));
    return out;
  },
});
