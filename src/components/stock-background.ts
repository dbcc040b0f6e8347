/** A background found by a stock search (no AI credits). */
import { z } from 'zod';
import { SEARCH_LIMITS, STOCK_CATEGORY_VALUES, STOCK_LIBRARIES, type StockCategory, type StockLibrary } from '../catalog/search.js';
import { report } from '../diagnostics/catalogue.js';
import { backgroundPlace, emitLook, lookRules, lookShape, playbackShape } from './background.js';
import type { BackgroundLook, VideoPlayback } from './prop-types.js';
import { defineComponent } from './define.js';
import { textProp } from './prop-values.js';

export interface StockBackgroundProps extends BackgroundLook, VideoPlayback {
  /** → `searchFilter.query`: what to search for, e.g. `"city skyline at night"`. */
  query: string;
  /** → `searchFilter.keywords`: 1–10 keywords of 2–100 characters that refine the search. */
  keywords?: readonly string[];
  /** → `searchFilter.category`: a category (`Nature`) or sub-category (`Nature/Waterfalls`). */
  category?: StockCategory;
  /** → `searchFilter.libraries`: limit the search to these stock libraries. */
  libraries?: readonly StockLibrary[];
  /** → `type`: find an `image` or a `video`. Omitted: Pictory picks. */
  type?: 'image' | 'video';
}

const schema = z.strictObject({
  query: textProp(),
  keywords: z
    .array(z.string().min(SEARCH_LIMITS.keywordLength.min).max(SEARCH_LIMITS.keywordLength.max))
    .min(SEARCH_LIMITS.keywords.min)
    .max(SEARCH_LIMITS.keywords.max)
    .optional(),
  category: z.enum(STOCK_CATEGORY_VALUES as [StockCategory, ...StockCategory[]]).optional(),
  libraries: z.array(z.enum(STOCK_LIBRARIES)).min(1).optional(),
  type: z.enum(['image', 'video']).optional(),
  ...lookShape,
  ...playbackShape,
});

/**
 * A stock visual as the background: `background: {type?, searchFilter: {query, keywords, category, libraries}}`.
 * When nothing matches, Pictory fails the job (`SCENE_BACKGROUND_VISUAL_NOT_FOUND`).
 */
export const StockBackground = defineComponent<StockBackgroundProps>()({
  name: 'StockBackground',
  place: backgroundPlace,
  schema,
  emit: (p) => ({
    type: p.type,
    searchFilter: { query: p.query, keywords: p.keywords, category: p.category, libraries: p.libraries },
    ...emitLook(p),
  }),
  rules: (node) => {
    const out = lookRules(node, node.props.type);
    const libraries = node.props.libraries ?? [];
    const repeated = libraries.find((l, i) => libraries.indexOf(l) !== i);
    if (repeated) out.push(report(node, 'listed-twice', { prop: 'libraries', value: repeated }, 'libraries'));
    return out;
  },
});
