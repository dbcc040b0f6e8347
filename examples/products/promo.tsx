// One promo video per row of products.json, each shaped by its row: the AI models by price tier, the
// aspect ratio by channel. `npx pictory-jsx estimate examples/products/promo.tsx` prices all of them.
import {
  Video,
  Scene,
  AIVideoBackground,
  AIImageBackground,
  ColorBackground,
  VoiceOver,
  BackgroundMusic,
  type AIVideoBackgroundProps,
  type AspectRatio,
  type ImageModel,
} from 'pictory-jsx';
import rows from './products.json' with { type: 'json' };

export type Channel = 'youtube' | 'tiktok' | 'instagram';

export interface Product {
  id: string;
  name: string;
  /** US dollars. */
  price: number;
  channel: Channel;
  tagline: string;
  features: string[];
}

export type Tier = 'premium' | 'mid' | 'budget';

export function tierOf(price: number): Tier {
  return price >= 500 ? 'premium' : price >= 100 ? 'mid' : 'budget';
}

const ASPECT_RATIO: Record<Channel, AspectRatio> = { youtube: '16:9', tiktok: '9:16', instagram: '1:1' };

/** Omit that keeps a union a union: each video model keeps its own durations, checked by type. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Clip = DistributiveOmit<AIVideoBackgroundProps, 'prompt'>;

/**
 * The hero clip: Veo 3.1 for premium products, Veo 3.1 Fast mid-range, Pixverse 5.5 on a budget. Veo makes
 * no square video (Pictory would silently fall back to 16:9), so square promos use Pixverse at every tier,
 * with a longer clip for a dearer product.
 */
export function heroClip(tier: Tier, aspectRatio: AspectRatio): Clip {
  if (aspectRatio === '1:1') {
    return { model: 'pixverse5.5', duration: tier === 'premium' ? '10s' : tier === 'mid' ? '8s' : '5s' };
  }
  if (tier === 'premium') return { model: 'veo3.1', duration: '6s' };
  if (tier === 'mid') return { model: 'veo3.1_fast', duration: '6s' };
  return { model: 'pixverse5.5', duration: '5s' };
}

/** One still per feature, in an image model as good as the product is dear. */
export const FEATURE_IMAGE_MODEL: Record<Tier, ImageModel> = {
  premium: 'nanobanana-pro',
  mid: 'seedream3.0',
  budget: 'flux-schnell',
};

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function ProductPromo({ product }: { product: Product }) {
  const tier = tierOf(product.price);
  const aspectRatio = ASPECT_RATIO[product.channel];
  return (
    <Video name={`promo-${product.id}-${product.channel}`} aspectRatio={aspectRatio}>
      <VoiceOver speaker="Jackson" />
      <BackgroundMusic autoMusic volume={0.35} />
      <Scene>
        {`${product.name}. ${product.tagline}`}
        <AIVideoBackground
          {...heroClip(tier, aspectRatio)}
          prompt={`Slow orbiting camera around the ${product.name} on a studio turntable, soft rim lighting, shallow depth of field`}
        />
      </Scene>
      {product.features.map((feature) => (
        <Scene key={feature}>
          {`${feature}.`}
          <AIImageBackground
            model={FEATURE_IMAGE_MODEL[tier]}
            mediaStyle="photorealistic"
            prompt={`Close-up product photograph of the ${product.name}. ${feature}`}
          />
        </Scene>
      ))}
      <Scene>
        {`The ${product.name}, yours for ${usd.format(product.price)}.`}
        <ColorBackground color="#111827" />
      </Scene>
    </Video>
  );
}

const CHANNELS: readonly string[] = Object.keys(ASPECT_RATIO);

/** Check rows read from JSON, so that a typo in the data is an error that names the row. */
export function parseProducts(data: unknown): Product[] {
  if (!Array.isArray(data)) throw new TypeError('products: expected an array of products');
  return data.map((row: Partial<Record<keyof Product, unknown>>, i) => {
    const where = `products[${i}]${typeof row?.id === 'string' ? ` (${row.id})` : ''}`;
    const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (!text(row?.id) || !text(row?.name) || !text(row?.tagline)) throw new TypeError(`${where}: id, name and tagline must be text`);
    if (typeof row.price !== 'number' || !(row.price > 0)) throw new TypeError(`${where}: price must be a positive number`);
    if (typeof row.channel !== 'string' || !CHANNELS.includes(row.channel)) {
      throw new TypeError(`${where}: channel must be one of ${CHANNELS.join(', ')}`);
    }
    if (!Array.isArray(row.features) || !row.features.every(text)) throw new TypeError(`${where}: features must be a list of text`);
    return row as Product;
  });
}

export const products: Product[] = parseProducts(rows);

/** One video per product. */
export default function promoVideos() {
  return products.map((product) => <ProductPromo key={product.id} product={product} />);
}
