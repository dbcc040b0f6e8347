/**
 * Scene overlay elements (`scenes[].elements`, drawn in array order). Source: "Elements (scene overlays)" in
 * Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md).
 */
export const ELEMENT_TYPES = ['text', 'shape', 'image', 'video'] as const;

/** Media elements take exactly one source: a URL, a stock search (`query` only) or an AI visual. */
export const MEDIA_ELEMENT_SOURCES = ['visualUrl', 'searchFilter', 'aiVisual'] as const;

/**
 * Media element geometry: the box takes the media's real aspect (16:9 when it cannot be read), has no height
 * field, and is 30 % of the frame wide unless `width` says otherwise. `settings.loop`/`mute` (video only)
 * default to true.
 */
export const MEDIA_ELEMENT_DEFAULTS = {
  width: '30%',
  fallbackAspect: 16 / 9,
  settings: { loop: true, mute: true },
} as const;

export type ElementType = (typeof ELEMENT_TYPES)[number];
export type MediaElementType = Extract<ElementType, 'image' | 'video'>;
export type MediaElementSource = (typeof MEDIA_ELEMENT_SOURCES)[number];
