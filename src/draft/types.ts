import type { PictoryFontStyle, PictoryScene } from '../schema/request.js';

/**
 * The draft renderer's input and output. Whoever calls it (today the emulator, which plans a render: scenes
 * after splitting, their timing, backgrounds) decides *what* the video shows; the renderer only draws it.
 */

export type DraftBackground =
  | { kind: 'color'; color: string }
  /** A user-supplied visual: a local path, a file: URL or an http(s) URL (used when reachable). */
  | { kind: 'image' | 'video'; url: string }
  /** An AI visual: drawn as a clearly labelled placeholder. `prompt` undefined means "auto prompt". */
  | { kind: 'ai'; type: 'image' | 'video'; model: string; videoDuration?: string; prompt?: string }
  /** A stock visual Pictory picks: drawn as a labelled placeholder showing the search. */
  | { kind: 'stock'; query?: string }
  | { kind: 'none' };

export interface DraftScene {
  /** Caption text (the scene's story part); may be empty. */
  text: string;
  /** How long the scene lasts, in seconds. */
  seconds: number;
  background: DraftBackground;
  /**
   * The scene as sent to Pictory (wire JSON, with the elements Pictory would drop already removed). When given, its
   * elements, colour overlay and subtitles are drawn where the shared layout (`layoutScene`) puts them, and `text` is
   * shown as subtitles (only where Pictory shows them) instead of the draft's own caption.
   */
  wire?: PictoryScene;
  /** The transition into this scene (Pictory's name: `fade`, `wipeleft`, …). */
  transition?: string;
  /** When each narrated word starts, in seconds from the scene's start: the draft sounds a soft tone for each. */
  words?: number[];
  /** Whether background music plays under this scene (when the video has some). */
  music?: boolean;
}

export interface DraftSpec {
  /** Output frame size in pixels (even numbers). */
  width: number;
  height: number;
  scenes: DraftScene[];
  /** Video title, shown nowhere essential; used for logs. */
  title?: string;
  /** The video's subtitle style (each scene's own one is merged over it by the layout). */
  subtitleStyle?: PictoryFontStyle;
  /** Background music: a quiet bed at this volume (0–1) under the scenes whose `music` is not false. */
  music?: { volume: number };
}

/** What `renderDraft` made. */
export interface DraftResult {
  /** The draft MP4. */
  video: string;
  /** A JPEG frame of the first scene. */
  thumbnail: string;
  /** Total length in seconds. */
  seconds: number;
  /** Things the draft had to leave out or replace (an unreadable background, no font for captions), for logs. */
  warnings?: string[];
}
