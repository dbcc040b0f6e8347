/**
 * `scenes[].audioLanguage`: the spoken language of an `audioUrl`/`videoUrl` (repurpose) scene, required there.
 * Source: "Languages" in Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md).
 * The video's own `language` (two-letter codes) lives in catalog.ts.
 */
export const AUDIO_LANGUAGES = [
  'en-US',
  'en-AU',
  'en-GB',
  'en-IN',
  'en-IE',
  'en-AB',
  'en-WL',
  'fr-CA',
  'fr-FR',
  'de-CH',
  'de-DE',
  'it-IT',
  'es-ES',
  'es-US',
  'nl-NL',
  'pt-BR',
  'ja-JP',
  'ko-KR',
  'ru-RU',
  'hi-IN',
  'ta-IN',
  'mr-IN',
] as const;

export type AudioLanguage = (typeof AUDIO_LANGUAGES)[number];

export function isAudioLanguage(value: string): value is AudioLanguage {
  return (AUDIO_LANGUAGES as readonly string[]).includes(value);
}
