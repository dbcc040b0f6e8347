/**
 * An image or video element's box: `width` (30 % by default) and the media's own aspect — read from the file
 * when it is local, else 16:9 (AI and stock media, remote URLs), marked approximate. The box has no height of
 * its own: Pictory does not crop.
 */
import type { PictoryElement } from '../schema/request.js';
import { frameAspect } from './frame.js';
import type { MediaAspectResolver } from './media-file.js';
import { percent, place } from './placement.js';
import type { Frame, MediaLayout } from './types.js';

export type MediaElement = Extract<PictoryElement, { type: 'image' | 'video' }>;

const DEFAULT_MEDIA_WIDTH = 30;
const DEFAULT_MEDIA_ASPECT = 16 / 9;

export function layoutMedia(el: MediaElement, index: number, frame: Frame, aspectOf: MediaAspectResolver): MediaLayout {
  const source = el.aiVisual ? 'ai' : el.searchFilter ? 'stock' : 'url';
  const known = el.visualUrl ? aspectOf(el.visualUrl) : undefined;
  const aspect = known ?? DEFAULT_MEDIA_ASPECT;
  const width = percent(el.width) ?? DEFAULT_MEDIA_WIDTH;
  const height = (width * frameAspect(frame)) / aspect;
  const { left, top } = place(el, 'center-center', width, height);
  return {
    kind: 'media',
    index,
    type: el.type,
    source,
    box: { left, top, width, height },
    aspect,
    measure: known !== undefined ? 'exact' : 'approximate',
  };
}
