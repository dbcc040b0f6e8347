/**
 * `voiceOver` (video or scene): AI voices or your own narration, never both.
 */
import { z } from 'zod';
import { LIMITS } from '../../catalog/catalog.js';
import { PREMIUM_VOICE_MODEL_IDS } from '../../catalog/voices.js';
import { amplificationLevel, fail, has, oneOf, percentage, text, url } from './values.js';

export const AIVoiceSchema = z.strictObject({
  speaker: text,
  speed: z.number().min(LIMITS.speed.min).max(LIMITS.speed.max).optional(),
  amplificationLevel: amplificationLevel.optional(),
  premiumVoiceSettings: z
    .strictObject({
      modelId: oneOf(PREMIUM_VOICE_MODEL_IDS).optional(),
      stability: percentage.optional(),
      similarityBoost: percentage.optional(),
      style: percentage.optional(),
      useSpeakerBoost: z.boolean().optional(),
    })
    .optional(),
});

export const VoiceOverSchema = z
  .strictObject({
    enabled: z.boolean(),
    aiVoices: z.array(AIVoiceSchema).min(1).optional(),
    externalVoice: z
      .strictObject({ voiceUrl: url, syncVoice: z.boolean().optional(), amplificationLevel: amplificationLevel.optional() })
      .optional(),
  })
  .superRefine((vo, ctx) => {
    const voices = [has(vo.aiVoices) && 'aiVoices', has(vo.externalVoice) && 'externalVoice'].filter(Boolean);
    if (voices.length === 2) fail(ctx, ['externalVoice'], '`aiVoices` and `externalVoice` are exclusive');
    if (vo.enabled && voices.length === 0) fail(ctx, ['aiVoices'], 'an enabled voice-over names its voice: `aiVoices` or `externalVoice` (ours)');
    if (!vo.enabled && voices.length > 0) fail(ctx, ['enabled'], 'a disabled voice-over takes no voice (ours)');
  });
