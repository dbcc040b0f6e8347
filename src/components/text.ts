import { z } from 'zod';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import { TEXT_VARIANT_NAMES, type TextVariant } from '../catalog/text-variants.js';
import { report } from '../diagnostics/catalogue.js';
import { defineComponent } from './define.js';
import { elementPlace, elementRules, placementShape } from './element-schema.js';
import type { FontStyle } from './font-style.js';
import { fontStyleRules, textStyleSchema } from './font-style-schema.js';
import type { Placement } from './placement.js';

export type TextProps = {
  /** → `text` (1–2,000 characters). Usually written as the element's text children instead. */
  text?: string;
  /**
   * → `textVariant`: `heading` (66 px, 90 % wide), `subheading` (42 px, top centre, 90 %) or `body` (20 px, 37 %);
   * `style` then overrides. Omitted: Pictory renders body (a warning).
   */
  variant?: TextVariant;
  /** → `style`: the fontStyle object (font, size, colours, alignment, animations…); no bullets. */
  style?: FontStyle;
  /** The text, as children: `<Text variant="heading">Five habits</Text>`. */
  children?: string | number | readonly (string | number)[];
} & Placement;

const schema = z.strictObject({
  text: z.string().min(1).max(STORYBOARD_LIMITS.textMaxLength).optional(),
  variant: z.enum(TEXT_VARIANT_NAMES as [TextVariant, ...TextVariant[]]).optional(),
  style: textStyleSchema.optional(),
  ...placementShape,
});

/** Text over the scene: `elements[]` item `{type: "text", text, textVariant, style, position | top+left, width}`. */
export const Text = defineComponent<TextProps>()({
  name: 'Text',
  place: elementPlace,
  schema,
  textProp: 'text',
  emit: (p) => ({
    type: 'text',
    text: p.text,
    textVariant: p.variant,
    style: p.style,
    position: p.position,
    top: p.top,
    left: p.left,
    width: p.width,
  }),
  rules: (node, context) => {
    const out = elementRules(node, context);
    if (node.props.text === undefined) out.push(report(node, 'missing-prop', { prop: 'text', tag: 'Text', expected: 'the text, as children or as `text`' }, 'text'));
    if (node.props.variant === undefined) out.push(report(node, 'text-no-variant', undefined, 'variant'));
    if (node.props.style) out.push(...fontStyleRules(node, node.props.style, 'style'));
    return out;
  },
});
