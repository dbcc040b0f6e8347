/**
 * zod shapes of Pictory's discovery endpoints, as documented: some answer a bare array (voices, brands,
 * styles, music moods), some `{items}` (smart layouts, templates, music search), stock search
 * `{data: {searchResults}}`, and a template read by id spells `deprecated` as `depricated`. Every shape is
 * loose (unknown fields pass through) and normalised to one plain type per catalog, so callers never
 * see the wire's spellings.
 */
import { z } from 'zod';

/** An id Pictory may send as a number or a string; always a string once parsed. */
const Id = z.union([z.string(), z.number()]).transform(String);
const optionalText = z.string().nullish().transform((v) => v ?? undefined);

/**
 * A list endpoint's answer: a bare array (documented), or the same array under `items` or `data`
 * (tolerated, since wrapping styles differ between Pictory's endpoints).
 */
export function listOf<T extends z.ZodType>(item: T) {
  const array = z.array(item);
  return z.union([
    array,
    z.looseObject({ items: array }).transform((o) => o.items),
    z.looseObject({ data: array }).transform((o) => o.data),
    z.looseObject({ data: z.looseObject({ items: array }) }).transform((o) => o.data.items),
  ]);
}

/** `GET /v1/voiceovers/tracks`: one AI voice. */
export const VoiceSchema = z
  .looseObject({
    id: Id,
    name: z.string(),
    voice: optionalText,
    gender: optionalText,
    accent: optionalText,
    language: optionalText,
    engine: optionalText,
    service: optionalText,
    category: optionalText,
    sample: optionalText,
  })
  .transform(({ id, name, voice, gender, accent, language, engine, service, category, sample }) => ({
    id,
    name,
    voice,
    gender,
    accent,
    language,
    engine,
    service,
    category,
    sample,
  }));
export type Voice = z.output<typeof VoiceSchema>;

/** `GET /v1/brands/video` and `GET /v1/styles`: `{id, name}`. */
export const NamedSchema = z.looseObject({ id: Id, name: z.string() }).transform(({ id, name }) => ({ id, name }));
export type Brand = z.output<typeof NamedSchema>;
export type SubtitleStyle = z.output<typeof NamedSchema>;

/** `GET /v1/smartlayouts`: `{items: [{templateId, templateName, schemaVersion}]}`. */
export const SmartLayoutSchema = z
  .looseObject({ templateId: Id, templateName: z.string(), schemaVersion: optionalText })
  .transform((l) => ({ id: l.templateId, name: l.templateName, schemaVersion: l.schemaVersion }));
export type SmartLayout = z.output<typeof SmartLayoutSchema>;

/** One variable of a template, from `GET /v1/templates/{id}`: a name, or an object naming it. */
const TemplateVariableSchema = z.union([
  z.string().transform((name) => ({ name, required: true, defaultValue: undefined as string | undefined })),
  z
    .looseObject({
      name: z.string().optional(),
      key: z.string().optional(),
      required: z.boolean().optional(),
      defaultValue: z.union([z.string(), z.number()]).nullish(),
    })
    .refine((v) => v.name !== undefined || v.key !== undefined, 'a template variable has no name')
    .transform((v) => ({
      name: (v.name ?? v.key)!,
      // A variable with a default value can be left out; otherwise it must be given unless marked optional.
      required: v.required ?? (v.defaultValue === undefined || v.defaultValue === null),
      defaultValue: v.defaultValue === undefined || v.defaultValue === null ? undefined : String(v.defaultValue),
    })),
]);
export type TemplateVariable = z.output<typeof TemplateVariableSchema>;

/** `variables` as a list of names/objects, or as an object `{name: defaultValue}`. */
const TemplateVariablesSchema = z.union([
  z.array(TemplateVariableSchema),
  z.record(z.string(), z.unknown()).transform((o) =>
    Object.entries(o).map(([name, value]) => ({
      name,
      required: value === null || value === undefined || value === '',
      defaultValue: value === null || value === undefined || value === '' ? undefined : String(value),
    })),
  ),
]);

const templateFields = {
  templateId: Id,
  name: z.string(),
  language: optionalText,
  published: z.boolean().optional(),
  deprecated: z.boolean().optional(),
  /** Pictory's by-id answer spells it this way. */
  depricated: z.boolean().optional(),
};

