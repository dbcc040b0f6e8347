/**
 * The design lint's rules, by name: what `lint={[…]}` on an element may silence. The layout module checks
 * them (src/layout/lint/); a test keeps this list equal to the layout's own.
 */
export const LINT_RULES = ['text-wraps', 'label-wraps', 'leaves-frame', 'overlap', 'label-off-centre', 'shape-too-small', 'busy-background'] as const;

export type LintRule = (typeof LINT_RULES)[number];
