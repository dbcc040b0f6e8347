#!/usr/bin/env node
/**
 * Brings the TrueType files of Pictory's Google-Fonts catalog families into `assets/fonts/google/`, from the
 * `@expo-google-fonts/<family>` npm packages (static .ttf instances, OFL/UFL licensed), and writes
 * `assets/fonts/google/manifest.json`. Run by hand when the catalog grows: `node scripts/vendor-fonts.mjs`.
 * Nothing downloads fonts at run time; the files are committed and shipped in the package (`files: assets`).
 *
 * Per family only the weights the catalog can ask for are kept: the weight each catalog name stands for
 * ("Poppins Extrabold" → 800) and Bold (700) for `decorations: ["bold"]`. Italics are not kept (the layout measures
 * italics with the upright advances). Families in SKIP are left to the calibrated constants (CJK: one weight
 * alone is 4–9 MB).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'assets', 'fonts', 'google');
const SKIP = new Set(['Noto Sans JP', 'Noto Serif JP']);

// The catalog (src/catalog/fonts.ts) is TypeScript; read the families and weights from its text.
const catalog = readFileSync(join(root, 'src', 'catalog', 'fonts.ts'), 'utf8');
const wanted = new Map();
for (const m of catalog.matchAll(/family: '([^']+)', weight: (\d+), googleFont: true, license: '([^']+)'/g)) {
  const [, family, weight, license] = m;
  if (SKIP.has(family)) continue;
  const entry = wanted.get(family) ?? { license, weights: new Set([700]) };
  entry.weights.add(Number(weight));
  wanted.set(family, entry);
}

const slug = (family) => family.toLowerCase().replace(/\s+/g, '-');
const compact = (family) => family.replace(/\s+/g, '');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'vendor-fonts-'));
const manifest = {};
const missing = [];
try {
  for (const [family, { license, weights }] of wanted) {
    const pkg = `@expo-google-fonts/${slug(family)}`;
    let tgz;
    try {
      tgz = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
    } catch {
      missing.push(family);
      continue;
    }
    const dir = join(work, slug(family));
    mkdirSync(dir);
    execFileSync('tar', ['xzf', join(work, tgz), '-C', dir]);
    const version = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8')).version;
    const files = listTtf(join(dir, 'package'));
    // Static instances are named <Family>_<weight><Name>.ttf, e.g. DMSans_700Bold.ttf.
    const byWeight = new Map();
    for (const file of files) {
      const m = /_(\d00)[A-Za-z]+\.ttf$/.exec(file);
      if (m && !/Italic/.test(file)) byWeight.set(Number(m[1]), file);
    }
    const kept = {};
    for (const weight of [...weights].sort()) {
      const file = byWeight.get(weight);
      if (!file) continue;
      const name = `${compact(family)}-${weight}.ttf`;
      copyFileSync(file, join(out, name));
      kept[weight] = name;
    }
    if (Object.keys(kept).length === 0) {
      missing.push(family);
      continue;
    }
    const licenseFile = ['LICENSE_FONT', 'OFL.txt', 'LICENSE'].map((f) => join(dir, 'package', f)).find(exists);
    const licenseName = `LICENSE-${compact(family)}.txt`;
    if (licenseFile) copyFileSync(licenseFile, join(out, licenseName));
    manifest[family] = { package: `${pkg}@${version}`, license, licenseFile: licenseName, weights: kept };
    process.stdout.write(`${family}: ${Object.keys(kept).join(', ')}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const bytes = readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
process.stdout.write(`${Object.keys(manifest).length} families, ${(bytes / 1e6).toFixed(1)} MB; not found: ${missing.join(', ') || 'none'}\n`);

function listTtf(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.ttf'));
}

function exists(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
