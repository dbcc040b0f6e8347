/**
 * `scenes[].storyCoPilot`: Pictory's AI writes the scene's script from a prompt. Source: "storyCoPilot" in
 * Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md).
 */
export const STORY_COPILOT_VIDEO_TYPES = [
  'Explainer',
  'Marketing',
  'Internal Communication',
  'Tutorial',
  'Product',
] as const;

export const STORY_COPILOT_PLATFORMS = ['YouTube', 'TikTok', 'Instagram', 'Facebook', 'LinkedIn', 'Twitter'] as const;

export const STORY_COPILOT_TONES = [
  'professional',
  'casual',
  'friendly',
  'informative',
  'persuasive',
  'exciting',
  'educational',
  'humorous',
  'serious',
  'conversational',
] as const;

export const STORY_COPILOT_LIMITS = {
  /** `prompt` is required, at most 5,000 characters. */
  promptMaxLength: 5000,
  /** `duration` in seconds. */
  duration: { min: 1, max: 600 },
} as const;

export type StoryCoPilotVideoType = (typeof STORY_COPILOT_VIDEO_TYPES)[number];
export type StoryCoPilotPlatform = (typeof STORY_COPILOT_PLATFORMS)[number];
export type StoryCoPilotTone = (typeof STORY_COPILOT_TONES)[number];
