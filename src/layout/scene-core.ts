/**
 * A wire scene (one entry of the request's `scenes[]`) → boxes on the frame: every element in array order (the
 * order Pictory draws them), the subtitle band when subtitles show, and what the background is.
 * This file touches no file system: the caller hands in where font metrics and media sizes come from, so the
 * same code runs in a browser preview. `scene.ts` adds Node's defaults (bundled fonts, local media headers).
 */
import type { FontProvider } from '../fonts/provider.js';
import type { PictoryFontStyle, PictoryScene } from '../schema/request.js';
import { frameOf, type FrameInput } from './frame.js';
import type { MediaAspectResolver } from './media-file.js';
import { layoutMedia } from './media.js';
import { layoutShape } from './shape.js';
import { layoutSubtitles } from './subtitles.js';
import { layoutText } from './text.js';
import type { BackgroundLayout, ElementLayout, SceneLayout } from './types.js';

export interface LayoutSources {
  /** Font metrics by `fontFamily` and bold; `undefined` → Pictory's calibrated constants. */
  fonts: FontProvider;
  /** Media aspect (width ÷ height) by URL; `undefined` → 16:9. */
  mediaAspect: MediaAspectResolver;
}

export interface LayoutInput extends FrameInput {
  /** The video's `subtitleStyle` (the scene's own one is merged over it). */
  subtitleStyle?: PictoryFontStyle;
}

const SOURCES = ['story', 'storyCoPilot', 'blogUrl', 'pptUrl', 'audioUrl', 'videoUrl'] as const;

export function layoutSceneWith(scene: PictoryScene, input: LayoutInput, sources: LayoutSources): SceneLayout {
  const frame = frameOf(input);
  const elements: ElementLayout[] = (scene.elements ?? []).map((el, index) => {
    switch (el.type) {
      case 'text':
        return layoutText(el, index, frame, sources.fonts);
      case 'shape':
        return layoutShape(el, index, frame);
      default:
        return layoutMedia(el, index, frame, sources.mediaAspect);
    }
  });
  const spoken = SOURCES.some((field) => scene[field] !== undefined);
  const subtitles =
    spoken && scene.hideSubtitles !== true
      ? layoutSubtitles({ ...input.subtitleStyle, ...scene.subtitleStyle }, scene.maxSubtitleLines, frame, sources.fonts)
      : undefined;
  return { frame, elements, subtitles, background: backgroundOf(scene) };
}

function backgroundOf(scene: PictoryScene): BackgroundLayout {
  const bg = scene.background;
  if (!bg) return { kind: 'none', overlay: false };
  const kind = bg.aiVisual ? 'ai' : bg.searchFilter ? 'stock' : bg.visualUrl ? 'url' : bg.color ? 'color' : 'none';
  return { kind, overlay: bg.colorOverlay !== undefined && (bg.colorOverlay.opacity ?? 0.4) > 0 };
}
