/**
 * The draft's sound track, so a silent draft does not pass for a silent video: a soft tone for each narrated word,
 * at the time the word starts, and a quiet chord as the bed where background music plays (at the music's volume,
 * under the scenes that do not mute it). No speech engine runs here: a tone per word shows the narration's pace
 * without pretending to be the chosen voice.
 */
import { expr } from './steps.js';

export interface SceneSound {
  /** Length in seconds (the scene's frames ÷ fps, so sound and picture stay aligned). */
  seconds: number;
  /** When each word starts, seconds from the scene's start. */
  words: number[];
  /** Music volume under this scene (0: none). */
  music: number;
}

const RATE = 16000;
const TONE_HZ = 392;
const TONE_LEVEL = 0.3;
/** Music bed: a G major chord, softly swelling. */
const CHORD_HZ = [196, 246.94, 293.66];

/** Graph statements that make `[a]`: one `aevalsrc` per scene, concatenated. */
export function soundTrack(scenes: SceneSound[]): string[] {
  const statements = scenes.map((scene, i) => `aevalsrc=exprs=${expr(sceneExpression(scene))}:c=mono:s=${RATE}:d=${scene.seconds.toFixed(4)}[a${i}]`);
  statements.push(`${scenes.map((_, i) => `[a${i}]`).join('')}concat=n=${scenes.length}:v=0:a=1[a]`);
  return statements;
}

/** The scene's signal as an ffmpeg expression of `t`. */
export function sceneExpression(scene: SceneSound): string {
  const parts: string[] = [];
  const words = scene.words.filter((w) => w >= 0 && w < scene.seconds);
  if (words.length > 0) {
    const gap = words.length > 1 ? Math.min(...words.slice(1).map((w, i) => w - words[i]).filter((d) => d > 0), 0.5) : 0.5;
    const length = Math.max(0.05, Math.min(0.22, gap * 0.6));
    const envelopes = words.map((w) => `between(t,${w.toFixed(3)},${(w + length).toFixed(3)})*sin(PI*(t-${w.toFixed(3)})/${length.toFixed(3)})`);
    parts.push(`${TONE_LEVEL}*sin(2*PI*${TONE_HZ}*t)*(${envelopes.join('+')})`);
  }
  if (scene.music > 0) {
    const chord = CHORD_HZ.map((hz) => `sin(2*PI*${hz}*t)`).join('+');
    parts.push(`${(scene.music * 0.25).toFixed(4)}*(${chord})/${CHORD_HZ.length}*(0.8+0.2*sin(2*PI*0.25*t))`);
  }
  return parts.length > 0 ? parts.join('+') : '0';
}
