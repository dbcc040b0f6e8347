/**
 * The compiler's view of the components: every component registers its declaration when its file is
 * loaded, so the passes ask here, which loads them all first.
 */
import '../components/index.js';

export { allSpecs, specOf } from '../components/define.js';
export type { ComponentSpec, Json, Node, RuleContext } from '../components/define.js';
