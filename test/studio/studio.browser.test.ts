/**
 * `pictory-jsx dev` in a real headless Chromium: the page shows the scenes and the credit total, follows
 * edits of the file and of a module it imports without reloading, shows a compile error with file:line and
 * recovers, and plays a free draft. Skips (loudly) only when no Chromium is installed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { chromiumPath, type RunningStudio, scratchProject, startDev } from './harness.js';

const BRAND = `export const NAME = 'launch-teaser';\nexport const ACCENT = '#0F172A';\n`;
const VIDEO = `import { Video, Scene, AIVideoBackground, AIImageBackground, ColorBackground, VoiceOver } from 'pictory-jsx';
import { NAME, ACCENT } from './brand.js';

export default (
  <Video name={NAME} aspectRatio="16:9">
    <VoiceOver speaker="Jackson" />
    <Scene>
      Meet the studio, where you see every scene as you type.
      <AIVideoBackground model="veo3.1" duration="6s" prompt="A glowing code editor, slow camera glide" />
    </Scene>
    <Scene>
      Every credit is counted before anything renders.
      <AIImageBackground model="flux-schnell" prompt="A tidy desk with storyboard sketches" />
    </Scene>
    <Scene>
      Then share it.
      <ColorBackground color={ACCENT} />
    </Scene>
  </Video>
);
`;
const SECRET = 'pictai_studio_test_secret_0123456789';

const browserPath = chromiumPath();
if (!browserPath) {
  console.warn('\n!!!!! test/studio: NO CHROMIUM FOUND (install it: apt-get install chromium, or set CHROMIUM_PATH); THE BROWSER TESTS ARE SKIPPED !!!!!\n');
}

describe.skipIf(!browserPath)('pictory-jsx dev in a real browser', () => {
  let dir: string;
  let studio: RunningStudio;
  let browser: Browser;
  let page: Page;
  const js = <T = unknown>(expression: string) => page.evaluate(expression) as Promise<T>;
  const until = (expression: string, timeout = 60_000) => page.waitForFunction(expression, { timeout, polling: 'raf' });
  const edit = (name: string, from: string, to: string) => {
    const target = path.join(dir, name);
    const text = readFileSync(target, 'utf8');
    expect(text).toContain(from);
    writeFileSync(target, text.replace(from, to));
  };

  beforeAll(async () => {
    dir = scratchProject({ 'brand.ts': BRAND, 'video.tsx': VIDEO });
    studio = await startDev(dir, 'video.tsx', { PICTORY_API_KEY: SECRET });
    browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'] });
    page = await browser.newPage();
    await page.goto(studio.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    const code = await studio?.stop();
    expect(code).toBe(0);
  });

  it('shows the video, its three scenes, their credits and the total', async () => {
    await until("document.querySelectorAll('.scene').length === 3");
    expect(await js("document.querySelector('#video-name').textContent")).toBe('launch-teaser');
    const estimate = JSON.parse((await runCli(['estimate', 'video.tsx', '--json'], { cwd: dir })).stdout) as { total: number };
    expect(estimate.total).toBeGreaterThan(0);
    expect(await js("document.querySelector('#total').textContent")).toContain(`Total: ${estimate.total} credits`);
    const sceneCredits = await js<number[]>("[...document.querySelectorAll('.scene-credits')].map((e) => Number(e.textContent))");
    expect(sceneCredits.reduce((a, b) => a + b, 0)).toBeCloseTo(estimate.total, 5);
    expect(sceneCredits[2]).toBe(0);
    // The AI background is a labelled placeholder with its model, duration and prompt; the colour is drawn.
    expect(await js(`document.querySelector('.scene[data-scene="0"] .placeholder').textContent`)).toMatch(/veo3\.1 · 6s.*glowing code editor/);
    expect(await js(`document.querySelector('.scene[data-scene="2"] svg rect').getAttribute('fill')`)).toBe('#0F172A');
    // The subtitle is set in the style's bundled font (Plus Jakarta Sans by default), loaded by the page.
    const family = await js<string>("getComputedStyle(document.querySelector('.sub')).fontFamily.split(',')[0].replace(/\"/g, '')");
    expect(family).toMatch(/^studio-fonts/);
    await js('document.fonts.ready');
    expect(await js(`document.fonts.check('20px "${family}"')`)).toBe(true);
  });

  it('follows an edit of the file without reloading the page', async () => {
    await js("window.marker = 'same page'");
    const started = Date.now();
    edit('video.tsx', 'Then share it.', 'Then share it with everyone.');
    await until(`document.querySelector('.scene[data-scene="2"] .story')?.textContent.includes('with everyone')`);
    console.log(`studio: save → page updated in ${Date.now() - started} ms (3-scene file)`);
    expect(await js('window.marker')).toBe('same page');
  });

  it('follows an edit of a module the file imports (the brand kit)', async () => {
    edit('brand.ts', "'#0F172A'", "'#7C3AED'");
    await until(`document.querySelector('.scene[data-scene="2"] svg rect')?.getAttribute('fill') === '#7C3AED'`);
    expect(await js('window.marker')).toBe('same page');
  });

  it('shows a compile error with file:line:col, the component path and the source; the server survives', async () => {
    edit('video.tsx', 'duration="6s"', 'duration="5s"');
    await until("document.querySelector('.diagnostics .where')?.textContent.startsWith('video.tsx:')");
    const line = VIDEO.split('\n').findIndex((l) => l.includes('<AIVideoBackground')) + 1;
    expect(await js("document.querySelector('.diagnostics .where').textContent")).toMatch(new RegExp(`^video\\.tsx:${line}:\\d+$`));
    expect(await js("document.querySelector('.diagnostics .path').textContent")).toBe('Video > Scene[1] > AIVideoBackground');
    expect(await js("document.querySelector('.diagnostics').textContent")).toMatch(/does not offer duration "5s"/);
    expect(await js("document.querySelector('.diagnostics pre').textContent")).toContain('duration="5s"');
    expect(await js("document.querySelectorAll('.scene').length")).toBe(0);
    expect((await fetch(new URL('/api/state', studio.url))).status).toBe(200);
  });

  it('shows a syntax error with file:line too, then recovers on the next good save', async () => {
    edit('video.tsx', '<Scene>\n      Then share', '<Scene\n      Then share');
    await until("/syntax error|Expected/.test(document.querySelector('#view').textContent)");
    expect(await js("document.querySelector('.diagnostics .where').textContent")).toMatch(/^video\.tsx:\d+:\d+$/);
    edit('video.tsx', '<Scene\n      Then share', '<Scene>\n      Then share');
    edit('video.tsx', 'duration="5s"', 'duration="6s"');
    await until("document.querySelectorAll('.scene').length === 3");
    expect(await js("document.querySelector('.diagnostics')")).toBeNull();
    expect(await js('window.marker')).toBe('same page');
  });

  it('renders a free draft through the embedded emulator and plays it; the same video plays again at once', async () => {
    await page.click('#draft-button');
    await until("(document.querySelector('#draft-video')?.readyState ?? 0) >= 2", 180_000);
    const hash = await js("document.querySelector('.video').getAttribute('data-hash')");
    // Cached by request hash: after a reload the draft is ready without rendering again.
    await page.reload();
    await until("(document.querySelector('#draft-video')?.readyState ?? 0) >= 2");
    expect(await js("document.querySelector('.video').getAttribute('data-hash')")).toBe(hash);
  }, 240_000);

  it('never shows a secret, never serves a file outside the project, and answers only on loopback names', async () => {
    for (const route of ['/', '/studio.js', '/api/state', '/api/video/0']) {
      expect(await (await fetch(new URL(route, studio.url))).text()).not.toContain(SECRET);
    }
    expect(await page.content()).not.toContain(SECRET);
    for (const route of ['/media/..%2F..%2F..%2Fetc%2Fpasswd', '/media/../../etc/passwd', '/fonts/0000000000000000000a.ttf', '/drafts/0123456789abcdef.mp4']) {
      expect((await fetch(new URL(route, studio.url))).status).toBe(404);
    }
    const rebinding = await new Promise<number>((resolve, reject) => {
      const url = new URL('/api/state', studio.url);
      import('node:http').then(({ request }) => {
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
        req.on('error', reject);
        req.end();
      });
    });
    expect(rebinding).toBe(403);
    expect(new URL(studio.url).hostname).toBe('127.0.0.1');
  });
});
