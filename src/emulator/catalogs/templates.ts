/**
 * The emulated account's templates: `GET /v1/templates` lists them (`deprecated`), `GET /v1/templates/{id}`
 * returns one with its `variables`, spelling the flag `depricated` as Pictory's documented answer does.
 */
export interface TemplateVariableDef {
  name: string;
  type: 'text' | 'image' | 'color';
  required: boolean;
  defaultValue?: string;
}

export interface TemplateDef {
  templateId: string;
  name: string;
  language: string;
  published: boolean;
  deprecated: boolean;
  variables: TemplateVariableDef[];
}

export const TEMPLATES: TemplateDef[] = [
  {
    templateId: 'tpl_product_launch',
    name: 'Product Launch',
    language: 'en',
    published: true,
    deprecated: false,
    variables: [
      { name: 'ProductName', type: 'text', required: true },
      { name: 'Tagline', type: 'text', required: true },
      { name: 'ProductImage', type: 'image', required: false, defaultValue: 'https://assets.emulator.invalid/product.png' },
    ],
  },
  {
    templateId: 'tpl_welcome_customer',
    name: 'Customer Welcome',
    language: 'en',
    published: true,
    deprecated: false,
    variables: [
      { name: 'Name', type: 'text', required: true },
      { name: 'Company', type: 'text', required: true },
    ],
  },
  {
    templateId: 'tpl_event_promo',
    name: 'Event Promo',
    language: 'en',
    published: true,
    deprecated: false,
    variables: [
      { name: 'EventName', type: 'text', required: true },
      { name: 'Date', type: 'text', required: true },
      { name: 'BrandColor', type: 'color', required: false, defaultValue: '#1A73E8' },
    ],
  },
  {
    templateId: 'tpl_old_promo',
    name: 'Old Promo',
    language: 'en',
    published: false,
    deprecated: true,
    variables: [{ name: 'Headline', type: 'text', required: true }],
  },
];

/** The list entry (no variables). */
export function templateSummary(t: TemplateDef) {
  return { templateId: t.templateId, name: t.name, language: t.language, published: t.published, deprecated: t.deprecated };
}

/** The by-id answer, with Pictory's `depricated` spelling. */
export function templateDetail(t: TemplateDef) {
  return { templateId: t.templateId, name: t.name, language: t.language, published: t.published, depricated: t.deprecated, variables: t.variables };
}
