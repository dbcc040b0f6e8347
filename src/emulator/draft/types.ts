/**
 * The contract between the emulator and its draft-video renderer.
 * The emulator decides *what* a render looks like (scenes after splitting, their timing, backgrounds);
 * the draft renderer only turns that plan into files.
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

export type DraftResult =
  | {
      kind: 'mp4';
      video: string;
      thumbnail: string;
      seconds: number;
      /** Things the draft had to leave out or replace (an unreadable background, no font for captions), for logs. */
      warnings?: string[];
    }
  /** ffmpeg could not be found: an HTML storyboard was written instead. */
  | { kind: 'html'; html: string; seconds: number; reason: string };
