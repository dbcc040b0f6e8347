/** `pictory-jsx music [--query text] [--mood M] [--purpose P] [--json]`: tracks for `<BackgroundMusic src>`. */
import { processIO, runDiscovery, listOption, minutes, type DiscoveryIO } from '../discovery-command.js';
import { formatTable } from '../table.js';

export interface MusicOptions {
  query?: string;
  /** Comma-separated or repeated; case-sensitive values from Pictory's mood list. */
  mood?: string | string[];
  purpose?: string | string[];
  json?: boolean;
}

export function musicCommand(options: MusicOptions, io: DiscoveryIO = processIO()): Promise<number> {
  const query = { query: options.query, mood: listOption(options.mood), purpose: listOption(options.purpose) };
  return runDiscovery(
    io,
    options,
    async (d) => {
      const tracks = await d.music(query);
      // An empty result with filters: show the valid filter values, from the account.
      if (tracks.length === 0 && !options.json && (query.mood || query.purpose)) {
        const [moods, purposes] = await Promise.all([d.musicMoods(), d.musicPurposes()]);
        io.stderr.write(`Moods: ${moods.join(', ')}\nPurposes: ${purposes.join(', ')}\n`);
      }
      return tracks;
    },
    (tracks) =>
      tracks.length === 0
        ? 'No track matches.\n'
        : formatTable(tracks, [
            { header: 'TITLE', value: (t) => t.title },
            { header: 'LENGTH', value: (t) => minutes(t.duration), right: true },
            { header: 'MOODS', value: (t) => t.moods.join(', '), max: 28 },
            { header: 'PURPOSES', value: (t) => t.purposes.join(', '), max: 28 },
            { header: 'URL (<BackgroundMusic src>)', value: (t) => t.audioUrl, max: 200 },
          ]),
  );
}
