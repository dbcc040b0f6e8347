import { z } from 'zod';
import { FONT_STYLE_FIELDS, type FontStyleField } from '../catalog/font-style.js';
import { defineComponent } from './define.js';
import type { SubtitleFontStyle } from './font-style.js';
import { bulletShape, fontStyleRules, fontStyleShape } from './font-style-schema.js';

/** The subtitles' look: Pictory's fontStyle fields, bullets included. */
export type SubtitleStyleProps = SubtitleFontStyle;

const schema = z.strictObject({ ...fontStyleShape, ...bulletShape });
const FIELDS = Object.keys(FONT_STYLE_FIELDS) as FontStyleField[];

/**
 * The subtitles' style: in `<Video>` → `subtitleStyle` (the whole video); in `<Scene>` → that scene's
 * `subtitleStyle`. `<SubtitleStyle fontFamily="Poppins Extrabold" fontSize={44} keywordColor="rgb(251,191,36)"/>`.
 */
export const SubtitleStyle = defineComponent<SubtitleStyleProps>()({
  name: 'SubtitleStyle',
  place: {
    parents: ['Video', 'Scene'],
    key: 'subtitleStyle',
    misplaced: (tag) => `<${tag}> styles the subtitles of a whole <Video> or of one <Scene>: put it directly inside one of them`,
  },
  schema,
  // The props are the fontStyle fields, named as on the wire.
  emit: (p) => Object.fromEntries(FIELDS.map((field) => [field, p[field]])),
  rules: (node) => fontStyleRules(node, node.props, ''),
});
