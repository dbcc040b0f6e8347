// Second build step (after `tsc`): bundles the JavaScript in dist/ so that each entry point loads a handful
// of files instead of ~100 modules plus zod's ~80. Start-up is dominated by module loading (every file is a
// resolve, a read and a compile, and once tsx is registered a round trip to its hooks thread), so this is
// what brings `pictory-jsx compile` close to bare tsx.
//
// - Entry points keep their paths (dist/src/index.js, dist/src/cli/main.js, …), so package.json's `exports`
//   and every `.d.ts` beside them stay as tsc wrote them; shared code goes to dist/chunks/ (code splitting),
//   so the CLI and a user's `import 'pictory-jsx'` share one instance of every module.
// - react stays external (it must be the user's single copy), and so do tsx (the loader itself), undici (large,
//   loaded on the first request) and the optional ffmpeg package. commander, react-reconciler and its scheduler
//   are bundled: importing CommonJS from ESM costs a scan of its source for export names, and react-reconciler is
//   large. Bundled CommonJS reaches `react` and Node's built-ins through a real `require` (the banner).
// - zod is bundled without its ~40 error-message locales (half its code): nothing here selects a locale, and
//   English stays built in.
// - tsc's source maps are followed, so stack traces still point into src/*.ts.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = path.join(root, 'dist');
const staging = path.join(root, '.bundle');
const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(path.join(root, 'package.json'), 'utf8')));

const entryPoints = [
  ...Object.values(pkg.exports)
    .map((target) => (typeof target === 'string' ? target : target.default))
    .filter((target) => target.endsWith('.js')),
  './dist/src/cli/main.js',
  // The studio's compile worker runs in its own process: it needs its own entry file.
  './dist/src/studio/compile-worker.js',
].map((file) => path.join(root, file));

/** zod's `locales` namespace (every language's error messages) becomes empty; `en` is imported on its own. */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

rmSync(staging, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints,
  outbase: dist,
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['react', 'react/*', 'tsx', 'tsx/*', 'undici', '@ffmpeg-installer/ffmpeg'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  plugins: [noZodLocales],
  logLevel: 'warning',
});

// Replace tsc's JavaScript (keeping its declarations) by the bundle.
for (const file of walk(dist)) if (/\.js(\.map)?$/.test(file)) rmSync(file);
for (const file of walk(staging)) {
  const target = path.join(dist, path.relative(staging, file));
  mkdirSync(path.dirname(target), { recursive: true });
  renameSync(file, target);
}
rmSync(staging, { recursive: true, force: true });

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
