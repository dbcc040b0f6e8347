/** `pictory-jsx stock <query> [--category Parent/Child] [--json]`: does good stock exist for a search? */
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { formatTable } from '../table.js';

export interface StockOptions {
  category?: string;
  language?: string;
  json?: boolean;
}

export function stockCommand(query: string, options: StockOptions, io: DiscoveryIO = processIO()): Promise<number> {
  return runDiscovery(
    io,
    options,
    (d) => d.stock({ keyword: query, category: options.category, language: options.language }),
    (assets) =>
      assets.length === 0
        ? `No stock found for "${query}": a scene searching it would fail (SCENE_BACKGROUND_VISUAL_NOT_FOUND).\n`
        : formatTable(assets, [
            { header: 'ASSET', value: (a) => a.assetId },
            { header: 'TYPE', value: (a) => a.mediaType },
            { header: 'SECONDS', value: (a) => a.duration, right: true },
            { header: 'LIBRARY', value: (a) => a.library },
            { header: 'DESCRIPTION', value: (a) => a.description, max: 70 },
          ]) + 'Previews are watermarked: search in the scene (a stock background query) rather than pasting their URLs.\n',
  );
}
