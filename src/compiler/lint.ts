/**
 * Pass 6 — the design lint: each scene that has overlay elements is laid out the way Pictory's renderer
 * draws it (src/layout/) and checked for the mistakes that otherwise show only in a paid render — text
 * wrapping past two lines, a label off its pill, elements overlapping or leaving the frame. Each finding
 * becomes a warning at the element's own line and component path. It never blocks a render by itself.
 *
 * An element silences rules with its `lint` prop: `lint={false}` (all) or `lint={['overlap']}`. An overlap
 * is silenced by either of its two elements.
 */
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { layoutScene } from '../layout/scene.js';
import { lintLayout } from '../layout/lint/lint.js';
import type { FindingCode } from '../layout/lint/findings.js';
import type { PictoryRequestBody, PictoryScene } from '../schema/request.js';
import type { Node } from './components.js';
import type { PictoryRequest } from './pictory-request.js';

export interface LintOptions {
  /** Folder that relative media paths are read from, for their real aspect (default: the working directory). */
  baseDir?: string;
}

export function lint(video: Node, request: PictoryRequest, options: LintOptions = {}): Diagnostic[] {
  const body = request as unknown as PictoryRequestBody;
  const scenes = video.children.filter((c) => c.key === 'scenes');
  const out: Diagnostic[] = [];
  (body.scenes ?? []).forEach((scene: PictoryScene, s) => {
    if (!scene.elements?.length || !scenes[s]) return;
    const elements = scenes[s]!.children.filter((c) => c.key === 'elements');
    const quiet = (i: number, code: FindingCode) => {
      const setting = elements[i]?.props.lint as false | readonly string[] | undefined;
      return setting === false || (Array.isArray(setting) && setting.includes(code));
    };
    const layout = layoutScene(scene, {
      aspectRatio: body.aspectRatio,
      videoWidth: body.videoWidth,
      videoHeight: body.videoHeight,
      subtitleStyle: body.subtitleStyle,
      baseDir: options.baseDir,
    });
    for (const finding of lintLayout(layout)) {
      if (quiet(finding.element, finding.code) || (finding.other !== undefined && quiet(finding.other, finding.code))) continue;
      const at = elements[finding.element] ?? scenes[s]!;
      out.push(report(at, finding.code, { reason: finding.severity === 'hint' ? `hint: ${finding.message}` : finding.message }, 'lint'));
    }
  });
  return out;
}
