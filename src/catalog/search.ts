/**
 * Stock search: `background.searchFilter` (query, keywords, category, libraries) and, for media elements,
 * `searchFilter: {query}`; plus the top-level choice between stock and the user's own library.
 * Source: "Visual search categories" and "Background" in Pictory's skill repository
 * (pictoryai/pictory-claude-skills, references/request-schema.md). A search with no match fails the job
 * `SCENE_BACKGROUND_VISUAL_NOT_FOUND` (background) or drops the element silently.
 */

/** Categories: a parent, or `Parent/Child` with a child from its list. */
export const STOCK_CATEGORIES = {
  Aerial: ['Coastal_and_Marine', 'Infrastructure', 'Natural_Landscapes', 'Urban_Landscapes'],
  Animals: ['Farm_Animals', 'Marine_Life', 'Pets', 'Wildlife'],
  Business_and_Professions: ['Business_Concepts', 'Office_Work', 'Professions'],
  Effects: ['Chemical_Reactions', 'Explosions', 'Fire_and_Smoke', 'Glitches', 'Lighting_Effects', 'Particles'],
  Food_and_Beverage: ['Beverages', 'Food_Preparation', 'Meals'],
  Graphics: ['Backgrounds', 'Effects', 'Patterns'],
  Historical: ['Eras', 'Events', 'Figures'],
  Holidays_and_Celebrations: ['Cultural_Celebrations', 'Festivals', 'Life_Events'],
  Lifestyle: ['Health_and_Fitness', 'Hobbies', 'Home_and_Family'],
  Medical: [],
  Nature: ['Landscapes', 'Plants_and_Trees', 'Sunrises_and_Sunsets', 'Waterfalls', 'Weather'],
  People: ['Activities', 'Groups', 'Portraits'],
  Places_and_Landmarks: ['Rural_Areas', 'Tourist_Attractions', 'Urban_Areas'],
  Sports_and_Recreation: ['Individual_Sports', 'Outdoor_Activities', 'Team_Sports'],
  Technology: ['Devices', 'Innovation'],
} as const;

/** Stock libraries a search may be limited to. */
export const STOCK_LIBRARIES = ['story_blocks', 'getty'] as const;

/** Top-level `visualSelectionPreference`: where automatic visuals come from (with `visualLibraryId`). */
export const VISUAL_SELECTION_PREFERENCES = [
  'prefer-stock',
  'prefer-user-library',
  'stock-only',
  'user-library-only',
] as const;

export const SEARCH_LIMITS = {
  /** `keywords`: 1–10 items of 2–100 characters. */
  keywords: { min: 1, max: 10 },
  keywordLength: { min: 2, max: 100 },
} as const;

type Categories = typeof STOCK_CATEGORIES;
export type StockParentCategory = keyof Categories;
export type StockCategory = {
  [P in StockParentCategory]: P | `${P}/${Categories[P][number]}`;
}[StockParentCategory];
export type StockLibrary = (typeof STOCK_LIBRARIES)[number];
export type VisualSelectionPreference = (typeof VISUAL_SELECTION_PREFERENCES)[number];

/** Every valid `category` value, parents first then their children. */
export const STOCK_CATEGORY_VALUES: readonly StockCategory[] = (
  Object.entries(STOCK_CATEGORIES) as Array<[StockParentCategory, readonly string[]]>
).flatMap(([parent, children]) => [parent, ...children.map((child) => `${parent}/${child}`)] as StockCategory[]);

export function isStockCategory(value: string): value is StockCategory {
  return (STOCK_CATEGORY_VALUES as readonly string[]).includes(value);
}
