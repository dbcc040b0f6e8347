/**
 * The design lint's findings: one rule each, naming the element (its index in the scene's `elements[]`), with the
 * measured figures and a message that says what is wrong and what to do. Message builders are exported so the
 * compiler can reword or prefix them (file:line, component path) without re-deriving the numbers.
 */

export const FINDING_CODES = [
  'text-wraps',
  'label-wraps',
  'leaves-frame',
  'overlap',
  'label-off-centre',
  'shape-too-small',
  'busy-background',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** What each rule checks, in one line (for `--help`, docs and silencing). */
export const FINDING_RULES: Record<FindingCode, string> = {
  'text-wraps': 'a text element wraps past two lines',
  'label-wraps': 'a label on a shape wraps (labels must stay on one line)',
  'leaves-frame': 'text or a shape runs past the edge of the frame',
  'overlap': 'two elements overlap by more than 1 % of the frame in both directions (a label on its own shape excepted)',
  'label-off-centre': "a label sits more than 1 % (1.5 % on a pill) off its shape's centre",
  'shape-too-small': "a shape is shorter than 2.2 cap heights of its label's font",
  'busy-background': 'text over an AI or stock background with no colour overlay and no text box',
};

export interface Finding {
  code: FindingCode;
  /** `warning` for layout faults; `hint` for advice (busy background), given once per scene. */
  severity: 'warning' | 'hint';
  /** Index of the element in the scene's `elements[]`. */
  element: number;
  /** The other element involved (overlap: the one on top or below; label rules: the shape). */
  other?: number;
  message: string;
  /** The measured figures behind the message (percent of the frame, reference pixels, line counts). */
  figures: Record<string, number | string>;
  /** True when a figure rests on Pictory's calibrated constants or an assumed aspect rather than real metrics. */
  approximate: boolean;
}

/** Appended to the message of an approximate finding. */
export const APPROXIMATE_NOTE =
  " (approximate: measured with Pictory's calibrated constants where the font is not bundled, or an assumed 16:9 for media whose size is not known)";

/** "SHARE THIS VIDEO" (cut at 40 characters). */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
}

/** 12.34 → "12.3". */
export const pct = (n: number) => `${round1(n).toFixed(1)} %`;
export const px = (n: number) => `${Math.round(n)} px`;
export const round1 = (n: number) => Math.round(n * 10) / 10;

export function fontLabel(f: { fontFamily: string; bold: boolean; italic: boolean; fontSize: number }): string {
  return `${f.fontFamily}${f.bold ? ' Bold' : ''}${f.italic ? ' Italic' : ''} ${f.fontSize}`;
}

export const messages = {
  textWraps: (t: { text: string; lines: number; font: string; widthPx: number; availablePx: number; fitFontSize: number; fitWidth?: number }) =>
    `${quote(t.text)} wraps to ${t.lines} lines (${t.font}: ${px(t.widthPx)} of text, ${px(t.availablePx)} per line): ` +
    `shorten it${t.fitWidth === undefined ? ' or' : ','} lower fontSize to about ${t.fitFontSize} for two lines` +
    (t.fitWidth === undefined ? '' : `, or widen it to ${t.fitWidth} %`),
  labelWraps: (t: { text: string; lines: number; font: string; widthPx: number; availablePx: number; shape: string; fitFontSize: number; fitWidth: number }) =>
    `label ${quote(t.text)} is ${px(t.widthPx)} wide in a ${px(t.availablePx)} ${t.shape} (${t.font}, inside its 0.25 em padding): ` +
    `wraps to ${t.lines} lines. Shorten it, lower fontSize to ${t.fitFontSize}, or widen the label and its ${t.shape} to ${t.fitWidth} %`,
  leavesFrame: (t: { what: string; edge: string; by: number; extent: string }) =>
    `${t.what} runs ${pct(t.by)} past the ${t.edge} edge of the frame (${t.extent}): move it in or make it smaller`,
  overlap: (t: { a: string; b: string; x: number; y: number; where: string }) =>
    `${t.a} and ${t.b} overlap by ${pct(t.x)} × ${pct(t.y)} of the frame (${t.where}): move one of them or shorten the text`,
  labelOffCentre: (t: { text: string; shape: string; axis: string; by: number; glyph: number; centre: number; fix: string }) =>
    `label ${quote(t.text)} sits ${pct(t.by)} ${t.axis} the centre of its ${t.shape} (glyphs centred at ${pct(t.glyph)}, ` +
    `${t.shape} at ${pct(t.centre)}): ${t.fix}`,
  shapeTooSmall: (t: { shape: string; height: number; needed: number; text: string; fontSize: number; fitWidth: number }) =>
    `${t.shape} is ${pct(t.height)} tall, under 2.2 cap heights (${pct(t.needed)}) of its label ${quote(t.text)} at fontSize ${t.fontSize}: ` +
    `widen it to ${t.fitWidth} % or lower the fontSize`,
  busyBackground: (t: { background: string; text: string }) =>
    `${quote(t.text)} sits on a busy ${t.background} background with no colour overlay and no text box: ` +
    `give the background a colour overlay (overlay={{color, opacity: 0.45}}), or the text a backgroundColor`,
};
