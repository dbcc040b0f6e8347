/**
 * What every overlay element of a scene shares (`<Text>`, `<Shape>`, `<Image>`, `<Clip>`): its place (the
 * scene's `elements[]`, in JSX order, 1–20), the checks of its placement, colours and percentages, and the
 * colour overlay of media elements. Internal: zod stays out of the published declarations.
 */
import { z } from 'zod';
import type { Color, Percentage } from '../catalog/formats.js';
import { HEX_COLOR, PERCENTAGE, RGBA_COLOR, RGB_COLOR, hasAlpha } from '../catalog/formats.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import { ELEMENT_POSITIONS, type ElementPosition } from '../catalog/positions.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Node, Place, RuleContext } from './define.js';

/** A colour prop: `rgb()`, `rgba()` or hex. */
export const colorSchema = z
  .string()
  .regex(new RegExp([RGB_COLOR, RGBA_COLOR, HEX_COLOR].map((re) => re.source).join('|')), {
    error: 'a colour like "rgb(255,255,255)", "rgba(0,0,0,0.5)" or "#1a2b3c"',
  }) as unknown as z.ZodType<Color>;
/** A percentage prop: an integer string from "0%" to "100%". */
export const percentageSchema = z
  .string()
  .regex(PERCENTAGE, { error: 'an integer percentage from "0%" to "100%", like "30%"' }) as unknown as z.ZodType<Percentage>;

/** The placement props of every element (their exclusivity is checked by `placementRules`). */
export const placementShape = {
  position: z.enum(ELEMENT_POSITIONS as unknown as [ElementPosition, ...ElementPosition[]]).optional(),
  top: percentageSchema.optional(),
  left: percentageSchema.optional(),
  width: percentageSchema.optional(),
};

/** `overlay={{color, opacity}}` → `colorOverlay`. */
export const overlaySchema = z.strictObject({
  color: colorSchema,
  opacity: z.number().min(STORYBOARD_LIMITS.overlayOpacity.min).max(STORYBOARD_LIMITS.overlayOpacity.max).optional(),
});

/** Every element goes in a scene's `elements[]`, in JSX order. */
export const elementPlace: Place = {
  parents: ['Scene'],
  key: 'elements',
  many: true,
  misplaced: (tag) => `<${tag}> is an element of a scene: it must be directly inside a <Scene>`,
};

type Placed = { position?: string; top?: string; left?: string };

/** `position` or `top` + `left`, never both; `top` and `left` together. */
export function placementRules(node: Node<Placed>): Diagnostic[] {
  const { position, top, left } = node.props;
  if (position !== undefined && (top !== undefined || left !== undefined)) return [report(node, 'placement-twice', { tag: node.type }, 'position')];
  if ((top === undefined) !== (left === undefined)) {
    const [given, missing] = top === undefined ? ['left', 'top'] : ['top', 'left'];
    return [report(node, 'placement-incomplete', { given, missing }, given)];
  }
  return [];
}

/** At most 20 elements per scene: reported once, on the 21st. */
export function elementCountRule(node: Node, { parent }: RuleContext): Diagnostic[] {
  const { max } = STORYBOARD_LIMITS.elementsPerScene;
  if (node.index !== max + 1 || !parent) return [];
  const count = parent.children.filter((child) => child.key === 'elements').length;
  return [report(node, 'too-many-elements', { limit: max, count })];
}

/** An overlay colour with an alpha: Pictory drops it (the overlay's `opacity` is what counts). */
export function overlayRules(node: Node<{ overlay?: { color: string } }>): Diagnostic[] {
  const color = node.props.overlay?.color;
  return color !== undefined && hasAlpha(color) ? [report(node, 'overlay-alpha', { prop: 'overlay.color', color }, 'overlay.color')] : [];
}

/** The rules every element runs. */
export function elementRules(node: Node<Placed>, context: RuleContext): Diagnostic[] {
  return [...elementCountRule(node, context), ...placementRules(node)];
}
