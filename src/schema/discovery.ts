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
export function listOf<T extends z.ZodType>(item: T): z.ZodType<Array<z.output<T>>> {
  const array = z.array(item);
  return z.union([
    array,
    z.looseObject({ items: array }).transform((o) => o.items),
    z.looseObject({ data: array }).transform((o) => o.data),
    z.looseObject({ data: z.looseObject({ items: array }) }).transform((o) => o.data.items),
  ]);
}

/** One AI voice of the account (`<VoiceOver speaker>` takes its name or id). */
export interface Voice {
  id: string;
  name: string;
  /** The provider's voice id (also accepted as a speaker). */
  voice?: string;
  gender?: string;
  accent?: string;
  /** A locale such as `en-US`. */
  language?: string;
  engine?: string;
  /** `aws`, `google` or `elevenlabs`. */
  service?: string;
  category?: string;
  /** An mp3 preview. */
  sample?: string;
}

/** `GET /v1/voiceovers/tracks`: one AI voice. */
export const VoiceSchema: z.ZodType<Voice> = z
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

/** A brand kit, or a saved subtitle style. */
export interface Brand {
  id: string;
  name: string;
}
export type SubtitleStyle = Brand;

/** `GET /v1/brands/video` and `GET /v1/styles`: `{id, name}`. */
export const NamedSchema: z.ZodType<Brand> = z.looseObject({ id: Id, name: z.string() }).transform(({ id, name }) => ({ id, name }));

/** A smart layout (`smartLayoutId` is its id, `smartLayoutName` its name). */
export interface SmartLayout {
  id: string;
  name: string;
  schemaVersion?: string;
}

/** `GET /v1/smartlayouts`: `{items: [{templateId, templateName, schemaVersion}]}`. */
export const SmartLayoutSchema: z.ZodType<SmartLayout> = z
  .looseObject({ templateId: Id, templateName: z.string(), schemaVersion: optionalText })
  .transform((l) => ({ id: l.templateId, name: l.templateName, schemaVersion: l.schemaVersion }));

/** One variable of a template. */
export interface TemplateVariable {
  name: string;
  /** False when the template has a default for it, or marks it optional. */
  required: boolean;
  defaultValue?: string;
}

/** One variable of a template, from `GET /v1/templates/{id}`: a name, or an object naming it. */
const TemplateVariableSchema: z.ZodType<TemplateVariable> = z.union([
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

/** A template of the account (`templateId`). */
export interface TemplateSummary {
  id: string;
  name: string;
  language?: string;
  published?: boolean;
  deprecated: boolean;
}

/** A template with the variables `variables` must give. */
export interface TemplateDetail extends TemplateSummary {
  variables: TemplateVariable[];
}

/** `GET /v1/templates`: `{items: [{templateId, name, language, published, deprecated}]}`. */
export const TemplateSummarySchema: z.ZodType<TemplateSummary> = z.looseObject(templateFields).transform((t) => ({
  id: t.templateId,
  name: t.name,
  language: t.language,
  published: t.published,
  deprecated: t.deprecated ?? t.depricated ?? false,
}));

/** `GET /v1/templates/{id}`: the summary plus its `variables` (bare, or under `data`). */
const TemplateDetailObject = z.looseObject({ ...templateFields, variables: TemplateVariablesSchema.optional() }).transform((t) => ({
  id: t.templateId,
  name: t.name,
  language: t.language,
  published: t.published,
  deprecated: t.deprecated ?? t.depricated ?? false,
  variables: t.variables ?? [],
}));
export const TemplateDetailSchema: z.ZodType<TemplateDetail> = z.union([
  TemplateDetailObject,
  z.looseObject({ data: TemplateDetailObject }).transform((o) => o.data),
]);

/** A music track (`<BackgroundMusic src>` takes its `audioUrl`). */
export interface MusicTrack {
  id: string;
  title: string;
  audioUrl: string;
  /** Seconds. */
  duration?: number;
  genres: string[];
  instruments: string[];
  moods: string[];
  purposes: string[];
}

/** `POST /v1/music/search`: `{items: [{id, title, audioUrl, duration, genres, instruments, moods, purposes}]}`. */
export const MusicTrackSchema: z.ZodType<MusicTrack> = z
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

/** A stock video or image found by a search (previews are watermarked). */
export interface StockAsset {
  assetId: string;
  /** `video` or `image`. */
  mediaType: string;
  /** Seconds, for videos. */
  duration?: number;
  description?: string;
  previewUrl?: string;
  previewImage?: string;
  /** `story_blocks` or `getty`. */
  library?: string;
  thumbnail?: string;
}

/** `GET /v1/media/search`: `{data: {page, searchResults: [{assetId, mediaType, …}]}}`. */
export const StockAssetSchema: z.ZodType<StockAsset> = z
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
export const StockSearchSchema: z.ZodType<StockAsset[]> = z
  .looseObject({ data: z.looseObject({ page: z.number().optional(), searchResults: z.array(StockAssetSchema) }) })
  .transform((o) => o.data.searchResults);

/** An avatar (`<Avatar id>`). */
export interface Avatar {
  id: string;
  name?: string;
  gender?: string;
}

/** `GET /v1/avatars` (shape undocumented): a list of `{avatarId | id, name?}`. */
export const AvatarSchema: z.ZodType<Avatar> = z
  .looseObject({ avatarId: Id.optional(), id: Id.optional(), name: optionalText, gender: optionalText })
  .refine((a) => a.avatarId !== undefined || a.id !== undefined, 'an avatar has no id')
  .transform((a) => ({ id: (a.avatarId ?? a.id)!, name: a.name, gender: a.gender }));

/**
 * `GET /v1/aicredits/usage` (shape undocumented): the available balance, looked for under a few
 * plausible names, at the top level or under `data`. `undefined` when none is there.
 */
const BALANCE_KEYS = ['availableCredits', 'available', 'remainingCredits', 'remaining', 'balance', 'creditsRemaining'] as const;
export const CreditBalanceSchema: z.ZodType<number | undefined> = z.unknown().transform((body): number | undefined => {
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
export const StringListSchema: z.ZodType<string[]> = listOf(z.string());
