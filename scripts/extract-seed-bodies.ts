/**
 * Extracts every storyboard request body from the seed documents (Pictory's AI-visual guides) and writes
 * them as JSON fixtures under test/fixtures/seeds/.
 *
 *   npx tsx scripts/extract-seed-bodies.ts [--seeds DIR] [--check]
 *
 * How it finds a body: each seed's JavaScript example calls `axios.post(`…/v2/video/storyboard…`, BODY, …)`.
 * The call is cut out with a string-aware bracket scan and parsed with the TypeScript parser; BODY, an
 * object literal, is evaluated to JSON (literals only; an identifier must be a `const NAME = "…"` string
 * constant of the same document, e.g. seed 003's STORY_TEXT). Where a seed also has a Python version
 * (`requests.post(f'…/v2/video/storyboard…', json=BODY, …)`), that body is parsed by a small Python-literal
 * parser and must deep-equal the JavaScript one; a difference is reported and the JS body wins.
 * Anything unexpected (a count of bodies other than the names listed below, a construct that is not a
 * literal) stops the script with an error instead of guessing.
 *
 * --check compares the fixtures on disk with the extraction and exits 1 on any difference.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ts from 'typescript';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fixture names, in the order the bodies appear in each seed. */
export const SEED_FIXTURES: Record<string, readonly string[]> = {
  '000': ['000-complete'],
  '001': [
    '001-example-1-auto-prompt',
    '001-example-2-creative-direction',
    '001-example-3-scene-prompts',
    '001-example-4-auto-scenes',
  ],
  '002': ['002-complete'],
  '003': ['003-complete'],
  '004': [
    '004-example-1-auto-prompt',
    '004-example-2-creative-direction',
    '004-example-3-scene-prompts',
    '004-example-4-auto-scenes',
  ],
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEEDS_DIR = path.resolve(repoRoot, '../shared/seeds');
export const FIXTURES_DIR = path.join(repoRoot, 'test/fixtures/seeds');

// ---------------------------------------------------------------------------------------------------------
// Bracket scanning that skips string literals ('…', "…", `…`) so a brace inside a story cannot confuse it.

/** Index just past the bracket that closes the one at `open`. */
function matchBracket(text: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(text, i);
      continue;
    }
    if (c in pairs) stack.push(pairs[c]!);
    else if (c === ')' || c === '}' || c === ']') {
      if (stack.pop() !== c) throw new Error(`unbalanced '${c}' at offset ${i}`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error(`no closing bracket for offset ${open}`);
}

/** Index of the closing quote of the string starting at `start`. */
function skipString(text: string, start: number): number {
  const q = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === q) return i;
  }
  throw new Error(`unterminated string at offset ${start}`);
}

// ---------------------------------------------------------------------------------------------------------
// JavaScript bodies.

function jsConstants(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\bconst\s+([A-Z_][A-Z0-9_]*)\s*=\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*;/g)) {
    out.set(m[1]!, evalJs(parseExpression(m[2]!), new Map()) as string);
  }
  return out;
}

function parseExpression(src: string): ts.Expression {
  const file = ts.createSourceFile('body.ts', `(${src});`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const stmt = file.statements[0];
  if (file.statements.length !== 1 || !stmt || !ts.isExpressionStatement(stmt)) {
    throw new Error(`not a single expression: ${src.slice(0, 80)}…`);
  }
  const diags = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  if (diags?.length) throw new Error(`syntax error: ${ts.flattenDiagnosticMessageText(diags[0]!.messageText, '\n')}`);
  let e = stmt.expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function evalJs(node: ts.Expression, consts: Map<string, string>): Json {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return -Number(node.operand.text);
  }
  if (ts.isIdentifier(node)) {
    const v = consts.get(node.text);
    if (v === undefined) throw new Error(`identifier ${node.text} is not a string constant of the document`);
    return v;
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => evalJs(e, consts));
  if (ts.isObjectLiteralExpression(node)) {
    const out: { [key: string]: Json } = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) throw new Error(`unsupported property kind ${ts.SyntaxKind[p.kind]}`);
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
      if (key === undefined) throw new Error(`unsupported key kind ${ts.SyntaxKind[p.name.kind]}`);
      if (key in out) throw new Error(`duplicate key ${key}`);
      out[key] = evalJs(p.initializer, consts);
    }
    return out;
  }
  throw new Error(`not a literal: ${ts.SyntaxKind[node.kind]} ${node.getText().slice(0, 60)}`);
}

export function extractJsBodies(text: string): Json[] {
  const consts = jsConstants(text);
  const bodies: Json[] = [];
  for (const m of text.matchAll(/axios\.post\(/g)) {
    const open = m.index! + m[0].length - 1;
    const call = text.slice(m.index!, matchBracket(text, open));
    const expr = parseExpression(call);
    if (!ts.isCallExpression(expr)) throw new Error('axios.post(…) did not parse as a call');
    const [url, body] = expr.arguments;
    if (!url || !/\/v2\/video\/storyboard/.test(url.getText())) continue; // e.g. the OAuth token request
    if (!body || !ts.isObjectLiteralExpression(body)) throw new Error('storyboard body is not an object literal');
    bodies.push(evalJs(body, consts));
  }
  return bodies;
}

// ---------------------------------------------------------------------------------------------------------
// Python bodies: dict/list/str/int/float/True/False/None literals, and NAME constants of the document.

function pyConstants(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^\s*([A-Z_][A-Z0-9_]*)\s*=\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*$/gm)) {
    out.set(m[1]!, parsePython(m[2]!, new Map()) as string);
  }
  return out;
}

