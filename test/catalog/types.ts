/**
 * Edit-time checks of the catalog's derived types and the request body type: each `@ts-expect-error` must be
 * an error, or `npm run typecheck` fails.
 */
import type { AnimationName } from '../../src/catalog/animations.js';
import type { AudioLanguage } from '../../src/catalog/audio-languages.js';
import type { FontName } from '../../src/catalog/fonts.js';
import type { ElementPosition, FontStylePosition } from '../../src/catalog/positions.js';
import type { StockCategory } from '../../src/catalog/search.js';
import type { ShapeName } from '../../src/catalog/shapes.js';
import type { TextVariant } from '../../src/catalog/text-variants.js';
import type { Transition } from '../../src/catalog/transitions.js';
import type { PremiumVoiceModelId } from '../../src/catalog/voices.js';
import type { PictoryElement, PictoryRequestBody } from '../../src/schema/request.js';

export const names: [FontName, ShapeName, Transition, AnimationName, StockCategory, StockCategory] = [
  'Plus Jakarta Sans',
  'speech-bubble-7',
  'circlecrop',
  'text reveal',
  'Medical',
  'Nature/Sunrises_and_Sunsets',
];
export const more: [ElementPosition, FontStylePosition, TextVariant, AudioLanguage, PremiumVoiceModelId] = [
  'center',
  'center-center',
  'subheading',
  'en-WL',
  'eleven_flash_v2_5',
];

// @ts-expect-error Pictory spells it "Space mono"
export const font: FontName = 'Space Mono';
// @ts-expect-error there is no speech-bubble-1
export const shape: ShapeName = 'speech-bubble-1';
// @ts-expect-error a child from another parent
export const category: StockCategory = 'Nature/Pets';
// @ts-expect-error font styles have no `center` alias
export const position: FontStylePosition = 'center';
// @ts-expect-error not a transition
export const transition: Transition = 'dissolve';

export const element: PictoryElement = { type: 'text', text: 'Hi', textVariant: 'heading', top: '10%', left: '5%' };
// @ts-expect-error a text element has no `name`
export const wrongElement: PictoryElement = { type: 'text', text: 'Hi', name: 'circle' };
// @ts-expect-error videoName is required
export const noName: PictoryRequestBody = { scenes: [{ story: 'x' }] };
