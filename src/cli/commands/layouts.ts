/** `pictory-jsx layouts [--json]`: the account's smart layouts (`smartLayoutName` / `smartLayoutId`). */
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { namedTable } from './named-table.js';

export function layoutsCommand(options: { json?: boolean }, io: DiscoveryIO = processIO()): Promise<number> {
  return runDiscovery(io, options, (d) => d.layouts(), namedTable('smart layout', '<Video smartLayoutName> (or smartLayoutId)'));
}
