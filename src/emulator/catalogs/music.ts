/**
 * The emulated music library: `POST /v1/music/search` (filters `query`, `mood`, `purpose`, `genre`, with
 * `page`/`pageSize` 20–100) and the filter vocabularies `GET /v1/music/moods`, `/purposes`, `/genres`
 * (bare string arrays). Filter values are case-sensitive, as Pictory documents.
 */
export interface Track {
  id: number;
  title: string;
  audioUrl: string;
  duration: number;
  genres: string[];
  instruments: string[];
  moods: string[];
  purposes: string[];
}

type Row = [title: string, duration: number, genres: string[], instruments: string[], moods: string[], purposes: string[]];

const ROWS: Row[] = [
  ['Morning Light', 142, ['Acoustic'], ['Guitar'], ['Happy', 'Calm'], ['Vlog', 'Lifestyle']],
  ['Sunrise Drive', 128, ['Pop'], ['Synth', 'Drums'], ['Uplifting', 'Energetic'], ['Advertising', 'Travel']],
  ['Quiet Focus', 201, ['Ambient'], ['Piano', 'Pads'], ['Calm', 'Reflective'], ['Corporate', 'Education']],
  ['Launch Day', 96, ['Electronic'], ['Synth', 'Bass'], ['Energetic', 'Confident'], ['Advertising', 'Technology']],
  ['Corporate Horizon', 155, ['Corporate'], ['Piano', 'Strings'], ['Uplifting', 'Confident'], ['Corporate', 'Presentation']],
  ['Paper Planes', 118, ['Indie'], ['Ukulele', 'Claps'], ['Happy', 'Playful'], ['Kids', 'Vlog']],
  ['City Lights', 174, ['Hip Hop'], ['Drums', 'Bass'], ['Cool', 'Confident'], ['Fashion', 'Lifestyle']],
  ['Deep Blue', 240, ['Cinematic'], ['Strings', 'Percussion'], ['Epic', 'Serious'], ['Documentary', 'Trailer']],
  ['Rising Tide', 187, ['Cinematic'], ['Orchestra'], ['Epic', 'Uplifting'], ['Trailer', 'Sports']],
  ['Soft Steps', 133, ['Acoustic'], ['Piano'], ['Sad', 'Reflective'], ['Documentary', 'Nonprofit']],
  ['Tech Pulse', 110, ['Electronic'], ['Synth', 'Drums'], ['Energetic', 'Modern'], ['Technology', 'Advertising']],
  ['Good Vibes Only', 124, ['Funk'], ['Bass', 'Guitar', 'Brass'], ['Happy', 'Energetic'], ['Food', 'Lifestyle']],
  ['Night Study', 212, ['Lo-Fi'], ['Keys', 'Drums'], ['Calm', 'Dreamy'], ['Education', 'Vlog']],
  ['Open Road', 165, ['Rock'], ['Guitar', 'Drums'], ['Energetic', 'Adventurous'], ['Travel', 'Sports']],
  ['Gentle Breeze', 190, ['Ambient'], ['Pads', 'Flute'], ['Calm', 'Peaceful'], ['Wellness', 'Nature']],
  ['Breaking Story', 88, ['News'], ['Percussion', 'Synth'], ['Serious', 'Urgent'], ['News', 'Presentation']],
  ['Little Wonders', 104, ['Children'], ['Glockenspiel', 'Ukulele'], ['Playful', 'Happy'], ['Kids', 'Education']],
  ['Golden Hour', 176, ['Pop'], ['Guitar', 'Synth'], ['Romantic', 'Happy'], ['Wedding', 'Lifestyle']],
  ['Market Open', 140, ['Corporate'], ['Piano', 'Drums'], ['Confident', 'Modern'], ['Corporate', 'Finance']],
  ['Frozen Peaks', 230, ['Cinematic'], ['Strings', 'Choir'], ['Epic', 'Dreamy'], ['Nature', 'Documentary']],
  ['Kitchen Groove', 99, ['Jazz'], ['Saxophone', 'Bass'], ['Playful', 'Cool'], ['Food', 'Vlog']],
  ['Holiday Cheer', 121, ['Holiday'], ['Bells', 'Strings'], ['Happy', 'Festive'], ['Holiday', 'Advertising']],
  ['Slow Motion', 198, ['Ambient'], ['Piano', 'Strings'], ['Sad', 'Dreamy'], ['Nonprofit', 'Wedding']],
  ['Game On', 92, ['Electronic'], ['Synth', 'Drums'], ['Energetic', 'Urgent'], ['Sports', 'Gaming']],
];

export const MUSIC: Track[] = ROWS.map(([title, duration, genres, instruments, moods, purposes], i) => ({
  id: 5001 + i,
  title,
  audioUrl: `https://music.emulator.invalid/tracks/${5001 + i}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.mp3`,
  duration,
  genres,
  instruments,
  moods,
  purposes,
}));

const distinct = (pick: (t: Track) => string[]) => [...new Set(MUSIC.flatMap(pick))].sort();
export const MOODS = distinct((t) => t.moods);
export const PURPOSES = distinct((t) => t.purposes);
export const GENRES = distinct((t) => t.genres);
export const INSTRUMENTS = distinct((t) => t.instruments);

export interface MusicSearch {
  query?: string;
  mood?: string[];
  purpose?: string[];
  genre?: string[];
  instrument?: string[];
  minDuration?: number;
  maxDuration?: number;
}

/** The tracks matching every given filter: `query` as words in the title/genres/moods, lists by exact value. */
export function searchMusic(search: MusicSearch): Track[] {
  const words = (search.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const anyOf = (values: string[], wanted?: string[]) => !wanted?.length || wanted.some((w) => values.includes(w));
  return MUSIC.filter((t) => {
    const text = [t.title, ...t.genres, ...t.moods, ...t.purposes, ...t.instruments].join(' ').toLowerCase();
    return (
      words.every((w) => text.includes(w)) &&
      anyOf(t.moods, search.mood) &&
      anyOf(t.purposes, search.purpose) &&
      anyOf(t.genres, search.genre) &&
      anyOf(t.instruments, search.instrument) &&
      (search.minDuration === undefined || t.duration >= search.minDuration) &&
      (search.maxDuration === undefined || t.duration <= search.maxDuration)
    );
  });
}
