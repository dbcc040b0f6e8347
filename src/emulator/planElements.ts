/**
 * How a scene's `elements` come out of a render: the documented defaults applied (a text without a variant
 * is `body`; the variant seeds font size, position and width; a media box is 30 % wide; a clip loops and is
 * muted), AI media planned and priced like AI backgrounds, and the silent drops applied (a media element
 * whose stock search finds nothing, whose URL cannot be resolved, or whose generation fails disappears).
 * Nothing is drawn here; the draft renderer reads these values.
 */
import type { ResolvedBehaviour } from './behaviour.js';
import type { AspectRatio } from './catalog.js';
import { type PlannedVisual, planVisual } from './planVisual.js';
import type { ElementBody, FontStyleBody } from './validate.js';

/** Where an element sits: a preset or top/left percentages, and its width (percent of the frame). */
export interface Placement {
  position?: string;
  top?: string;
  left?: string;
  width?: string;
}

export type PlannedMedia =
  | { kind: 'url'; url: string }
  | { kind: 'stock'; query: string }
  | { kind: 'ai'; visual: PlannedVisual };

export type PlannedElement = Placement & { index: number } & (
  | { type: 'text'; text: string; variant: 'heading' | 'subheading' | 'body'; style: FontStyleBody }
  | { type: 'shape'; name: string; fill?: string; stroke?: string; strokeWidth?: number; borderRadius?: number }
  | { type: 'image' | 'video'; media: PlannedMedia; colorOverlay?: { color: string; opacity: number }; loop?: boolean; mute?: boolean }
);

/** An element Pictory left out, and why (kept so answers and tests can show it). */
export interface DroppedElement {
  index: number;
  type: 'image' | 'video';
  reason: 'stock-not-found' | 'unresolvable-url' | 'ai-generation-failed';
}

/** Text variants' defaults: font size (px on the reference canvas), position and width. */
const VARIANTS = {
  heading: { fontSize: 66, position: 'center-center', width: '90%' },
  subheading: { fontSize: 42, position: 'top-center', width: '90%' },
  body: { fontSize: 20, position: 'center-center', width: '37%' },
} as const;

const MEDIA_WIDTH = '30%';
const OVERLAY_OPACITY = 0.4;

export interface PlannedElements {
  elements: PlannedElement[];
  dropped: DroppedElement[];
}

/** Plan one scene's elements for one resulting (split) scene. */
export function planElements(
  elements: readonly ElementBody[] | undefined,
  aspectRatio: AspectRatio,
  behaviour: ResolvedBehaviour,
): PlannedElements {
  const planned: PlannedElement[] = [];
  const dropped: DroppedElement[] = [];
  (elements ?? []).forEach((element, index) => {
    const at = placement(element);
    switch (element.type) {
      case 'text': {
        const variant = element.textVariant ?? 'body';
        const seed = VARIANTS[variant];
        const explicit = element.top !== undefined || element.left !== undefined;
        planned.push({
          index,
          type: 'text',
          text: element.text,
          variant,
          style: { fontSize: seed.fontSize, ...element.style },
          ...(explicit ? {} : { position: seed.position }),
          ...at,
          width: element.width ?? seed.width,
        });
        return;
      }
      case 'shape': {
        const { type, name, fill, stroke, strokeWidth, borderRadius } = element;
        planned.push({ index, type, name, fill, stroke, strokeWidth, borderRadius, ...at });
        return;
      }
      default: {
        const media = planMedia(element, aspectRatio, behaviour);
        if ('reason' in media) {
          dropped.push({ index, type: element.type, reason: media.reason });
          return;
        }
        const overlay = element.colorOverlay;
        const video = element.type === 'video';
        planned.push({
          index,
          type: element.type,
          media,
          colorOverlay: overlay === undefined ? undefined : { color: overlay.color, opacity: overlay.opacity ?? OVERLAY_OPACITY },
          loop: video ? (element.settings?.loop ?? true) : undefined,
          mute: video ? (element.settings?.mute ?? true) : undefined,
          ...at,
          width: element.width ?? MEDIA_WIDTH,
        });
      }
    }
  });
  return { elements: planned, dropped };
}

function placement(element: ElementBody): Placement {
  const { position, top, left, width } = element;
  const result: Placement = {};
  if (position !== undefined) result.position = position;
  if (top !== undefined) result.top = top;
  if (left !== undefined) result.left = left;
  if (width !== undefined) result.width = width;
  return result;
}

type MediaElement = Extract<ElementBody, { type: 'image' | 'video' }>;

function planMedia(
  element: MediaElement,
  aspectRatio: AspectRatio,
  behaviour: ResolvedBehaviour,
): PlannedMedia | { reason: DroppedElement['reason'] } {
  if (element.aiVisual !== undefined) {
    const visual = planVisual(element.aiVisual, aspectRatio);
    if (behaviour.aiGenerationFails(visualText(visual))) return { reason: 'ai-generation-failed' };
    return { kind: 'ai', visual };
  }
  if (element.searchFilter !== undefined) {
    if (behaviour.stockNotFound(element.searchFilter.query)) return { reason: 'stock-not-found' };
    return { kind: 'stock', query: element.searchFilter.query };
  }
  // Validation guarantees exactly one source.
  const url = element.visualUrl!;
  if (behaviour.unresolvableUrl(url)) return { reason: 'unresolvable-url' };
  return { kind: 'url', url };
}

/** What `aiGenerationFails` is matched against: the model, then the prompt when there is one. */
export function visualText(visual: PlannedVisual): string {
  return visual.prompt === undefined ? visual.model : `${visual.model} ${visual.prompt}`;
}
