/** `pictory-jsx brands [--json]`: the account's brand kits (`<Video brandName>` / `brandId`). */
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { namedTable } from './named-table.js';

export function brandsCommand(options: { json?: boolean }, io: DiscoveryIO = processIO()): Promise<number> {
  return runDiscovery(io, options, (d) => d.brands(), namedTable('brand', '<Video brandName> (or brandId)'));
}
