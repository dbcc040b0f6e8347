/**
 * `pictory-jsx types [--out pictory-account.d.ts]`: write the account's declaration file (like Prisma's
 * generate): the props that name account things narrow to the account's values. Include the file in the
 * project's tsconfig (it is a `.d.ts` beside the sources: most setups pick it up as is).
 *
 * Requests: one per catalog (voices, brands, styles, smart layouts, templates, avatars) plus one per
 * template for its variables.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { APIError } from '../../client/errors.js';
import { accountDeclarations } from '../account-declarations.js';
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';

export const DEFAULT_TYPES_FILE = 'pictory-account.d.ts';

export interface TypesOptions {
  out?: string;
  json?: boolean;
}

export function typesCommand(options: TypesOptions, io: DiscoveryIO = processIO()): Promise<number> {
  const file = resolve(io.cwd, options.out ?? DEFAULT_TYPES_FILE);
  return runDiscovery(
    io,
    options,
    async (d, connection) => {
      const [voices, brands, styles, layouts, summaries, avatars] = await Promise.all([
        d.voices(),
        d.brands(),
        d.styles(),
        d.layouts(),
        d.templates(),
        // Avatars' endpoint is undocumented: an account that does not serve it leaves avatar ids as strings.
        d.avatars().catch((error) => {
          if (error instanceof APIError && error.status === 404) return undefined;
          throw error;
        }),
      ]);
      const templates = await Promise.all(summaries.map((t) => d.template(t.id)));
      const text = accountDeclarations({
        source: connection.emulatorUrl ? 'the local emulator (no credentials set)' : connection.client.baseUrl,
        generatedAt: new Date(),
        voices,
        brands,
        styles,
        layouts,
        templates,
        avatars,
      });
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, text);
      await rename(temp, file);
      return {
        file,
        voices: voices.length,
        brands: brands.length,
        styles: styles.length,
        layouts: layouts.length,
        templates: templates.length,
        avatars: avatars?.length ?? null,
      };
    },
    (r) =>
      `Wrote ${relative(io.cwd, r.file) || r.file}: ${r.voices} voices, ${r.brands} brands, ${r.styles} subtitle styles, ` +
      `${r.layouts} smart layouts, ${r.templates} templates, ${r.avatars ?? 'no'} avatars.\n`,
  );
}
