import { z } from 'zod';
import { IMAGE_EDIT_MODELS, type ImageEditModel } from '../catalog/ai-media.js';
import { IMAGE_MODELS, IMAGE_MODEL_IDS, LIMITS, MEDIA_STYLES, type ImageModel, type MediaStyle } from '../catalog/catalog.js';
import { report } from '../diagnostics/catalogue.js';
import { backgroundPlace, emitLook, lookRules, lookShape } from './background.js';
import type { BackgroundLook } from './prop-types.js';
import { defineComponent } from './define.js';
import { aiVisualRules } from './ai-visual-rules.js';
import { urlProp } from './prop-values.js';

interface Common extends BackgroundLook {
  /** → `aiVisual.prompt` (≤ 500 characters). Omitted: Pictory writes one from the scene's story. */
  prompt?: string;
  /** → `aiVisual.mediaStyle`. */
  mediaStyle?: MediaStyle;
  /** → `aiVisual.visualContinuity`: keep the look consistent with the previous AI visuals. */
  visualContinuity?: boolean;
}

/** Models that edit a given picture take `referenceImageUrl`; the others only generate. */
export type AIImageBackgroundProps =
  | (Common & {
      /** → `aiVisual.model`: the image model; its price per image is in the catalog. */
      model: ImageEditModel;
      /** → `aiVisual.referenceImageUrl`: a picture for the model to edit (seedream3.0, nanobanana only). */
      referenceImageUrl?: string;
    })
  | (Common & {
      /** → `aiVisual.model`: the image model; its price per image is in the catalog. */
      model: Exclude<ImageModel, ImageEditModel>;
      referenceImageUrl?: never;
    });

const schema = z.strictObject({
  model: z.enum(IMAGE_MODEL_IDS as [ImageModel, ...ImageModel[]]),
  prompt: z.string().min(1).max(LIMITS.promptMaxLength).optional(),
  mediaStyle: z.enum(MEDIA_STYLES).optional(),
  visualContinuity: z.boolean().optional(),
  referenceImageUrl: urlProp().optional(),
  ...lookShape,
});

/** A generated still image as the scene's background: `background: {type: "image", aiVisual}`. */
export const AIImageBackground = defineComponent<AIImageBackgroundProps>()({
  name: 'AIImageBackground',
  place: backgroundPlace,
  schema,
  emit: (p) => ({
    type: 'image',
    aiVisual: {
      model: p.model,
      prompt: p.prompt,
      mediaStyle: p.mediaStyle,
      visualContinuity: p.visualContinuity,
      referenceImageUrl: p.referenceImageUrl,
    },
    ...emitLook(p),
  }),
  rules: (node, { video }) => {
    const out = [...aiVisualRules(node, video), ...lookRules(node, 'image')];
    const { model, referenceImageUrl } = node.props;
    if (referenceImageUrl !== undefined && !(IMAGE_EDIT_MODELS as readonly string[]).includes(model)) {
      out.push(report(node, 'reference-image-model', { model, editors: IMAGE_EDIT_MODELS.join(', ') }, 'referenceImageUrl'));
    }
    return out;
  },
  credits: (p) => ({ model: p.model, kind: 'image', unitCost: IMAGE_MODELS[p.model].creditsPerImage }),
});
