import { z } from 'zod';
import { IMAGE_MODEL_IDS, LIMITS, MEDIA_STYLES, type ImageModel, type MediaStyle } from '../catalog/catalog.js';
import { defineComponent } from './define.js';

export interface AIImageBackgroundProps {
  /** → `aiVisual.model`: the image model; its price per image is in the catalog. */
  model: ImageModel;
  /** → `aiVisual.prompt` (≤ 500 characters). Omitted: Pictory writes one from the scene's story. */
  prompt?: string;
  /** → `aiVisual.mediaStyle`. */
  mediaStyle?: MediaStyle;
}

export const aiImageBackgroundProps = z.strictObject({
  model: z.enum(IMAGE_MODEL_IDS as [ImageModel, ...ImageModel[]]),
  prompt: z.string().min(1).max(LIMITS.promptMaxLength).optional(),
  mediaStyle: z.enum(MEDIA_STYLES).optional(),
});

/** A generated still image as the scene's background: `background: {type: "image", aiVisual}`. */
export const AIImageBackground = defineComponent<AIImageBackgroundProps>({
  name: 'AIImageBackground',
  role: 'background',
  props: aiImageBackgroundProps,
  acceptsText: false,
});
