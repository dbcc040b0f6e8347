/**
 * Rules every AI visual shares (backgrounds and media elements): a prompt over the older 250-character
 * limit, an aspect ratio the model lacks, a `mediaStyle` that a prompted video model ignores.
 */
import { IMAGE_MODELS, LIMITS, VIDEO_MODELS, isVideoModel, type AIModel } from '../catalog/catalog.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Node } from './define.js';

export function aiVisualRules(node: Node<{ model: AIModel; prompt?: string; mediaStyle?: string }>, video: Node): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { model, prompt, mediaStyle } = node.props;
  if (prompt !== undefined && prompt.length > LIMITS.promptLegacyMaxLength) {
    out.push(report(node, 'prompt-long', { length: prompt.length, limit: LIMITS.promptLegacyMaxLength }, 'prompt'));
  }
  const ratio = video.props.aspectRatio as string | undefined;
  const supported: readonly string[] = isVideoModel(model) ? VIDEO_MODELS[model].aspectRatios : IMAGE_MODELS[model].aspectRatios;
  if (ratio !== undefined && !supported.includes(ratio)) {
    out.push(report(node, 'aspect-ratio-fallback', { model, ratio, supported: supported.join(', '), fallback: supported[0] }, 'model'));
  }
  if (isVideoModel(model) && prompt !== undefined && mediaStyle !== undefined) {
    out.push(report(node, 'media-style-ignored', { model }, 'mediaStyle'));
  }
  return out;
}
