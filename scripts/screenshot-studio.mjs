// Screenshots the studio page of an example into docs/studio.png (a real headless Chromium, the system's).
// Usage: node scripts/screenshot-studio.mjs [file.tsx] [out.png]   (run `npm run build` first)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const file = path.resolve(process.argv[2] ?? path.join(root, 'examples/seeds/000-complete.tsx'));
const out = path.resolve(process.argv[3] ?? path.join(root, 'docs/studio.png'));
const browserPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!browserPath) {
  console.error('screenshot-studio: no Chromium found; install it (apt-get install chromium) or set CHROMIUM_PATH');
  process.exit(1);
}
// The studio as a user starts it: `pictory-jsx dev <file> --port 0`, its URL read from its first line.
const cli = spawn(process.execPath, [path.join(root, 'bin/pictory-jsx.js'), 'dev', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let text = '';
  cli.stdout.on('data', (chunk) => {
    text += chunk;
    const found = /https?:\/\/\S+/.exec(text);
    if (found) resolve(found[0]);
  });
  cli.once('exit', (code) => reject(new Error(`pictory-jsx dev exited (${code}) before printing its URL`)));
});
const studio = { url, close: () => new Promise((resolve) => { cli.once('exit', resolve); cli.kill('SIGINT'); }) };
const browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: Number(process.env.HEIGHT ?? 900), deviceScaleFactor: 1 });
  await page.goto(studio.url);
  await page.waitForSelector('.scene');
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
  // SCENE=n: scroll so that scene n is at the top of the picture.
  if (process.env.SCENE) await page.evaluate((n) => document.querySelector(`.scene[data-scene="${n}"]`)?.scrollIntoView(), Number(process.env.SCENE));
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  console.log(`wrote ${path.relative(process.cwd(), out)} from ${path.relative(process.cwd(), file)}`);
} finally {
  await browser.close();
  await studio.close();
}
