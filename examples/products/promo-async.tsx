// The promos of promo.tsx, with the product list loaded asynchronously inside a component, by React's use().
import { readFile } from 'node:fs/promises';
import { use } from 'pictory-jsx';
import { ProductPromo, parseProducts, type Product } from './promo.js';

let loading: Promise<Product[]> | undefined;

/** Read products.json once: use() must see the same promise each time the component renders. */
export function loadProducts(): Promise<Product[]> {
  loading ??= readFile(new URL('./products.json', import.meta.url), 'utf8').then((text) => parseProducts(JSON.parse(text)));
  return loading;
}

export default function ProductPromos() {
  const products = use(loadProducts());
  return products.map((product) => <ProductPromo key={product.id} product={product} />);
}
