/**
 * `pictory-jsx templates [id] [--json]`: the account's templates; with an id, that template's variables
 * (what `<Video templateId variables>` must give).
 */
import type { TemplateDetail, TemplateSummary } from '../../schema/discovery.js';
import { processIO, runDiscovery, type DiscoveryIO } from '../discovery-command.js';
import { formatTable } from '../table.js';

export function templatesCommand(id: string | undefined, options: { json?: boolean }, io: DiscoveryIO = processIO()): Promise<number> {
  if (id !== undefined) return runDiscovery(io, options, (d) => d.template(id), detailTable);
  return runDiscovery(io, options, (d) => d.templates(), listTable);
}

function listTable(templates: TemplateSummary[]): string {
  if (templates.length === 0) return 'This account has no template.\n';
  return (
    formatTable(templates, [
      { header: 'ID (templateId)', value: (t) => t.id },
      { header: 'NAME', value: (t) => t.name },
      { header: 'LANGUAGE', value: (t) => t.language },
      { header: 'STATUS', value: (t) => (t.deprecated ? 'deprecated' : t.published === false ? 'unpublished' : 'published') },
    ]) + 'Variables of one: pictory-jsx templates <id>\n'
  );
}

function detailTable(t: TemplateDetail): string {
  const head = `${t.name} (${t.id})${t.deprecated ? ' — deprecated' : ''}\n`;
  if (t.variables.length === 0) return `${head}No variables.\n`;
  return (
    head +
    formatTable(t.variables, [
      { header: 'VARIABLE', value: (v) => v.name },
      { header: 'REQUIRED', value: (v) => (v.required ? 'yes' : 'no') },
      { header: 'DEFAULT', value: (v) => v.defaultValue, max: 60 },
    ])
  );
}
