/**
 * The emulated account's brands (`GET /v1/brands/video`), subtitle styles (`GET /v1/styles`), smart
 * layouts (`GET /v1/smartlayouts`) and avatars (`GET /v1/avatars`, shape undocumented: `{items}` here).
 */
export const BRANDS = [
  { id: 'brand_8f2a1c', name: 'Acme Corp' },
  { id: 'brand_3d9e47', name: 'Acme Kids' },
  { id: 'brand_b71f02', name: 'Northwind' },
  { id: 'brand_5c0a93', name: 'Globex Studio' },
];

export const STYLES = [
  { id: 'style_0001', name: 'Default' },
  { id: 'style_0002', name: 'Headliner' },
  { id: 'style_0003', name: 'Minimal' },
  { id: 'style_0004', name: 'Bold Captions' },
  { id: 'style_0005', name: 'Karaoke' },
];

export const SMART_LAYOUTS = [
  { templateId: 'sl_modern_01', templateName: 'Modern', schemaVersion: 'v3' },
  { templateId: 'sl_news_02', templateName: 'News Flash', schemaVersion: 'v3' },
  { templateId: 'sl_split_03', templateName: 'Split Screen', schemaVersion: 'v3' },
  { templateId: 'sl_quote_04', templateName: 'Quote Card', schemaVersion: 'v3' },
];

export const AVATARS = [
  { avatarId: 'avatar_anna_01', name: 'Anna', gender: 'female' },
  { avatarId: 'avatar_james_02', name: 'James', gender: 'male' },
  { avatarId: 'avatar_priya_03', name: 'Priya', gender: 'female' },
];

/**
 * What `GET /v1/aicredits/usage` answers (shape undocumented; the client looks for `availableCredits` and a
 * few other plausible names): the balance less what running jobs have reserved.
 */
export function creditUsage(available: number, balance: number) {
  return { success: true, data: { availableCredits: available, balance } };
}
