/** Rules every AI visual shares: a prompt over the older 250-character limit, an aspect ratio the model lacks. */
import { IMAGE_MODELS, LIMITS, VIDEO_MODELS, isVideoModel, type AIModel } from '../catalog/catalog.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Node } from './define.js';

export function aiVisualRules(node: Node<{ model: AIModel; prompt?: string }>, video: Node): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { model, prompt } = node.props;
  if (prompt !== undefined && prompt.length > LIMITS.promptLegacyMaxLength) {
    out.push(report(node, 'prompt-long', { length: prompt.length, limit: LIMITS.promptLegacyMaxLength }, 'prompt'));
  }
  const ratio = video.props.aspectRatio as string | undefined;
  const supported: readonly string[] = isVideoModel(model) ? VIDEO_MODELS[model].aspectRatios : IMAGE_MODELS[model].aspectRatios;
  if (ratio !== undefined && !supported.includes(ratio)) {
    out.push(report(node, 'aspect-ratio-fallback', { model, ratio, supported: supported.join(', '), fallback: supported[0] }, 'model'));
  }
  return out;
}
