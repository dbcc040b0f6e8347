/**
 * The dependency flow is one way, as the README's architecture picture says. Each part of the package may
 * import only the parts listed for it here; a new arrow is a decision to make in this file (and in the
 * picture), never an accident. The import graph is read from the sources, so the test fails the moment a
 * file reaches upstream.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Part → the parts it may import. Leaves first, then in the order data flows. */
const ALLOWED: Record<string, string[]> = {
  diagnostics: [],
  catalog: [],
  schema: ['catalog'],
  'jsx-runtime': ['diagnostics'],
  renderer: ['diagnostics', 'jsx-runtime'],
  components: ['catalog', 'diagnostics', 'jsx-runtime'],
  compiler: ['catalog', 'components', 'diagnostics', 'layout', 'renderer', 'schema'],
  fonts: ['catalog'],
  layout: ['catalog', 'fonts', 'schema'],
  draft: ['catalog', 'fonts', 'layout', 'schema'],
  client: ['diagnostics', 'schema'],
  preflight: ['client', 'compiler', 'diagnostics', 'schema'],
  // The runner starts the embedded emulator only when asked (a dynamic import), for the CLI's no-account default.
  runner: ['client', 'compiler', 'diagnostics', 'emulator', 'preflight', 'schema'],
  // The emulator validates with its own schemas; only the draft adapter names the wire types it hands on.
  emulator: ['draft', 'schema'],
  // The queue's producer follows a batch with the CLI's status display.
  queue: ['cli', 'client', 'compiler', 'diagnostics', 'runner', 'schema'],
  studio: ['catalog', 'cli', 'client', 'compiler', 'diagnostics', 'draft', 'emulator', 'fonts', 'layout', 'runner', 'schema'],
};

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** `src/compiler/emit.ts` → `compiler`; `jsx-runtime/…` → `jsx-runtime`; a file directly in src/ → its name. */
function partOf(file: string): string {
  const parts = file.split(path.sep);
  if (parts[0] === 'jsx-runtime') return 'jsx-runtime';
  return parts.length === 2 ? parts[1]!.replace(/\.(ts|js)$/, '') : parts[1]!;
}

function importGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of [...sources('src'), ...sources('jsx-runtime')]) {
    const from = partOf(file);
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import\(|^import)\s*'(\.{1,2}\/[^']+)'/gm)) {
      const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier!));
      if (target.startsWith('..')) continue;
      const to = partOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)!.set(to, file);
    }
  }
  return graph;
}

describe('the dependency flow', () => {
  const graph = importGraph();

  for (const part of ['jsx-runtime', 'renderer', 'compiler', 'client', 'components', 'diagnostics', 'catalog', 'layout', 'draft', 'runner', 'emulator']) {
    it(`${part} imports nothing upstream`, () => {
      const reached = [...(graph.get(part) ?? new Map<string, string>())].filter(([to]) => !ALLOWED[part]!.includes(to));
      expect(reached.map(([to, file]) => `${file} imports ${to}`)).toEqual([]);
    });
  }

  it('every part of src/ is placed in the flow', () => {
    const parts = new Set([...graph.keys(), ...[...graph.values()].flatMap((m) => [...m.keys()])]);
    parts.delete('index');
    parts.delete('cli');
    expect([...parts].filter((p) => !(p in ALLOWED))).toEqual([]);
  });

  it('the allowed flow itself has no cycle', () => {
    const seen = new Set<string>();
    const visit = (part: string, trail: string[]): void => {
      expect(trail, `cycle: ${[...trail, part].join(' → ')}`).not.toContain(part);
      if (seen.has(part)) return;
      for (const next of ALLOWED[part] ?? []) visit(next, [...trail, part]);
      seen.add(part);
    };
    for (const part of Object.keys(ALLOWED)) visit(part, []);
  });
});
