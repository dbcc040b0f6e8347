/**
 * The AI avatar: chosen at the top level, placed and styled per scene.
 */
import { z } from 'zod';
import { ELEMENT_POSITIONS } from '../../catalog/positions.js';
import { checkPlacement, color, nonNegative, oneOf, percentage, placementShape, text } from './values.js';

export const AvatarSchema = z.strictObject({
  avatarId: text,
  position: oneOf(ELEMENT_POSITIONS).optional(),
  width: percentage.optional(),
  borderRadius: percentage.optional(),
  backgroundColor: color.optional(),
  hide: z.boolean().optional(),
});

/** A scene's avatar override: placement and look only (the avatar itself is chosen at the top level). */
export const SceneAvatarSchema = z
  .strictObject({
    ...placementShape,
    hide: z.boolean().optional(),
    backgroundColor: color.optional(),
    borderRadius: percentage.optional(),
    borderColor: color.optional(),
    borderThickness: nonNegative.optional(),
  })
  .superRefine(checkPlacement);
