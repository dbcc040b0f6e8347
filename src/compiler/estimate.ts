/**
 * Pass 4 — estimate: the AI credits a video will cost, per visual and in total, before anything is sent.
 * Each component that bills credits says what one visual costs (`credits` in its declaration): an image
 * its model's per-image rate, a clip rate × seconds. A split story yields one visual per resulting
 * scene, so its count is an estimate. Sums are done in hundredths of a credit, so 1.6 × 8 is 12.8,
 * never 12.800000000000001.
 */
import { specOf, type Node } from './components.js';
import { splitStory } from './split-story.js';
import type { ValidVideo } from './tree.js';
import type { CreditItem, CreditReport } from './types.js';

const toHundredths = (credits: number) => Math.round(credits * 100);
const fromHundredths = (hundredths: number) => hundredths / 100;

export function estimate(video: ValidVideo): CreditReport {
  const language = video.props.language as string | undefined;
  const items: CreditItem[] = [];
  for (const scene of video.children) {
    if (scene.key !== 'scenes') continue;
    const visuals = sceneVisuals(scene.props, language);
    collect(scene, scene.index ?? 0, visuals, items);
  }
  return { total: sumCredits(items.map((item) => item.credits)), exact: items.every((item) => item.exact), items };
}

/** Add credit amounts exactly (0.1 + 0.2 is 0.3 here). */
export function sumCredits(amounts: readonly number[]): number {
  return fromHundredths(amounts.reduce((sum, amount) => sum + toHundredths(amount), 0));
}

/** How many scenes (so how many AI visuals) Pictory makes of one `<Scene>`, and whether that is exact. */
function sceneVisuals(props: Record<string, unknown>, language: string | undefined): { count: number; exact: boolean } {
  const { splitSentences, splitLines, story } = props as { splitSentences?: boolean; splitLines?: boolean; story?: string };
  if (!(splitSentences || splitLines) || !story) return { count: 1, exact: true };
  return { count: splitStory(story, { lines: splitLines, sentences: splitSentences, language }).length, exact: false };
}

function collect(node: Node, scene: number, visuals: { count: number; exact: boolean }, items: CreditItem[]): void {
  for (const child of node.children) {
    const price = specOf(child.type)?.credits?.(child.props);
    if (price) {
      const { count, exact } = visuals;
      if (price.kind === 'image') {
        const credits = fromHundredths(toHundredths(price.unitCost) * count);
        items.push({ scene, path: child.path, model: price.model, kind: 'image', visuals: count, units: count, unitCost: price.unitCost, credits, exact });
      } else {
        const units = price.seconds * count;
        const credits = fromHundredths(toHundredths(price.unitCost) * units);
        items.push({ scene, path: child.path, model: price.model, kind: 'video', visuals: count, seconds: price.seconds, units, unitCost: price.unitCost, credits, exact });
      }
    }
    collect(child, scene, visuals, items);
  }
}
