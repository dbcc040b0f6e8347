/**
 * Joining the scenes, with their transitions, into one stream `[v]`.
 *
 * A transition into scene i takes its first frames (half a second, at most half the scene): during them the last
 * frame of scene i − 1 gives way to scene i, so every scene keeps its start and length (the narration stays in
 * sync). ffmpeg's `xfade` has these transitions built in, but only from ffmpeg 4.3 on, and the ffmpeg most users
 * get from npm (`@ffmpeg-installer/ffmpeg`) is older; so they are written with filters every ffmpeg has: a fade lays
 * the new picture over the old one with `fade`'s rising alpha; a wipe moves an edge across the frame and
 * `circlecrop` opens a circle, as per-pixel formulas of the `blend` filter. Pictory's blurs and radial sweep are
 * drawn as a fade (noted).
 */

/** Per-pixel formula of a transition at progress `P` (0 → 1); `A` is the old picture, `B` the new one. */
const FORMULAS: Record<string, string> = {
  fade: 'A*(1-P)+B*P',
  wipeleft: 'if(gt(X,W*(1-P)),B,A)',
  wiperight: 'if(lt(X,W*P),B,A)',
  wipeup: 'if(gt(Y,H*(1-P)),B,A)',
  wipedown: 'if(lt(Y,H*P),B,A)',
  smoothleft: 'if(gt(X,W*(1-P)),B,A)',
  smoothright: 'if(lt(X,W*P),B,A)',
  circlecrop: 'if(lt(hypot(X-W/2,Y-H/2),hypot(W/2,H/2)*P),B,A)',
};
/** Drawn as a fade: what `blend` cannot express simply. */
const AS_FADE = new Set(['hblur', 'radial']);

const TRANSITION_SECONDS = 0.5;

export interface JoinedScene {
  /** Label of the scene's stream, e.g. `[s0]`. */
  label: string;
  frames: number;
  transition?: string;
}

/** Graph statements that join `scenes` into `[v]`, and notes on transitions drawn differently. */
export function joinScenes(scenes: JoinedScene[], fps: number): { statements: string[]; notes: string[] } {
  const notes: string[] = [];
  const lengths = scenes.map((scene, i) => {
    if (i === 0 || !scene.transition || scene.transition === 'none') return 0;
    if (!FORMULAS[scene.transition] && !AS_FADE.has(scene.transition)) {
      notes.push(`scene ${i + 1}: transition "${scene.transition}" is not known to the draft; cut instead`);
      return 0;
    }
    if (AS_FADE.has(scene.transition)) notes.push(`scene ${i + 1}: transition "${scene.transition}" drawn as a fade`);
    return Math.min(Math.round(TRANSITION_SECONDS * fps), Math.floor(scene.frames / 2));
  });
  const statements: string[] = [];
  const pieces: string[] = [];
  scenes.forEach((scene, i) => {
    const into = lengths[i];
    const out = i + 1 < scenes.length ? lengths[i + 1] : 0;
    const branches = [`[j${i}body]`, ...(into ? [`[j${i}head]`] : []), ...(out ? [`[j${i}last]`] : [])];
    if (branches.length === 1) {
      pieces.push(scene.label);
      return;
    }
    statements.push(`${scene.label}split=${branches.length}${branches.join('')}`);
    if (out) {
      statements.push(
        `[j${i}last]trim=start_frame=${scene.frames - 1},setpts=PTS-STARTPTS,loop=loop=${out - 1}:size=1:start=0,setpts=N/${fps}/TB[j${i}tail]`,
      );
    }
    if (into) {
      statements.push(`[j${i}head]trim=end_frame=${into},setpts=PTS-STARTPTS[j${i}in]`);
      if (FORMULAS[scene.transition!] === undefined || scene.transition === 'fade') {
        // A fade is the new picture laid over the old one with rising opacity: far cheaper than a per-pixel formula.
        statements.push(`[j${i}in]format=yuva420p,fade=t=in:s=0:n=${into + 1}:alpha=1[j${i}a]`);
        statements.push(`[j${i - 1}tail][j${i}a]overlay=format=auto:shortest=1,format=yuv420p[j${i}x]`);
      } else {
        const formula = FORMULAS[scene.transition!].replace(/P/g, `((N+1)/${into + 1})`);
        statements.push(`[j${i - 1}tail][j${i}in]blend=all_expr=${formula.replace(/,/g, '\\,')}:shortest=1[j${i}x]`);
      }
      statements.push(`[j${i}body]trim=start_frame=${into},setpts=PTS-STARTPTS[j${i}rest]`);
      pieces.push(`[j${i}x]`, `[j${i}rest]`);
    } else {
      statements.push(`[j${i}body]null[j${i}rest]`);
      pieces.push(`[j${i}rest]`);
    }
  });
  statements.push(`${pieces.join('')}concat=n=${pieces.length}:v=1:a=0[v]`);
  return { statements, notes };
}
