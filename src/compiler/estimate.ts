/**
 * Pass 4 — estimate: the AI credits a video will cost, per visual and in total, before anything is sent.
 * An image costs its model's per-image rate; a clip costs rate × seconds of its duration (or the model's
 * default, shortest one). A split story yields one visual per resulting scene, so its count is an
 * estimate. Sums are done in hundredths of a credit, so 1.6 × 8 is 12.8, never 12.800000000000001.
 */
import { IMAGE_MODELS, VIDEO_MODELS, isImageModel, isVideoModel, secondsOf } from '../catalog/catalog.js';
import { splitStory } from './split-story.js';
import type { CreditItem, CreditReport } from './types.js';
import type { ValidScene, ValidVideo } from './validate.js';

const toHundredths = (credits: number) => Math.round(credits * 100);
const fromHundredths = (hundredths: number) => hundredths / 100;

export function estimate(video: ValidVideo): CreditReport {
  const items = video.scenes.flatMap((scene) => {
    const item = creditItem(scene, video.props.language);
    return item ? [item] : [];
  });
  return { total: sumCredits(items.map((item) => item.credits)), exact: items.every((item) => item.exact), items };
}

/** Add credit amounts exactly (0.1 + 0.2 is 0.3 here). */
export function sumCredits(amounts: readonly number[]): number {
  return fromHundredths(amounts.reduce((sum, amount) => sum + toHundredths(amount), 0));
}

function creditItem(scene: ValidScene, language: string | undefined): CreditItem | undefined {
  const background = scene.background;
  if (background?.type !== 'AIImageBackground' && background?.type !== 'AIVideoBackground') return undefined;
  const { splitSentences, splitLines, story } = scene.props;
  const split = Boolean(splitSentences || splitLines);
  const visuals = split && story ? splitStory(story, { lines: splitLines, sentences: splitSentences, language }).length : 1;
  const { model } = background.props;
  // Plain literals, not spreads: this runs once per AI visual and spreads are slow on hot paths.
  if (background.type === 'AIImageBackground' && isImageModel(model)) {
    const unitCost = IMAGE_MODELS[model].creditsPerImage;
    const credits = fromHundredths(toHundredths(unitCost) * visuals);
    return { scene: scene.index, path: background.path, model, kind: 'image', visuals, units: visuals, unitCost, credits, exact: !split };
  }
  if (background.type === 'AIVideoBackground' && isVideoModel(model)) {
    const { durations, creditsPerSecond: unitCost } = VIDEO_MODELS[model];
    const chosen = background.props.duration;
    const seconds = secondsOf(chosen !== undefined && (durations as readonly string[]).includes(chosen) ? chosen : durations[0]);
    const units = seconds * visuals;
    const credits = fromHundredths(toHundredths(unitCost) * units);
    return { scene: scene.index, path: background.path, model, kind: 'video', visuals, seconds, units, unitCost, credits, exact: !split };
  }
  return undefined;
}
