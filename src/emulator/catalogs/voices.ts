/**
 * The emulated account's AI voices (`GET /v1/voiceovers/tracks`): a bare array, as Pictory answers.
 * Names follow Pictory's documented defaults per language (en Martin, nl Tim, fr Gabriel, de Wilbur,
 * it Marco, pt Aurelio, es Hugo) and the voices its guides use (Brian, Jackson), across the three
 * services (aws, google, elevenlabs).
 */
export interface VoiceTrack {
  id: number;
  name: string;
  voice: string;
  gender: 'male' | 'female';
  accent: string;
  language: string;
  engine: string;
  service: 'aws' | 'google' | 'elevenlabs';
  category: string;
  sample: string;
  ssmlHelp: string;
  ssmlSupportCategory: string;
}

type Row = [name: string, gender: VoiceTrack['gender'], accent: string, language: string, service: VoiceTrack['service'], voice?: string];

const ROWS: Row[] = [
  ['Martin', 'male', 'American', 'en-US', 'aws'],
  ['Brian', 'male', 'British', 'en-GB', 'aws'],
  ['Jackson', 'male', 'American', 'en-US', 'google'],
  ['Joanna', 'female', 'American', 'en-US', 'aws'],
  ['Matthew', 'male', 'American', 'en-US', 'aws'],
  ['Amy', 'female', 'British', 'en-GB', 'aws'],
  ['Olivia', 'female', 'Australian', 'en-AU', 'aws'],
  ['Aditi', 'female', 'Indian', 'en-IN', 'aws'],
  ['Emma', 'female', 'American', 'en-US', 'google'],
  ['Liam', 'male', 'American', 'en-US', 'elevenlabs', 'TX3LPaxmHKxFdv7VOQHJ'],
  ['Rachel', 'female', 'American', 'en-US', 'elevenlabs', '21m00Tcm4TlvDq8ikWAM'],
  ['Charlotte', 'female', 'British', 'en-GB', 'elevenlabs', 'XB0fDUnXU5powFXDhCwa'],
  ['Tim', 'male', 'Dutch', 'nl-NL', 'aws'],
  ['Lotte', 'female', 'Dutch', 'nl-NL', 'aws'],
  ['Gabriel', 'male', 'French', 'fr-FR', 'aws'],
  ['Léa', 'female', 'French', 'fr-FR', 'aws'],
  ['Céline', 'female', 'French', 'fr-FR', 'google'],
  ['Wilbur', 'male', 'German', 'de-DE', 'aws'],
  ['Vicki', 'female', 'German', 'de-DE', 'aws'],
  ['Hans', 'male', 'German', 'de-DE', 'google'],
  ['Marco', 'male', 'Italian', 'it-IT', 'aws'],
  ['Bianca', 'female', 'Italian', 'it-IT', 'aws'],
  ['Aurelio', 'male', 'Portuguese', 'pt-PT', 'aws'],
  ['Camila', 'female', 'Brazilian', 'pt-BR', 'aws'],
  ['Hugo', 'male', 'Spanish', 'es-ES', 'aws'],
  ['Lucia', 'female', 'Spanish', 'es-ES', 'aws'],
  ['Mia', 'female', 'Mexican', 'es-MX', 'google'],
  ['Kajal', 'female', 'Indian', 'hi-IN', 'aws'],
  ['Tatyana', 'female', 'Russian', 'ru-RU', 'aws'],
  ['Zhiyu', 'female', 'Mandarin', 'zh-CN', 'aws'],
  ['Takumi', 'male', 'Japanese', 'ja-JP', 'aws'],
  ['Seoyeon', 'female', 'Korean', 'ko-KR', 'aws'],
  ['Aarohi', 'female', 'Marathi', 'mr-IN', 'google'],
  ['Valluvar', 'male', 'Tamil', 'ta-IN', 'google'],
];

/** Track ids start at 101 so that a track id never looks like a small index. */
export const VOICES: VoiceTrack[] = ROWS.map(([name, gender, accent, language, service, voice], i) => ({
  id: 101 + i,
  name,
  voice: voice ?? (service === 'google' ? `${language}-Neural2-${String.fromCharCode(65 + (i % 6))}` : name),
  gender,
  accent,
  language,
  engine: service === 'elevenlabs' ? 'eleven_multilingual_v2' : 'neural',
  service,
  category: service === 'elevenlabs' ? 'premium' : 'standard',
  sample: `https://samples.emulator.invalid/voices/${encodeURIComponent(name.toLowerCase())}.mp3`,
  ssmlHelp: service === 'elevenlabs' ? 'SSML is not supported by ElevenLabs voices' : 'Supports <break>, <emphasis> and <prosody>',
  ssmlSupportCategory: service === 'elevenlabs' ? 'none' : 'full',
}));
