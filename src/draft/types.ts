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
  | { kind: 'none' };

export interface DraftScene {
  /** Caption text (the scene's story part); may be empty. */
  text: string;
  /** How long the scene lasts, in seconds. */
  seconds: number;
  background: DraftBackground;
}

export interface DraftSpec {
  /** Output frame size in pixels (even numbers). */
  width: number;
  height: number;
  scenes: DraftScene[];
  /** Video title, shown nowhere essential; used for logs. */
  title?: string;
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
