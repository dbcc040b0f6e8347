/**
 * What a request refers to in the account: every speaker, brand, subtitle style, smart layout, template
 * (with its variables) and avatar, read from the request JSON by Pictory's wire names, each with the
 * component path that wrote it (`Video`, `Video > VoiceOver`, `Video > Scene[2] > VoiceOver`,
 * `Video > Avatar`) so a diagnostic can point at the element.
 */

export type ReferenceKind = 'speaker' | 'brand' | 'subtitleStyle' | 'smartLayout' | 'template' | 'avatar';

export interface Reference {
  kind: ReferenceKind;
  /** The wire field, e.g. `brandName`, `aiVoices[0].speaker`. */
  field: string;
  /** By name or by id (brands, styles and layouts may be given either way). */
  by: 'name' | 'id';
  value: string;
  /** The component path of the element that wrote it. */
  path: string;
  /** The DSL prop, for the diagnostic. */
  prop: string;
  /** For a template: the `variables` the request gives. */
  variables?: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** The references of one request body, in reading order. */
export function referencesOf(request: Json): Reference[] {
  const out: Reference[] = [];
  const top = (kind: ReferenceKind, field: string, by: Reference['by'], prop = field) => {
    const value = text(request[field]);
    if (value !== undefined) out.push({ kind, field, by, value, path: 'Video', prop });
  };
  top('brand', 'brandName', 'name');
  top('brand', 'brandId', 'id');
  top('subtitleStyle', 'subtitleStyleName', 'name');
  top('subtitleStyle', 'subtitleStyleId', 'id');
  top('smartLayout', 'smartLayoutName', 'name');
  top('smartLayout', 'smartLayoutId', 'id');
  const templateId = text(request.templateId);
  if (templateId !== undefined) {
    const variables = isObject(request.variables) ? request.variables : {};
    out.push({ kind: 'template', field: 'templateId', by: 'id', value: templateId, path: 'Video', prop: 'templateId', variables });
  }
  const avatarId = isObject(request.avatar) ? text(request.avatar.avatarId) : undefined;
  if (avatarId !== undefined) out.push({ kind: 'avatar', field: 'avatar.avatarId', by: 'id', value: avatarId, path: 'Video > Avatar', prop: 'id' });

  speakers(request.voiceOver, 'Video > VoiceOver', 'voiceOver', out);
  const scenes = Array.isArray(request.scenes) ? request.scenes : [];
  scenes.forEach((scene, i) => {
    if (isObject(scene)) speakers(scene.voiceOver, `Video > Scene[${i + 1}] > VoiceOver`, `scenes[${i}].voiceOver`, out);
  });
  return out;
}

function speakers(voiceOver: unknown, path: string, field: string, out: Reference[]): void {
  if (!isObject(voiceOver) || !Array.isArray(voiceOver.aiVoices)) return;
  voiceOver.aiVoices.forEach((voice, i) => {
    const value = isObject(voice) ? text(voice.speaker) : undefined;
    if (value !== undefined) out.push({ kind: 'speaker', field: `${field}.aiVoices[${i}].speaker`, by: 'name', value, path, prop: 'speaker' });
  });
}
