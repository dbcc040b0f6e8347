/** `pictory-jsx voices [--language en] [--service aws] [--json]`: the account's AI voices (`speaker` values). */
import type { Voice } from '../../schema/discovery.js';
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { formatTable } from '../table.js';

export interface VoicesOptions {
  /** A language code (`en` matches en-US, en-GB, …) or a full locale (`en-GB`). */
  language?: string;
  /** `aws`, `google` or `elevenlabs`. */
  service?: string;
  json?: boolean;
}

export function voicesCommand(options: VoicesOptions, io: DiscoveryIO = processIO()): Promise<number> {
  return runDiscovery(io, options, async (d) => filterVoices(await d.voices(), options), (voices) =>
    voices.length === 0
      ? 'No voice matches.\n'
      : formatTable(voices, [
          { header: 'ID', value: (v) => v.id, right: true },
          { header: 'NAME', value: (v) => v.name },
          { header: 'LANGUAGE', value: (v) => v.language },
          { header: 'GENDER', value: (v) => v.gender },
          { header: 'ACCENT', value: (v) => v.accent },
          { header: 'SERVICE', value: (v) => v.service },
        ]) + `${voices.length} voice${voices.length === 1 ? '' : 's'}. Use the name (or ID) as <VoiceOver speaker>.\n`,
  );
}

export function filterVoices(voices: Voice[], { language, service }: VoicesOptions): Voice[] {
  const lang = language?.toLowerCase();
  return voices.filter((v) => {
    const own = v.language?.toLowerCase() ?? '';
    const languageOk = !lang || own === lang || own.startsWith(`${lang}-`);
    return languageOk && (!service || v.service?.toLowerCase() === service.toLowerCase());
  });
}
