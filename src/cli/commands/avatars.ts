/** `pictory-jsx avatars [--json]`: the account's avatars (`<Avatar id>`). */
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { formatTable } from '../table.js';

export function avatarsCommand(options: { json?: boolean }, io: DiscoveryIO = processIO()): Promise<number> {
  return runDiscovery(io, options, (d) => d.avatars(), (avatars) =>
    avatars.length === 0
      ? 'This account has no avatar.\n'
      : formatTable(avatars, [
          { header: 'ID (<Avatar id>)', value: (a) => a.id },
          { header: 'NAME', value: (a) => a.name },
          { header: 'GENDER', value: (a) => a.gender },
        ]),
  );
}
