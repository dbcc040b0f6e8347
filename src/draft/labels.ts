/**
 * Human-readable descriptions of backgrounds, shared by the video placeholders and the HTML storyboard.
 */
import type { DraftBackground } from './types.js';

type AiBackground = Extract<DraftBackground, { kind: 'ai' }>;

/** The placeholder headline of an AI visual, e.g. "AI VIDEO · veo3.1 · 6s" or "AI IMAGE · flux-schnell". */
export function aiLabel(background: AiBackground): string {
  const parts = [`AI ${background.type.toUpperCase()}`, background.model];
  if (background.type === 'video' && background.videoDuration) {
    const duration = background.videoDuration.trim();
    parts.push(/^\d+(\.\d+)?$/.test(duration) ? `${duration}s` : duration);
  }
  return parts.join(' · ');
}

/** The prompt line of an AI visual: the prompt in quotes, or "auto prompt" when the platform writes it. */
export function aiPrompt(background: AiBackground): string {
  const prompt = background.prompt?.trim();
  return prompt ? `“${prompt}”` : 'auto prompt';
}
