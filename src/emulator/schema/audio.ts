/**
 * Sound: `voiceOver` (AI voices with ElevenLabs settings, or an external narration, never both),
 * `backgroundMusic` (auto or a URL, never both; up to 10 clips) and a scene's music switch.
 */
import { z } from 'zod';
import { VOICE_MODEL_IDS } from '../vocabulary.js';
import { oneOf, percent, timeRange, url } from './values.js';

const premiumVoiceSettingsSchema = z.object({
  modelId: oneOf(VOICE_MODEL_IDS, 'premium voice modelId').optional(),
  stability: percent.optional(),
  similarityBoost: percent.optional(),
  style: percent.optional(),
  useSpeakerBoost: z.boolean().optional(),
});

const aiVoiceSchema = z.object({
  speaker: z.string({ error: 'speaker is required' }).min(1, { error: 'speaker is required' }),
  speed: z.number().min(50).max(200).optional(),
  amplificationLevel: z.number().min(-1).max(1).optional(),
  premiumVoiceSettings: premiumVoiceSettingsSchema.optional(),
});

export const voiceOverSchema = z
  .object({
    enabled: z.boolean().optional(),
    aiVoices: z.array(aiVoiceSchema).min(1, { error: 'aiVoices must have at least one voice' }).optional(),
    externalVoice: z
      .object({
        voiceUrl: url,
        syncVoice: z.boolean().optional(),
        amplificationLevel: z.number().min(-1).max(1).optional(),
      })
      .optional(),
  })
  .superRefine((voice, ctx) => {
    if (voice.aiVoices !== undefined && voice.externalVoice !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'aiVoices and externalVoice are mutually exclusive' });
    }
  });

export type VoiceOverBody = z.infer<typeof voiceOverSchema>;

export const MAX_MUSIC_CLIPS = 10;

export const backgroundMusicSchema = z
  .object({
    enabled: z.boolean().optional(),
    autoMusic: z.boolean().optional(),
    musicUrl: url.optional(),
    volume: z.number().min(0).max(1).optional(),
    clips: z.array(timeRange).max(MAX_MUSIC_CLIPS, { error: `clips must have at most ${MAX_MUSIC_CLIPS} entries` }).optional(),
  })
  .superRefine((music, ctx) => {
    if (music.autoMusic === true && music.musicUrl !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'autoMusic and musicUrl are mutually exclusive' });
    }
  });

/** A scene's `backgroundMusic`: only on/off (track and volume cannot change per scene). */
export const sceneMusicSchema = z.object({ enabled: z.boolean({ error: 'enabled is required' }) });
