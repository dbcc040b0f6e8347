/**
 * `pictory-jsx init [dir]`: a project that works on the first command. It writes what is missing and never
 * overwrites what is there: package.json (scripts, the dependency), tsconfig.json (JSX through pictory-jsx,
 * skipLibCheck), one example video, and .gitignore lines for the journal, secrets and drafts. Then it prints
 * the next three commands.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../../client/version.js';
import { UserInputError } from '../errors.js';

const VIDEO = 'videos/hello.tsx';

const SCRIPTS: Record<string, string> = {
  compile: `pictory-jsx compile ${VIDEO}`,
  estimate: `pictory-jsx estimate ${VIDEO}`,
  render: `pictory-jsx render ${VIDEO}`,
  dev: `pictory-jsx dev ${VIDEO}`,
  typecheck: 'tsc --noEmit',
};

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    jsx: 'react-jsx',
    jsxImportSource: 'pictory-jsx',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  },
  include: ['videos'],
};

const EXAMPLE = `// Your first video. Price it before anything is sent, then render a free local draft:
//   npx pictory-jsx estimate ${VIDEO}
//   npx pictory-jsx render ${VIDEO}
import { Video, Scene, AIImageBackground, ColorBackground, VoiceOver } from 'pictory-jsx';

export default (
  <Video name="hello" aspectRatio="16:9">
    <VoiceOver speaker="Jackson" />
    <Scene>
      Every video is a file you can review, reuse and render again.
      {/* One AI image: 0.6 credits. */}
      <AIImageBackground model="flux-schnell" prompt="A storyboard pinned to a wall beside a laptop, soft light" />
    </Scene>
    <Scene>
      Change a line, and render it again.
      <ColorBackground color="#0F172A" />
    </Scene>
  </Video>
);
`;

const IGNORED = ['node_modules/', '.pictory/', '.env', 'out/'];

export interface InitOptions {
  stdout?: NodeJS.WritableStream;
}

export async function initCommand(dir = '.', { stdout = process.stdout }: InitOptions = {}): Promise<number> {
  const root = path.resolve(dir);
  if (existsSync(root) && !isFolder(root)) throw new UserInputError(`${dir} exists and is not a folder`);
  mkdirSync(path.join(root, 'videos'), { recursive: true });
  const done: string[] = [];

  const needsInstall = writePackageJson(root, done);
  writeIfMissing(root, 'tsconfig.json', `${JSON.stringify(TSCONFIG, null, 2)}\n`, done);
  writeIfMissing(root, VIDEO, EXAMPLE, done);
  writeGitignore(root, done);

  const cd = path.relative(process.cwd(), root);
  const next = [
    ...(cd ? [`cd ${cd.includes(' ') ? JSON.stringify(cd) : cd}`] : []),
    ...(needsInstall ? ['npm install'] : []),
    `npx pictory-jsx estimate ${VIDEO}`,
    `npx pictory-jsx render ${VIDEO}      # a free local draft in out/ (no account needed)`,
  ].slice(0, 3);
  stdout.write(`${done.map((line) => `  ${line}`).join('\n')}\n\nNext:\n${next.map((c) => `  ${c}`).join('\n')}\n`);
  return 0;
}

/** Creates package.json, or adds what pictory-jsx needs to an existing one. True when `npm install` is needed. */
function writePackageJson(root: string, done: string[]): boolean {
  const file = path.join(root, 'package.json');
  const existing = existsSync(file);
  let pkg: Record<string, unknown>;
  if (existing) {
    try {
      pkg = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserInputError(`package.json is not valid JSON (${(error as Error).message}); fix it and run init again`);
    }
  } else {
    pkg = { name: npmName(path.basename(root)), version: '0.1.0', private: true, type: 'module' };
  }
  const scripts = { ...(pkg.scripts as Record<string, string> | undefined) };
  const added = Object.keys(SCRIPTS).filter((name) => !(name in scripts));
  for (const name of added) scripts[name] = SCRIPTS[name];
  pkg.scripts = scripts;
  const deps = { ...(pkg.dependencies as Record<string, string> | undefined) };
  const devDeps = { ...(pkg.devDependencies as Record<string, string> | undefined) };
  let install = false;
  if (!deps['pictory-jsx'] && !devDeps['pictory-jsx']) {
    deps['pictory-jsx'] = `^${VERSION}`;
    install = true;
  }
  for (const [name, range] of [['typescript', '^5.9.0'], ['@types/node', '^20.19.0']] as const) {
    if (!deps[name] && !devDeps[name]) {
      devDeps[name] = range;
      install = true;
    }
  }
  pkg.dependencies = deps;
  pkg.devDependencies = devDeps;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  done.push(existing ? `updated package.json${added.length ? ` (scripts: ${added.join(', ')})` : ''}` : 'created package.json');
  return install;
}

function writeIfMissing(root: string, name: string, text: string, done: string[]): void {
  const file = path.join(root, name);
  if (existsSync(file)) {
    done.push(`kept ${name} (already there)`);
    return;
  }
  writeFileSync(file, text);
  done.push(`created ${name}`);
}

function writeGitignore(root: string, done: string[]): void {
  const file = path.join(root, '.gitignore');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const present = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = IGNORED.filter((line) => !present.has(line) && !present.has(line.replace(/\/$/, '')));
  if (missing.length === 0) return;
  writeFileSync(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
  done.push(`${text ? 'updated' : 'created'} .gitignore (${missing.join(', ')})`);
}

function isFolder(p: string): boolean {
  return statSync(p).isDirectory();
}

function npmName(folder: string): string {
  return folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+/, '') || 'videos';
}
