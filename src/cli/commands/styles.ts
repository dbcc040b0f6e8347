/** `pictory-jsx styles [--json]`: the account's saved subtitle styles (`subtitleStyleName` / `subtitleStyleId`). */
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { namedTable } from './named-table.js';

export function stylesCommand(options: { json?: boolean }, io: DiscoveryIO = processIO()): Promise<number> {
  return runDiscovery(io, options, (d) => d.styles(), namedTable('subtitle style', '<Video subtitleStyleName> (or subtitleStyleId)'));
}
