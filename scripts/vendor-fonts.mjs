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
const unlicensed = [];
let oflTemplate;
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
    const licenseFile = ['LICENSE_FONT', 'OFL.txt'].map((f) => join(dir, 'package', f)).find(exists);
    const licenseName = `LICENSE-${compact(family)}.txt`;
    if (licenseFile) {
      copyFileSync(licenseFile, join(out, licenseName));
      if (license === 'OFL-1.1') oflTemplate ??= readFileSync(licenseFile, 'utf8').split('\n').slice(1).join('\n');
    } else {
      // Older packages ship no licence file: the font's own copyright notice (name table) + the OFL text.
      unlicensed.push({ family, licenseName, license, copyright: copyrightOf(readFileSync(join(out, Object.values(kept)[0]))) });
    }
    manifest[family] = { package: `${pkg}@${version}`, license, licenseFile: licenseName, weights: kept };
    process.stdout.write(`${family}: ${Object.keys(kept).join(', ')}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const { family, licenseName, license, copyright } of unlicensed) {
  if (license !== 'OFL-1.1' || !oflTemplate) throw new Error(`${family}: no licence file in the package`);
  writeFileSync(join(out, licenseName), `${copyright}\n${oflTemplate}`);
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

/** The copyright notice (name ID 0) of a TrueType file. */
function copyrightOf(data) {
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    if (data.toString('latin1', 12 + i * 16, 16 + i * 16) !== 'name') continue;
    const table = data.readUInt32BE(12 + i * 16 + 8);
    const records = data.readUInt16BE(table + 2);
    const strings = table + data.readUInt16BE(table + 4);
    for (let r = 0; r < records; r++) {
      const at = table + 6 + r * 12;
      const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => data.readUInt16BE(at + o));
      if (nameId !== 0) continue;
      const bytes = data.subarray(strings + offset, strings + offset + length);
      if (platform === 3 || platform === 0) return Buffer.from(bytes).swap16().toString('utf16le');
      return bytes.toString('latin1');
    }
  }
  throw new Error('font has no copyright notice');
}
