/**
 * Resolve one reference against the account's catalogs: nothing when it exists, else a diagnostic with
 * "did you mean" from the real list. Matching follows Pictory's documented rules where there are some:
 * a speaker is a track id, a voice name (case-insensitive) or a provider voice id; an ElevenLabs voice
 * id that is not in the library is allowed with a warning (Pictory adds it on first use).
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { AccountCatalogs } from './account.js';
import type { Reference } from './references.js';
import { didYouMean } from './suggest.js';

/** What the pre-flight reports per kind: the command that lists the catalog, and how to name an entry. */
const LISTED_BY: Record<Reference['kind'], { what: string; command: string }> = {
  speaker: { what: 'voice', command: 'pictory-jsx voices' },
  brand: { what: 'brand', command: 'pictory-jsx brands' },
  subtitleStyle: { what: 'subtitle style', command: 'pictory-jsx styles' },
  smartLayout: { what: 'smart layout', command: 'pictory-jsx layouts' },
  template: { what: 'template', command: 'pictory-jsx templates' },
  avatar: { what: 'avatar', command: 'pictory-jsx avatars' },
};

/** An ElevenLabs voice id: 20 letters and digits. */
const ELEVENLABS_ID = /^[A-Za-z0-9]{20}$/;

interface Named {
  id: string;
  name?: string;
}

export async function checkReference(ref: Reference, catalogs: AccountCatalogs, loc: SourceLocation | undefined): Promise<Diagnostic[]> {
  const diagnostic = (severity: Diagnostic['severity'], code: string, message: string): Diagnostic => ({
    severity,
    code,
    message,
    path: ref.path,
    prop: ref.prop,
    loc,
  });
  const { what, command } = LISTED_BY[ref.kind];
  const label = ref.kind === 'speaker' ? 'speaker' : ref.kind === 'avatar' ? 'avatar id' : ref.field;
  const unknown = (names: string[], extra = '') =>
    diagnostic(
      'error',
      `unknown-${ref.kind === 'subtitleStyle' ? 'subtitle-style' : ref.kind === 'smartLayout' ? 'smart-layout' : ref.kind}`,
      `${label} "${ref.value}" is not a ${what} of this account;${didYouMean(ref.value, names) || ' no near name.'}${extra} (\`${command}\` lists them)`,
    );

  switch (ref.kind) {
    case 'speaker': {
      const voices = await catalogs.voices();
      const v = ref.value;
      const lower = v.toLowerCase();
      if (voices.some((t) => t.id === v || t.name.toLowerCase() === lower || t.voice === v)) return [];
      if (ELEVENLABS_ID.test(v)) {
        return [diagnostic('warning', 'speaker-not-in-library', `speaker "${v}" is not in this account's voices; Pictory will try to add it from ElevenLabs, and the job fails if it cannot`)];
      }
      return [unknown(voices.map((t) => t.name))];
    }
    case 'brand':
      return byNameOrId(ref, await catalogs.brands(), unknown);
    case 'subtitleStyle':
      return byNameOrId(ref, await catalogs.styles(), unknown);
    case 'smartLayout':
      return byNameOrId(ref, await catalogs.layouts(), unknown);
    case 'avatar': {
      const avatars = await catalogs.avatars();
      return avatars.some((a) => a.id === ref.value) ? [] : [unknown(avatars.map((a) => a.id))];
    }
    case 'template': {
      const templates = await catalogs.templates();
      const summary = templates.find((t) => t.id === ref.value);
      if (!summary) {
        const byName = templates.find((t) => t.name.toLowerCase() === ref.value.toLowerCase());
        return [unknown(templates.map((t) => t.id), byName ? ` ("${byName.name}" is template ${byName.id})` : '')];
      }
      const out: Diagnostic[] = [];
      if (summary.deprecated) out.push(diagnostic('warning', 'template-deprecated', `template "${summary.name}" (${summary.id}) is deprecated`));
      const detail = await catalogs.template(ref.value);
      const given = Object.keys(ref.variables ?? {});
      const names = detail.variables.map((v) => v.name);
      const missing = detail.variables.filter((v) => v.required && !given.includes(v.name)).map((v) => v.name);
      if (missing.length) {
        out.push(
          diagnostic(
            'error',
            'missing-template-variable',
            `template "${detail.name}" needs variable${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')} in \`variables\` (it has ${names.map((n) => `"${n}"`).join(', ')})`,
          ),
        );
      }
      for (const name of given.filter((g) => !names.includes(g))) {
        out.push(
          diagnostic(
            'error',
            'unknown-template-variable',
            `template "${detail.name}" has no variable "${name}";${didYouMean(name, names) || ` it has ${names.map((n) => `"${n}"`).join(', ') || 'none'}.`}`,
          ),
        );
      }
      return out;
    }
  }
}

function byNameOrId(ref: Reference, entries: Named[], unknown: (names: string[], extra?: string) => Diagnostic): Diagnostic[] {
  if (ref.by === 'id') {
    if (entries.some((e) => e.id === ref.value)) return [];
    const byName = entries.find((e) => e.name === ref.value);
    return [unknown(entries.map((e) => e.id), byName ? ` ("${byName.name}" has id ${byName.id})` : '')];
  }
  if (entries.some((e) => e.name === ref.value)) return [];
  return [unknown(entries.flatMap((e) => (e.name === undefined ? [] : [e.name])))];
}
