/**
 * The AI presenter: chosen once for the whole video (`<Avatar id>` in `<Video>` → `avatar`), placed and
 * styled per scene (`<Avatar>` without `id` in a `<Scene>` → the scene's `avatar`). It speaks the voice-over,
 * so it needs one.
 */
import { z } from 'zod';
import { ELEMENT_POSITIONS, type ElementPosition } from '../catalog/positions.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AvatarId } from './account.js';
import { defineComponent, type Node } from './define.js';
import { colorProp, percentProp, textProp } from './prop-values.js';

interface Look {
  /** → `avatar.width`: a percentage of the frame's width, e.g. `"25%"`. */
  width?: string;
  /** → `avatar.borderRadius`: a percentage; `"50%"` makes a circle. */
  borderRadius?: string;
  /** → `avatar.backgroundColor`: a colour behind the presenter. */
  backgroundColor?: string;
  /** → `avatar.hide`: hide the presenter (in a `<Scene>`: for that scene). */
  hide?: boolean;
}

export type AvatarProps =
  | (Look & {
      /** → `avatar.avatarId`: the presenter, in `<Video>` only (a scene's `<Avatar>` only places and styles it). */
      id: AvatarId;
      /** → `avatar.position`: a preset, e.g. `bottom-right`. */
      position?: ElementPosition;
      top?: never;
      left?: never;
      borderColor?: never;
      borderThickness?: never;
    })
  | (Look & {
      id?: never;
      /** → `avatar.position`: a preset, e.g. `bottom-right` (or `top` + `left`). */
      position?: ElementPosition;
      top?: never;
      left?: never;
      /** → `avatar.borderColor` (in a `<Scene>`). */
      borderColor?: string;
      /** → `avatar.borderThickness` (in a `<Scene>`): ≥ 0. */
      borderThickness?: number;
    })
  | (Look & {
      id?: never;
      position?: never;
      /** → `avatar.top`: from the frame's top, a percentage (in a `<Scene>`, with `left`). */
      top: string;
      /** → `avatar.left`: from the frame's left, a percentage (in a `<Scene>`, with `top`). */
      left: string;
      borderColor?: string;
      borderThickness?: number;
    });

const schema = z.strictObject({
  id: textProp().optional(),
  position: z.enum(ELEMENT_POSITIONS).optional(),
  top: percentProp().optional(),
  left: percentProp().optional(),
  width: percentProp().optional(),
  borderRadius: percentProp().optional(),
  backgroundColor: colorProp().optional(),
  hide: z.boolean().optional(),
  borderColor: colorProp().optional(),
  borderThickness: z.number().nonnegative().optional(),
});

/** Whether the voice-over that plays under `node` (its own scene's, else the video's) is enabled. */
function voiced(scene: Node | undefined, video: Node): boolean {
  const voice = scene?.children.find((c) => c.key === 'voiceOver') ?? video.children.find((c) => c.key === 'voiceOver');
  return voice !== undefined && !(voice.type === 'VoiceOver' && voice.props.off === true);
}

/** An AI presenter: `avatar: {avatarId, position, width, borderRadius, backgroundColor, hide}`. */
export const Avatar = defineComponent<AvatarProps>()({
  name: 'Avatar',
  place: { parents: ['Video', 'Scene'], key: 'avatar', misplaced: () => '<Avatar> must be inside a <Video> (with its `id`) or a <Scene> (to place it there)' },
  schema,
  emit: (p) => ({
    avatarId: p.id,
    position: p.position,
    top: p.top,
    left: p.left,
    width: p.width,
    borderRadius: p.borderRadius,
    backgroundColor: p.backgroundColor,
    borderColor: p.borderColor,
    borderThickness: p.borderThickness,
    hide: p.hide,
  }),
  rules: (avatar, { video, parent }) => {
    const out: Diagnostic[] = [];
    const inScene = parent?.type === 'Scene';
    const { id, position, top, left, borderColor, borderThickness } = avatar.props;
    if (inScene) {
      if (id !== undefined) out.push(report(avatar, 'scene-avatar-id', undefined, 'id'));
      if (!video.children.some((c) => c.key === 'avatar')) out.push(report(avatar, 'scene-avatar-alone'));
      if (position !== undefined && (top !== undefined || left !== undefined)) out.push(report(avatar, 'avatar-position-twice', undefined, 'position'));
      else if ((top === undefined) !== (left === undefined)) {
        out.push(report(avatar, 'avatar-top-left-apart', { given: top === undefined ? 'left' : 'top', missing: top === undefined ? 'top' : 'left' }, top === undefined ? 'left' : 'top'));
      }
    } else {
      if (id === undefined) out.push(report(avatar, 'avatar-no-id'));
      const sceneOnly = Object.entries({ top, left, borderColor, borderThickness }).find(([, v]) => v !== undefined);
      if (sceneOnly) out.push(report(avatar, 'avatar-scene-only-prop', { prop: sceneOnly[0] }, sceneOnly[0]));
    }
    // Pictory asks for the video's voice-over; a scene's own voice counts too. A hidden presenter needs none.
    if (!avatar.props.hide && !voiced(undefined, video) && !(inScene && voiced(parent, video))) {
      out.push(report(avatar, 'avatar-no-voice', { where: inScene ? 'this scene' : 'the video' }));
    }
    return out;
  },
});
