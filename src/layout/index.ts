/**
 * The shared layout: a wire scene → boxes on the frame (percent), and the design lint over those boxes.
 * Used by the compiler (lint warnings), the draft renderer and the preview, so geometry is written once.
 */
export type {
  BackgroundLayout,
  ElementLayout,
  Frame,
  Measure,
  MediaLayout,
  Rect,
  SceneLayout,
  ShapeLayout,
  SubtitleLayout,
  TextLayout,
  TextLine,
} from './types.js';
export { frameOf, frameAspect, pxToX, pxToY, type FrameInput } from './frame.js';
export { layoutScene, type LayoutOptions } from './scene.js';
export { layoutSceneWith, type LayoutInput, type LayoutSources } from './scene-core.js';
export { layoutRequest, lintRequest, type RequestLayoutOptions, type SceneFinding } from './request.js';
export { layoutText } from './text.js';
export { layoutShape } from './shape.js';
export { layoutMedia } from './media.js';
export { layoutSubtitles } from './subtitles.js';
export { imageSize, videoSize, type PixelSize } from './media-header.js';
export { localMediaAspect, localMediaSize, localPath, type MediaAspectResolver } from './media-file.js';
export { lintLayout, lintScene, type LintOptions } from './lint/lint.js';
export { FINDING_CODES, FINDING_RULES, messages, type Finding, type FindingCode } from './lint/findings.js';
export * as geometry from './constants.js';
