/**
 * Limits of the whole storyboard beyond the AI-visual ones in catalog.ts `LIMITS`. Sources: Pictory's skill
 * repository (pictoryai/pictory-claude-skills, references/request-schema.md), and Pictory's API reference
 * (docs.pictory.ai) for `voiceOver`/`backgroundMusic`. Per field: what the limit means.
 */
export const STORYBOARD_LIMITS = {
  /** Overlay elements per scene. */
  elementsPerScene: { min: 1, max: 20 },
  /** Characters of a text element's `text`. */
  textMaxLength: 2000,
  /** `backgroundMusic.clips` entries. */
  musicClipsMax: 10,
  /** `scenes[].maxSubtitleLines`, and not with a smart layout. */
  maxSubtitleLines: { min: 1, max: 4 },
  /** Characters of `webhook`. */
  webhookMaxLength: 500,
  /** `colorOverlay.opacity`, Pictory's default when omitted. */
  overlayOpacity: { min: 0, max: 1, default: 0.4 },
  /** `fontStyle.fontSize`: an integer of at least 1 (canvas px). */
  fontSizeMin: 1,
  /** At least one scene unless `templateId` is given. */
  scenesMin: 1,
} as const;
