import { z } from 'zod';
import { LIMITS } from '../catalog/catalog.js';
import type { DSLNode } from '../../jsx-runtime/namespace.js';
import { report } from '../diagnostics/catalogue.js';
import { defineComponent } from './define.js';

export interface SceneProps {
  /** → `story`: narration and subtitle text (≤ 15,000 characters). May be given as the scene's text children instead. */
  story?: string;
  /** → `createSceneOnEndOfSentence`: one scene (and one AI visual) per sentence of the story. */
  splitSentences?: boolean;
  /** → `createSceneOnNewLine`: one scene (and one AI visual) per line of the story. */
  splitLines?: boolean;
  /** → `minimumDuration`: seconds the scene lasts at least (visual-only scenes: exactly). */
  minimumDuration?: number;
  /** → `hideSubtitles`: narrate without on-screen subtitles. */
  hideSubtitles?: boolean;
  /** One background, an optional `<VoiceOver>` override, or the story as text. */
  children?: DSLNode;
}

const schema = z.strictObject({
  story: z.string().max(LIMITS.storyMaxLength).optional(),
  splitSentences: z.boolean().optional(),
  splitLines: z.boolean().optional(),
  minimumDuration: z.number().positive().optional(),
  hideSubtitles: z.boolean().optional(),
});

/** One scene of a video: `<Scene>Text to narrate.<AIImageBackground model="flux-schnell"/></Scene>`. */
export const Scene = defineComponent<SceneProps>()({
  name: 'Scene',
  place: { parents: ['Video'], key: 'scenes', many: true, misplaced: () => 'a <Scene> must be directly inside a <Video>' },
  schema,
  textProp: 'story',
  emit: (p, children) => ({
    story: p.story,
    createSceneOnNewLine: p.splitLines,
    createSceneOnEndOfSentence: p.splitSentences,
    minimumDuration: p.minimumDuration,
    hideSubtitles: p.hideSubtitles,
    ...children,
  }),
  rules: (scene) =>
    scene.props.story === undefined && !scene.children.some((c) => c.key === 'background') ? [report(scene, 'empty-scene')] : [],
});
