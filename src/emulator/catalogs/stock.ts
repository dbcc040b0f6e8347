/**
 * The emulated stock library behind `GET /v1/media/search?keyword=&category=&language=`: assets from the
 * two documented libraries (`story_blocks`, `getty`), found by the words of their description.
 * Answer: `{data: {page, searchResults: [{assetId, mediaType, duration, mediaDescription, preview, …}]}}`.
 */
export interface StockAsset {
  assetId: string;
  mediaType: 'video' | 'image';
  duration: number | null;
  mediaDescription: string;
  category: string;
  searchLibrary: 'story_blocks' | 'getty';
}

type Row = [description: string, mediaType: StockAsset['mediaType'], category: string, duration?: number];

const ROWS: Row[] = [
  ['Aerial view of a city skyline at sunset', 'video', 'Places/Cities', 12],
  ['Busy city street with people walking', 'video', 'Places/Cities', 9],
  ['Night traffic timelapse in a big city', 'video', 'Places/Cities', 15],
  ['Modern office with a team in a meeting', 'video', 'Business/Office', 10],
  ['Hands typing on a laptop keyboard', 'video', 'Business/Technology', 8],
  ['Business handshake in a bright office', 'image', 'Business/Office'],
  ['Startup team brainstorming at a whiteboard', 'image', 'Business/Office'],
  ['Server room with blinking lights', 'video', 'Business/Technology', 11],
  ['Close-up of a circuit board', 'image', 'Business/Technology'],
  ['Smartphone showing a shopping app', 'image', 'Business/Technology'],
  ['Ocean waves crashing on a beach', 'video', 'Nature/Water', 14],
  ['Calm lake surrounded by mountains', 'image', 'Nature/Landscapes'],
  ['Forest path in autumn', 'video', 'Nature/Landscapes', 10],
  ['Snowy mountain peaks under a blue sky', 'image', 'Nature/Landscapes'],
  ['Waterfall in a tropical rainforest', 'video', 'Nature/Water', 13],
  ['Field of sunflowers at golden hour', 'image', 'Nature/Plants'],
  ['Family having breakfast together', 'video', 'People/Family', 9],
  ['Child laughing in a park', 'image', 'People/Family'],
  ['Woman running on a beach at sunrise', 'video', 'People/Sports', 8],
  ['Friends cheering at a football match', 'video', 'People/Sports', 7],
  ['Chef cooking pasta in a restaurant kitchen', 'video', 'Food/Cooking', 12],
  ['Fresh vegetables on a wooden table', 'image', 'Food/Ingredients'],
  ['Coffee being poured into a cup', 'video', 'Food/Drinks', 6],
  ['Doctor talking with a patient', 'image', 'Health/Medicine'],
  ['Yoga class in a bright studio', 'video', 'Health/Fitness', 10],
  ['Students studying in a library', 'image', 'Education/School'],
  ['Teacher writing on a chalkboard', 'video', 'Education/School', 9],
  ['Airplane taking off at dusk', 'video', 'Travel/Transport', 11],
  ['Suitcase and passport on a bed', 'image', 'Travel/Preparation'],
  ['Electric car charging at a station', 'image', 'Transport/Cars'],
  ['Product box on a clean white table', 'image', 'Business/Products'],
  ['Rotating product shot on a turntable', 'video', 'Business/Products', 8],
];

export const STOCK: StockAsset[] = ROWS.map(([mediaDescription, mediaType, category, duration], i) => ({
  assetId: `${i % 2 === 0 ? 'sb' : 'gt'}_${String(70001 + i)}`,
  mediaType,
  duration: duration ?? null,
  mediaDescription,
  category,
  searchLibrary: i % 2 === 0 ? 'story_blocks' : 'getty',
}));

/** Assets whose description holds every word of `keyword` (case-insensitive), in the category or below it. */
export function searchStock(keyword: string, category?: string): StockAsset[] {
  const words = keyword.toLowerCase().split(/\s+/).filter(Boolean);
  return STOCK.filter((a) => {
    const text = a.mediaDescription.toLowerCase();
    const inCategory = !category || a.category === category || a.category.startsWith(`${category}/`);
    return inCategory && words.every((w) => text.includes(w.replace(/s$/, '')));
  });
}

/** An asset as the search answers it (preview links are placeholders: the emulator serves no stock media). */
export function stockView(a: StockAsset) {
  const preview = `https://previews.emulator.invalid/stock/${a.assetId}`;
  return {
    assetId: a.assetId,
    mediaType: a.mediaType,
    duration: a.duration,
    mediaDescription: a.mediaDescription,
    preview: { jpg: `${preview}.jpg`, url: a.mediaType === 'video' ? `${preview}.mp4` : `${preview}.jpg` },
    searchLibrary: a.searchLibrary,
    thumbnail: `${preview}.jpg`,
  };
}
