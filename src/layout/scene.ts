/**
 * `layoutScene` on Node: the scene laid out with the bundled fonts' metrics and local media files' headers
 * (either can be replaced). See scene-core.ts for the layout itself.
 */
import { bundledFonts } from '../fonts/provider.js';
import type { PictoryScene } from '../schema/request.js';
import { localMediaAspect } from './media-file.js';
import { layoutSceneWith, type LayoutInput, type LayoutSources } from './scene-core.js';
import type { SceneLayout } from './types.js';

export interface LayoutOptions extends LayoutInput, Partial<LayoutSources> {
  /** Folder relative media paths are resolved against (default: the working directory). */
  baseDir?: string;
}

export function layoutScene(scene: PictoryScene, options: LayoutOptions = {}): SceneLayout {
  return layoutSceneWith(scene, options, {
    fonts: options.fonts ?? bundledFonts,
    mediaAspect: options.mediaAspect ?? localMediaAspect(options.baseDir),
  });
}
