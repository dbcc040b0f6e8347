import { z } from 'zod';
import { IMAGE_MODELS, IMAGE_MODEL_IDS, LIMITS, MEDIA_STYLES, type ImageModel, type MediaStyle } from '../catalog/catalog.js';
import { backgroundPlace } from './background.js';
import { defineComponent } from './define.js';
import { aiVisualRules } from './ai-visual-rules.js';

export interface AIImageBackgroundProps {
  /** → `aiVisual.model`: the image model; its price per image is in the catalog. */
  model: ImageModel;
  /** → `aiVisual.prompt` (≤ 500 characters). Omitted: Pictory writes one from the scene's story. */
  prompt?: string;
  /** → `aiVisual.mediaStyle`. */
  mediaStyle?: MediaStyle;
}

const schema = z.strictObject({
  model: z.enum(IMAGE_MODEL_IDS as [ImageModel, ...ImageModel[]]),
  prompt: z.string().min(1).max(LIMITS.promptMaxLength).optional(),
  mediaStyle: z.enum(MEDIA_STYLES).optional(),
});

/** A generated still image as the scene's background: `background: {type: "image", aiVisual}`. */
export const AIImageBackground = defineComponent<AIImageBackgroundProps>()({
  name: 'AIImageBackground',
  place: backgroundPlace,
  schema,
  emit: (p) => ({ type: 'image', aiVisual: { model: p.model, prompt: p.prompt, mediaStyle: p.mediaStyle } }),
  rules: (node, { video }) => aiVisualRules(node, video),
  credits: (p) => ({ model: p.model, kind: 'image', unitCost: IMAGE_MODELS[p.model].creditsPerImage }),
});
