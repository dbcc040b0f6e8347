/**
 * What `<Image>` and `<Clip>` share: one media source (`src`, `query` or `model`), the AI-generation props
 * that only a `model` takes, the colour overlay, placement, and the JSON of each source.
 */
import { z } from 'zod';
import { LIMITS, MEDIA_STYLES, type AIModel, type MediaStyle } from '../catalog/catalog.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { aiVisualRules } from './ai-visual-rules.js';
import type { Node, RuleContext } from './define.js';
import { elementRules, overlayRules, overlaySchema, placementShape } from './element-schema.js';

export const urlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) URL like "https://example.com/media.mp4"' });

/** The props every media element's schema has, whatever its kind. */
export const mediaShape = {
  src: urlSchema.optional(),
  query: z.string().min(1).optional(),
  prompt: z.string().min(1).max(LIMITS.promptMaxLength).optional(),
  mediaStyle: z.enum(MEDIA_STYLES as unknown as [MediaStyle, ...MediaStyle[]]).optional(),
  visualContinuity: z.boolean().optional(),
  overlay: overlaySchema.optional(),
  ...placementShape,
};

const SOURCES = ['src', 'query', 'model'] as const;

type MediaValues = { model?: AIModel; prompt?: string } & Partial<Record<(typeof SOURCES)[number], unknown>> & Record<string, unknown>;

/**
 * The rules of every media element: one source; the AI props (`aiProps`) only with `model`; an overlay
 * colour with an alpha; placement; the AI visual's own rules (prompt length, aspect ratio) when it is AI.
 */
export function mediaRules(node: Node<MediaValues>, context: RuleContext, aiProps: readonly string[]): Diagnostic[] {
  const out = elementRules(node as Node, context);
  const given = SOURCES.filter((source) => node.props[source] !== undefined);
  if (given.length !== 1) {
    const found = given.length === 0 ? 'none is given' : `this one has ${given.map((s) => `\`${s}\``).join(' and ')}`;
    out.push(report(node, 'media-source-count', { tag: node.type, found }, given[1]));
  }
  if (node.props.model === undefined) {
    for (const prop of aiProps) if (node.props[prop] !== undefined) out.push(report(node, 'ai-prop-without-model', { tag: node.type, prop }, prop));
  } else {
    out.push(...aiVisualRules(node as Node<{ model: AIModel; prompt?: string; mediaStyle?: string }>, context.video));
  }
  out.push(...overlayRules(node as Node<{ overlay?: { color: string } }>));
  return out;
}

/** The source part of a media element's JSON: `visualUrl`, `searchFilter: {query}` or `aiVisual`. */
export function mediaSource(p: { src?: string; query?: string }, aiVisual: Record<string, unknown> | undefined) {
  return { visualUrl: p.src, searchFilter: p.query === undefined ? undefined : { query: p.query }, aiVisual };
}
