/** What every background shares: its place in a `<Scene>`, filling the scene's `background`. */
import type { Place } from './define.js';

export const backgroundPlace: Place = {
  parents: ['Scene'],
  key: 'background',
  duplicate: 'two-backgrounds',
  misplaced: (tag) => `<${tag}> must be inside a <Scene>`,
};
