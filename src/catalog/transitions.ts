/**
 * Scene transitions (`scenes[].sceneTransition`: the transition INTO the scene). Source: the transition list in
 * Pictory's skill repository (pictoryai/pictory-claude-skills, references/request-schema.md).
 */
export const TRANSITIONS = [
  'none',
  'wipeup',
  'wipedown',
  'wipeleft',
  'wiperight',
  'smoothleft',
  'smoothright',
  'radial',
  'circlecrop',
  'hblur',
  'fade',
] as const;

export type Transition = (typeof TRANSITIONS)[number];

export function isTransition(name: string): name is Transition {
  return (TRANSITIONS as readonly string[]).includes(name);
}