export function parsePython(src: string, consts: Map<string, string>): Json {
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new Error(`python literal: ${what} at offset ${i}: ${src.slice(i, i + 40)}`);
  };
  const value = (): Json => {
    ws();
    const c = src[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      const obj: { [key: string]: Json } = {};
      const arr: Json[] = [];
      for (;;) {
        ws();
        if (src[i] === close) {
          i++;
          return c === '{' ? obj : arr;
        }
        if (c === '{') {
          const key = value();
          if (typeof key !== 'string') fail('non-string key');
          ws();
          if (src[i] !== ':') fail("expected ':'");
          i++;
          if ((key as string) in obj) fail(`duplicate key ${key as string}`);
          obj[key as string] = value();
        } else arr.push(value());
        ws();
        if (src[i] === ',') i++;
        else if (src[i] !== close) fail(`expected ',' or '${close}'`);
      }
    }
    if (c === '"' || c === "'") {
      const end = skipString(src, i);
      const raw = src.slice(i + 1, end);
      i = end + 1;
      return raw.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
        if (e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
        return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
      });
    }
    const num = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      i += word[0].length;
      if (word[0] === 'True') return true;
      if (word[0] === 'False') return false;
      if (word[0] === 'None') return null;
      const v = consts.get(word[0]);
      if (v === undefined) fail(`unknown name ${word[0]}`);
      return v as string;
    }
    return fail('unexpected input');
  };
  const v = value();
  ws();
  if (i !== src.length) fail('trailing input');
  return v;
}

export function extractPythonBodies(text: string): Json[] {
  const consts = pyConstants(text);
  const bodies: Json[] = [];
  for (const m of text.matchAll(/requests\.post\(/g)) {
    const open = m.index! + m[0].length - 1;
    const call = text.slice(open, matchBracket(text, open));
    if (!/\/v2\/video\/storyboard/.test(call)) continue;
    const at = call.indexOf('json=');
    if (at < 0) throw new Error('python storyboard call without json=');
    const start = call.indexOf('{', at);
    bodies.push(parsePython(call.slice(start, matchBracket(call, start)), consts));
  }
  return bodies;
}

// ---------------------------------------------------------------------------------------------------------

export interface ExtractedSeed {
  name: string;
  seedFile: string;
  body: Json;
  /** Whether a Python version exists, and whether it agrees with the JavaScript one. */
  python: 'absent' | 'equal' | 'different';
}

export function extractAll(seedsDir = DEFAULT_SEEDS_DIR): ExtractedSeed[] {
  const out: ExtractedSeed[] = [];
  for (const [prefix, names] of Object.entries(SEED_FIXTURES)) {
    const file = readdirMatching(seedsDir, prefix);
    const text = readFileSync(path.join(seedsDir, file), 'utf8');
    const js = extractJsBodies(text);
    const py = extractPythonBodies(text);
    if (js.length !== names.length) throw new Error(`${file}: ${js.length} JS storyboard bodies, expected ${names.length}`);
    if (py.length !== 0 && py.length !== js.length) throw new Error(`${file}: ${py.length} Python bodies vs ${js.length} JS`);
    js.forEach((body, k) => {
      const python = py.length === 0 ? 'absent' : isDeepStrictEqual(body, py[k]) ? 'equal' : 'different';
      out.push({ name: names[k]!, seedFile: file, body, python });
    });
  }
  return out;
}

function readdirMatching(dir: string, prefix: string): string {
  const hit = readdirSync(dir).filter((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (hit.length !== 1) throw new Error(`expected one seed ${prefix}_*.txt in ${dir}, found ${hit.length}`);
  return hit[0]!;
}

export const fixtureText = (body: Json): string => `${JSON.stringify(body, null, 2)}\n`;

function main(argv: string[]): number {
  const seedsAt = argv.indexOf('--seeds');
  const seedsDir = seedsAt >= 0 ? path.resolve(argv[seedsAt + 1] ?? '') : DEFAULT_SEEDS_DIR;
  const check = argv.includes('--check');
  if (!existsSync(seedsDir)) {
    process.stderr.write(`seeds directory not found: ${seedsDir}\n`);
    return 1;
  }
  mkdirSync(FIXTURES_DIR, { recursive: true });
  let bad = 0;
  for (const s of extractAll(seedsDir)) {
    const target = path.join(FIXTURES_DIR, `${s.name}.json`);
    const note = s.python === 'absent' ? 'JS only' : s.python === 'equal' ? 'JS = Python' : 'JS ≠ PYTHON';
    if (s.python === 'different') bad++;
    if (check) {
      const same = existsSync(target) && readFileSync(target, 'utf8') === fixtureText(s.body);
      if (!same) bad++;
      process.stdout.write(`${same ? 'ok  ' : 'DIFF'} ${s.name}.json  (${s.seedFile}, ${note})\n`);
    } else {
      writeFileSync(target, fixtureText(s.body));
      process.stdout.write(`wrote ${path.relative(repoRoot, target)}  (${s.seedFile}, ${note})\n`);
    }
  }
  return bad === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
