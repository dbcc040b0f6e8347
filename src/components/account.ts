/**
 * The account's own values for the props that name something in a Pictory account: voices, brands,
 * subtitle styles, smart layouts, templates (with their variables) and avatars.
 *
 * `AccountCatalog` is empty here, so every such prop is a plain `string`. `pictory-jsx types` writes a
 * declaration file that fills it in by module augmentation (`declare module 'pictory-jsx' { interface
 * AccountCatalog { speaker: 'Tim' | 'Brian' | …; … } }`); from then on the props narrow to the account's
 * real values, the editor completes them and `tsc` rejects a typo.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface AccountCatalog {}

/** The account's values under `key`, or `string` while the catalog has not been generated. */
export type AccountValue<K extends string> = AccountCatalog extends { [P in K]: infer V } ? V : string;

/** `<VoiceOver speaker>`: a voice name of the account. */
export type Speaker = AccountValue<'speaker'>;
/** `<Video brandName>` / `brandId`. */
export type BrandName = AccountValue<'brandName'>;
export type BrandId = AccountValue<'brandId'>;
/** `<Video subtitleStyleName>` / `subtitleStyleId`. */
export type SubtitleStyleName = AccountValue<'subtitleStyleName'>;
export type SubtitleStyleId = AccountValue<'subtitleStyleId'>;
/** `<Video smartLayoutName>` / `smartLayoutId`. */
export type SmartLayoutName = AccountValue<'smartLayoutName'>;
export type SmartLayoutId = AccountValue<'smartLayoutId'>;
/** `<Avatar id>`. */
export type AvatarId = AccountValue<'avatarId'>;

/** Each template's variables as the generator writes them: `{ required: 'Name' | …; optional: … }`. */
export interface TemplateVariableNames {
  required: string;
  optional: string;
}

type Templates = AccountCatalog extends { templates: infer T } ? T : never;

/** `<Video templateId>`: a template id of the account. */
export type TemplateId = [Templates] extends [never] ? string : keyof Templates & string;

/** The value of one template variable (→ `variables[name]`). */
export type TemplateValue = string | number | boolean;

/** The `variables` a template needs: its required names, and optionally the others. */
export type TemplateVariables<Id extends string = TemplateId> = [Templates] extends [never]
  ? Record<string, TemplateValue>
  : Id extends keyof Templates
    ? Templates[Id] extends TemplateVariableNames
      ? { [V in Templates[Id]['required']]: TemplateValue } & { [V in Templates[Id]['optional']]?: TemplateValue }
      : Record<string, TemplateValue>
    : never;

/**
 * `templateId` and `variables` together, as one union over the account's templates, so that a
 * template's missing variable or a variable it does not have is a type error:
 * `type VideoProps = … & Partial<TemplateProps>` won't do; use `TemplateProps | { templateId?: never; variables?: never }`.
 */
export type TemplateProps = [Templates] extends [never]
  ? { templateId: string; variables?: Record<string, TemplateValue> }
  : { [Id in TemplateId]: { templateId: Id } & ({} extends TemplateVariables<Id> ? { variables?: TemplateVariables<Id> } : { variables: TemplateVariables<Id> }) }[TemplateId];
