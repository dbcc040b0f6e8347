import { z } from 'zod';
import { IMAGE_MODELS, IMAGE_MODEL_IDS, type ImageModel, type MediaStyle } from '../catalog/catalog.js';
import { IMAGE_EDIT_MODELS, isImageEditModel, type ImageEditModel } from '../catalog/ai-media.js';
import { report } from '../diagnostics/catalogue.js';
import { defineComponent } from './define.js';
import { elementPlace } from './element-schema.js';
import { mediaRules, mediaShape, mediaSource, urlSchema } from './media-element.js';
import type { Overlay, Placement } from './placement.js';

/** The AI props, absent from an image that is not generated. */
interface NotGenerated {
  model?: never;
  prompt?: never;
  mediaStyle?: never;
  visualContinuity?: never;
  referenceImageUrl?: never;
}

/** An AI-generated image, with the props every image model takes. */
interface Generated<M extends ImageModel> {
  /** → `aiVisual.model`: the image model, priced per image (see the catalog). */
  model: M;
  /** → `aiVisual.prompt` (≤ 500 characters). */
  prompt?: string;
  /** → `aiVisual.mediaStyle`. */
  mediaStyle?: MediaStyle;
  /** → `aiVisual.visualContinuity`: keep the look consistent with the other AI visuals. */
  visualContinuity?: boolean;
  src?: never;
  query?: never;
}

/** Exactly one source: your file, a stock search, or an AI model (only the editing ones take `referenceImageUrl`). */
type ImageSource =
  | ({
      /** → `visualUrl`: URL of your image. */
      src: string;
      query?: never;
    } & NotGenerated)
  | ({
      /** → `searchFilter.query`: a stock search (an image with no match is dropped by Pictory). */
      query: string;
      src?: never;
    } & NotGenerated)
  | (Generated<ImageEditModel> & {
      /** → `aiVisual.referenceImageUrl`: a picture for the model to edit (seedream3.0, nanobanana). */
      referenceImageUrl?: string;
    })
  | (Generated<Exclude<ImageModel, ImageEditModel>> & { referenceImageUrl?: never });

export type ImageProps = ImageSource & {
  /** → `colorOverlay`: a tint over the image, `{ color, opacity }`. */
  overlay?: Overlay;
} & Placement;

const schema = z.strictObject({
  ...mediaShape,
  model: z.enum(IMAGE_MODEL_IDS as [ImageModel, ...ImageModel[]]).optional(),
  referenceImageUrl: urlSchema.optional(),
});

/** An image over the scene: `elements[]` item `{type: "image", visualUrl | searchFilter | aiVisual, colorOverlay, …}`. */
export const Image = defineComponent<ImageProps>()({
  name: 'Image',
  place: elementPlace,
  schema,
  emit: (p) => ({
    type: 'image',
    ...mediaSource(
      p,
      p.model === undefined
        ? undefined
        : { model: p.model, prompt: p.prompt, mediaStyle: p.mediaStyle, visualContinuity: p.visualContinuity, referenceImageUrl: p.referenceImageUrl },
    ),
    colorOverlay: p.overlay,
    position: p.position,
    top: p.top,
    left: p.left,
    width: p.width,
  }),
  rules: (node, context) => {
    const out = mediaRules(node, context, ['prompt', 'mediaStyle', 'visualContinuity', 'referenceImageUrl']);
    const { model, referenceImageUrl } = node.props;
    if (model !== undefined && referenceImageUrl !== undefined && !isImageEditModel(model)) {
      out.push(report(node, 'reference-image-not-editing', { model, editing: IMAGE_EDIT_MODELS.join(' or ') }, 'referenceImageUrl'));
    }
    return out;
  },
  credits: (p) => (p.model === undefined ? undefined : { model: p.model, kind: 'image', unitCost: IMAGE_MODELS[p.model].creditsPerImage }),
});
