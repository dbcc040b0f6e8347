/**
 * The video's `backgroundMusic`.
 */
import { z } from 'zod';
import { LIMITS } from '../../catalog/catalog.js';
import { STORYBOARD_LIMITS } from '../../catalog/limits.js';
import { ClipSchema, fail, has, url } from './values.js';

export const BackgroundMusicSchema = z
  .strictObject({
    enabled: z.boolean(),
    autoMusic: z.boolean().optional(),
    musicUrl: url.optional(),
    volume: z.number().min(LIMITS.volume.min).max(LIMITS.volume.max).optional(),
    clips: z.array(ClipSchema).min(1).max(STORYBOARD_LIMITS.musicClipsMax).optional(),
  })
  .superRefine((music, ctx) => {
    if (music.autoMusic && has(music.musicUrl)) fail(ctx, ['musicUrl'], '`autoMusic` and `musicUrl` are exclusive');
    if (!music.enabled && Object.keys(music).length > 1) fail(ctx, ['enabled'], 'disabled music takes no other field (ours)');
  });

/** The logo: position vocabulary undocumented; the 9-grid presets used everywhere else. */
