/**
 * Voice-over vocabularies beyond the speaker names (which come from Pictory's voices API, never a table).
 * Sources: `premiumVoiceSettings.modelId` values in the "Voice-over" section of Pictory's skill repository
 * (pictoryai/pictory-claude-skills, references/request-schema.md); default speakers per language from the
 * recipes page of Pictory's API docs (docs.pictory.ai).
 */

/** ElevenLabs model ids for `aiVoices[].premiumVoiceSettings.modelId` (ElevenLabs voices only). */
export const PREMIUM_VOICE_MODEL_IDS = [
  'eleven_v3',
  'eleven_multilingual_v2',
  'eleven_flash_v2_5',
  'eleven_turbo_v2_5',
  'eleven_turbo_v2',
  'eleven_flash_v2',
  'eleven_multilingual_v1',
  'eleven_monolingual_v1',
] as const;

/** `premiumVoiceSettings` fields that are percentage strings (`"60%"`). */
export const PREMIUM_VOICE_PERCENT_FIELDS = ['stability', 'similarityBoost', 'style'] as const;

/** The speaker Pictory picks per video language when a voice-over names none (hi, ru: English `Martin`). */
export const DEFAULT_SPEAKERS = {
  en: 'Martin',
  nl: 'Tim',
  fr: 'Gabriel',
  de: 'Wilbur',
  it: 'Marco',
  pt: 'Aurelio',
  es: 'Hugo',
  hi: 'Martin',
  ru: 'Martin',
} as const;

export type PremiumVoiceModelId = (typeof PREMIUM_VOICE_MODEL_IDS)[number];
