/** A whole request body: every scene laid out (and linted) on the video's frame, with its subtitle style. */
import type { PictoryRequestBody } from '../schema/request.js';
import type { Finding } from './lint/findings.js';
import { lintLayout, type LintOptions } from './lint/lint.js';
import { layoutScene, type LayoutOptions } from './scene.js';
import type { SceneLayout } from './types.js';

export type RequestLayoutOptions = Omit<LayoutOptions, 'aspectRatio' | 'videoWidth' | 'videoHeight' | 'subtitleStyle'>;

export function layoutRequest(body: PictoryRequestBody, options: RequestLayoutOptions = {}): SceneLayout[] {
  return (body.scenes ?? []).map((scene) =>
    layoutScene(scene, {
      ...options,
      aspectRatio: body.aspectRatio,
      videoWidth: body.videoWidth,
      videoHeight: body.videoHeight,
      subtitleStyle: body.subtitleStyle,
    }),
  );
}

/** Findings of every scene, each with the index of its scene. */
export interface SceneFinding extends Finding {
  scene: number;
}

export function lintRequest(
  body: PictoryRequestBody,
  options: RequestLayoutOptions & { silenced?: (scene: number, element: number, code: Finding['code']) => boolean } = {},
): SceneFinding[] {
  return layoutRequest(body, options).flatMap((layout, scene) => {
    const silenced = options.silenced;
    const sceneOptions: LintOptions = silenced ? { silenced: (element, code) => silenced(scene, element, code) } : {};
    return lintLayout(layout, sceneOptions).map((finding) => ({ ...finding, scene }));
  });
}
