/**
 * Turn zod's issues about a component's props into diagnostics a person can act on: which prop, what was
 * wrong, what was expected — e.g. `unknown prop "promt" on <AIVideoBackground>; did you mean "prompt"?`.
 */
import type { z } from 'zod';
import type { ComponentSpec } from '../components/index.js';
import { error, type Located, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from './suggest.js';

/** Extra advice for props people reach for on the wrong component. */
const HINTS: Record<string, Record<string, string>> = {
  AIImageBackground: { duration: 'image models make stills; `duration` is only for <AIVideoBackground>' },
  Video: { videoName: 'the prop is `name`', story: 'the story belongs to a <Scene>' },
  Scene: { createSceneOnEndOfSentence: 'the prop is `splitSentences`', createSceneOnNewLine: 'the prop is `splitLines`' },
};

export function propIssues(spec: ComponentSpec, node: Located, props: Record<string, unknown>, issues: z.core.$ZodIssue[]): Diagnostic[] {
  const known = Object.keys(spec.props.shape);
  return issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const hint = HINTS[spec.name]?.[key];
        const guess = closest(key, known);
        const advice = hint ?? (guess ? `did you mean "${guess}"?` : `<${spec.name}> takes ${known.join(', ')}`);
        return error(node, 'unknown-prop', `unknown prop "${key}" on <${spec.name}> (Pictory would silently drop it); ${advice}`, key);
      });
    }
    const prop = String(issue.path[0] ?? '');
    const value = props[prop];
    const shown = JSON.stringify(value) ?? String(value);
    switch (issue.code) {
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
        return [error(node, 'invalid-value', `${prop} ${shown} is not one of ${allowed.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`, prop)];
      }
      case 'invalid_type':
        if (value === undefined) return [error(node, 'missing-prop', `<${spec.name}> needs the \`${prop}\` prop (${issue.expected})`, prop)];
        return [error(node, 'invalid-type', `${prop} must be a ${issue.expected}, got ${typeof value} ${shown}`, prop)];
      case 'too_big':
      case 'too_small':
        return [error(node, 'out-of-range', rangeMessage(spec, prop, value, issue), prop)];
      default:
        return [error(node, 'invalid-value', `${prop} ${shown} is invalid: ${issue.message}`, prop)];
    }
  });
}

function rangeMessage(spec: ComponentSpec, prop: string, value: unknown, issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (typeof value === 'string') {
    const limit = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
    return `${prop} is ${value.length} characters long; it must be ${limit} characters`;
  }
  const field = spec.props.shape[prop] as { unwrap?: () => unknown } | undefined;
  const number = (field?.unwrap?.() ?? field) as { minValue?: number | null; maxValue?: number | null } | undefined;
  const [minimum, maximum] = [number?.minValue ?? undefined, number?.maxValue ?? undefined];
  if (minimum !== undefined && maximum !== undefined) return `${prop} ${JSON.stringify(value)} is out of range: it must be between ${minimum} and ${maximum}`;
  return `${prop} ${JSON.stringify(value)} is out of range: it must be ${issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`}`;
}