/** `GET /v1/templates`: `{items: [{templateId, name, language, published, deprecated}]}`. */
export const TemplateSummarySchema = z.looseObject(templateFields).transform((t) => ({
  id: t.templateId,
  name: t.name,
  language: t.language,
  published: t.published,
  deprecated: t.deprecated ?? t.depricated ?? false,
}));
export type TemplateSummary = z.output<typeof TemplateSummarySchema>;

/** `GET /v1/templates/{id}`: the summary plus its `variables` (bare, or under `data`). */
const TemplateDetailObject = z.looseObject({ ...templateFields, variables: TemplateVariablesSchema.optional() }).transform((t) => ({
  id: t.templateId,
  name: t.name,
  language: t.language,
  published: t.published,
  deprecated: t.deprecated ?? t.depricated ?? false,
  variables: t.variables ?? [],
}));
export const TemplateDetailSchema = z.union([
  TemplateDetailObject,
  z.looseObject({ data: TemplateDetailObject }).transform((o) => o.data),
]);
export type TemplateDetail = z.output<typeof TemplateDetailObject>;

/** `POST /v1/music/search`: `{items: [{id, title, audioUrl, duration, genres, instruments, moods, purposes}]}`. */
export const MusicTrackSchema = z
  .looseObject({
    id: Id,
    title: z.string(),
    audioUrl: z.string(),
    duration: z.number().optional(),
    genres: z.array(z.string()).optional(),
    instruments: z.array(z.string()).optional(),
    moods: z.array(z.string()).optional(),
    purposes: z.array(z.string()).optional(),
  })
  .transform((t) => ({
    id: t.id,
    title: t.title,
    audioUrl: t.audioUrl,
    duration: t.duration,
    genres: t.genres ?? [],
    instruments: t.instruments ?? [],
    moods: t.moods ?? [],
    purposes: t.purposes ?? [],
  }));
export type MusicTrack = z.output<typeof MusicTrackSchema>;

/** `GET /v1/media/search`: `{data: {page, searchResults: [{assetId, mediaType, …}]}}`. */
export const StockAssetSchema = z
  .looseObject({
    assetId: Id,
    mediaType: z.string(),
    duration: z.number().nullish(),
    mediaDescription: optionalText,
    preview: z.looseObject({ jpg: optionalText, url: optionalText }).nullish(),
    searchLibrary: optionalText,
    thumbnail: optionalText,
  })
  .transform((a) => ({
    assetId: a.assetId,
    mediaType: a.mediaType,
    duration: a.duration ?? undefined,
    description: a.mediaDescription,
    previewUrl: a.preview?.url ?? undefined,
    previewImage: a.preview?.jpg ?? undefined,
    library: a.searchLibrary,
    thumbnail: a.thumbnail,
  }));
export type StockAsset = z.output<typeof StockAssetSchema>;
export const StockSearchSchema = z
  .looseObject({ data: z.looseObject({ page: z.number().optional(), searchResults: z.array(StockAssetSchema) }) })
  .transform((o) => o.data.searchResults);

/** `GET /v1/avatars` (shape undocumented): a list of `{avatarId | id, name?}`. */
export const AvatarSchema = z
  .looseObject({ avatarId: Id.optional(), id: Id.optional(), name: optionalText, gender: optionalText })
  .refine((a) => a.avatarId !== undefined || a.id !== undefined, 'an avatar has no id')
  .transform((a) => ({ id: (a.avatarId ?? a.id)!, name: a.name, gender: a.gender }));
export type Avatar = z.output<typeof AvatarSchema>;

/**
 * `GET /v1/aicredits/usage` (shape undocumented): the available balance, looked for under a few
 * plausible names, at the top level or under `data`. `undefined` when none is there.
 */
const BALANCE_KEYS = ['availableCredits', 'available', 'remainingCredits', 'remaining', 'balance', 'creditsRemaining'] as const;
export const CreditBalanceSchema = z.unknown().transform((body): number | undefined => {
  for (const scope of [body, (body as { data?: unknown } | null)?.data]) {
    if (!scope || typeof scope !== 'object') continue;
    for (const key of BALANCE_KEYS) {
      const value = (scope as Record<string, unknown>)[key];
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
    }
  }
  return undefined;
});

/** `GET /v1/music/moods`, `/purposes`, …: bare string arrays. */
export const StringListSchema = listOf(z.string());
