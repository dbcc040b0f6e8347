/**
 * Turn zod's issues about a component's props into diagnostics a person can act on: which prop (its full
 * dotted path, `logo.width`), what was wrong, what was expected — e.g. `unknown prop "promt" on
 * <AIVideoBackground> (Pictory would silently drop it); did you mean "prompt"?`. No zod or regex text
 * reaches the user: a format check in a schema carries its own phrase (`a percentage like "10%"`).
 */
import type { z } from 'zod';
import type { ComponentSpec } from './components.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic, Located } from '../diagnostics/diagnostic.js';
import { closest } from './suggest.js';

const PLAYBACK = '`loop` and `mute` are for video backgrounds';
const CLIPS = '`clips` trims a video from a URL: only <VideoBackground src> takes it';

/** Extra advice for props people reach for on the wrong component. */
const HINTS: Record<string, Record<string, string>> = {
  Video: { videoName: 'the prop is `name`', story: 'the story belongs to a <Scene>' },
  Scene: {
    createSceneOnEndOfSentence: 'the prop is `splitSentences`',
    createSceneOnNewLine: 'the prop is `splitLines`',
    sceneTransition: 'the prop is `transition`',
    isSSMLStory: 'the prop is `ssml`',
  },
  // Props people reach for on the wrong background.
  ...Object.fromEntries(
    ['ImageBackground', 'ColorBackground'].map((tag) => [tag, { loop: PLAYBACK, mute: PLAYBACK, clips: CLIPS }]),
  ),
  AIImageBackground: { duration: 'image models make stills; `duration` is only for <AIVideoBackground>', loop: PLAYBACK, mute: PLAYBACK, clips: CLIPS },
  AIVideoBackground: { clips: CLIPS },
  StockBackground: { clips: CLIPS, colorOverlay: 'the prop is `overlay`' },
  Image: {
    loop: 'an image does not play: `loop` and `mute` are for <Clip>',
    mute: 'an image does not play: `loop` and `mute` are for <Clip>',
    duration: 'image models make stills; `duration` is only for <Clip>',
  },
};

/** What a built-in format check expects, said plainly (used when the schema gave no phrase of its own). */
const FORMATS: Record<string, string> = {
  url: 'a URL like "https://example.com"',
  email: 'an email address',
  regex: 'in the documented format',
};

export function propIssues(spec: ComponentSpec, node: Located, props: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  return issues.flatMap((issue): Diagnostic[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownProp(spec, node, path, key));
    const prop = path.join('.');
    const value = valueAt(props, path);
    const shown = show(value);
    switch (issue.code) {
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        if (value === undefined) return [report(node, 'missing-prop', { prop, tag: spec.name, expected: `one of ${allowed.join(', ')}` }, prop)];
        const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
        return [report(node, 'invalid-value', { prop, value: shown, allowed: allowed.join(', '), guess }, prop)];
      }
      case 'invalid_type':
        if (value === undefined) return [report(node, 'missing-prop', { prop, tag: spec.name, expected: expected(issue.expected) }, prop)];
        return [report(node, 'invalid-type', { prop, expected: expected(issue.expected), got: `${describe(value)} ${shown}` }, prop)];
      case 'too_big':
      case 'too_small':
        return [sizeIssue(spec, node, prop, path, value, issue)];
      case 'invalid_format': {
        const custom = issue.message && !/^Invalid\b/.test(issue.message) ? issue.message : undefined;
        return [report(node, 'invalid-format', { prop, value: shown, expected: custom ?? FORMATS[issue.format] ?? FORMATS.regex }, prop)];
      }
      default:
        return [report(node, 'invalid-format', { prop, value: shown, expected: 'a valid value here' }, prop)];
    }
  });
}

function unknownProp(spec: ComponentSpec, node: Located, path: string[], key: string): Diagnostic {
  const known = Object.keys(shapeAt(spec.schema, path) ?? {});
  const prop = [...path, key].join('.');
  const hint = path.length === 0 ? HINTS[spec.name]?.[key] : undefined;
  const guess = closest(key, known);
  const owner = path.length ? `\`${path.join('.')}\` takes` : `<${spec.name}> takes`;
  const advice = hint ?? (guess ? `did you mean "${[...path, guess].join('.')}"?` : `${owner} ${known.join(', ')}`);
  return report(node, 'unknown-prop', { prop, tag: spec.name, advice }, prop);
}

function sizeIssue(
  spec: ComponentSpec,
  node: Located,
  prop: string,
  path: string[],
  value: unknown,
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
): Diagnostic {
  if (typeof value === 'string') {
    if (issue.code === 'too_small' && Number(issue.minimum) === 1 && value.length === 0) {
      return report(node, 'invalid-format', { prop, value: '""', expected: 'a non-empty text' }, prop);
    }
    const limit = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
    return report(node, 'too-long', { prop, length: value.length, limit }, prop);
  }
  if (Array.isArray(value)) {
    const limit = issue.code === 'too_big' ? `at most ${issue.maximum} items` : `at least ${issue.minimum} items`;
    return report(node, 'out-of-range', { prop, value: `has ${value.length} items and`, limit }, prop);
  }
  const field = unwrap(fieldAt(spec.schema, path)) as { minValue?: number | null; maxValue?: number | null } | undefined;
  const [min, max] = [field?.minValue, field?.maxValue];
  const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  const inclusive = issue.inclusive !== false;
  const limit =
    finite(min) && finite(max) && inclusive
      ? `between ${min} and ${max}`
      : issue.code === 'too_big'
        ? `${inclusive ? 'at most' : 'less than'} ${issue.maximum}`
        : `${inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
  return report(node, 'out-of-range', { prop, value: show(value), limit }, prop);
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

function expected(name: string): string {
  return EXPECTED[name] ?? `a ${name}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'the number';
  return { string: 'the text', number: 'the number', boolean: 'the boolean', object: 'an object' }[typeof value as string] ?? typeof value;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function valueAt(props: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = props;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

type Schemaish = { shape?: Record<string, Schemaish>; unwrap?: () => Schemaish; element?: Schemaish };

function unwrap(schema: Schemaish | undefined): Schemaish | undefined {
  let s = schema;
  while (s?.unwrap && !s.shape) s = s.unwrap();
  return s;
}

function fieldAt(schema: unknown, path: readonly string[]): Schemaish | undefined {
  let s: Schemaish | undefined = schema as Schemaish;
  for (const key of path) {
    s = unwrap(s);
    s = /^\d+$/.test(key) ? s?.element : s?.shape?.[key];
  }
  return s;
}

function shapeAt(schema: unknown, path: readonly string[]): Record<string, unknown> | undefined {
  return unwrap(fieldAt(schema, path))?.shape;
}
