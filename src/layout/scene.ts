/**
 * A wire scene (one entry of the request's `scenes[]`) → boxes on the frame: every element in array order (the
 * order Pictory draws them), the subtitle band when subtitles show, and what the background is.
 */
import { bundledFonts, type FontProvider } from '../fonts/provider.js';
import type { PictoryFontStyle, PictoryScene } from '../schema/request.js';
import { frameOf, type FrameInput } from './frame.js';
import { localMediaAspect, type MediaAspectResolver } from './media-file.js';
import { layoutMedia } from './media.js';
import { layoutShape } from './shape.js';
import { layoutSubtitles } from './subtitles.js';
import { layoutText } from './text.js';
import type { BackgroundLayout, ElementLayout, SceneLayout } from './types.js';

export interface LayoutOptions extends FrameInput {
  /** The video's `subtitleStyle` (the scene's own one is merged over it). */
  subtitleStyle?: PictoryFontStyle;
  /** Font metrics (default: the bundled fonts). */
  fonts?: FontProvider;
  /** Media aspect by URL (default: local files read by header, remote ones unknown). */
  mediaAspect?: MediaAspectResolver;
}

const SOURCES = ['story', 'storyCoPilot', 'blogUrl', 'pptUrl', 'audioUrl', 'videoUrl'] as const;

export function layoutScene(scene: PictoryScene, options: LayoutOptions = {}): SceneLayout {
  const frame = frameOf(options);
  const fonts = options.fonts ?? bundledFonts;
  const mediaAspect = options.mediaAspect ?? localMediaAspect();
  const elements: ElementLayout[] = (scene.elements ?? []).map((el, index) => {
    switch (el.type) {
      case 'text':
        return layoutText(el, index, frame, fonts);
      case 'shape':
        return layoutShape(el, index, frame);
      default:
        return layoutMedia(el, index, frame, mediaAspect);
    }
  });
  const spoken = SOURCES.some((field) => scene[field] !== undefined);
  const subtitles =
    spoken && scene.hideSubtitles !== true
      ? layoutSubtitles({ ...options.subtitleStyle, ...scene.subtitleStyle }, scene.maxSubtitleLines, frame, fonts)
      : undefined;
  return { frame, elements, subtitles, background: backgroundOf(scene) };
}

function backgroundOf(scene: PictoryScene): BackgroundLayout {
  const bg = scene.background;
  if (!bg) return { kind: 'none', overlay: false };
  const kind = bg.aiVisual ? 'ai' : bg.searchFilter ? 'stock' : bg.visualUrl ? 'url' : bg.color ? 'color' : 'none';
  return { kind, overlay: bg.colorOverlay !== undefined && (bg.colorOverlay.opacity ?? 0.4) > 0 };
}
