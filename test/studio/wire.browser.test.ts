/**
 * The studio on a wire request (`pictory-jsx dev request.json`, here Pictory's first official example): the
 * elements are drawn from the shared layout in their bundled fonts, and the design lint's finding is marked
 * on the element it concerns.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, ROOT, type RunningStudio, scratchProject, startDev } from './harness.js';

const browserPath = chromiumPath();
if (!browserPath) console.warn('\n!!!!! test/studio: NO CHROMIUM FOUND; THE WIRE-REQUEST BROWSER TEST IS SKIPPED !!!!!\n');

describe.skipIf(!browserPath)('pictory-jsx dev on a wire request', () => {
  let studio: RunningStudio;
  let browser: Browser;
  let page: Page;
  const js = <T = unknown>(expression: string) => page.evaluate(expression) as Promise<T>;

  beforeAll(async () => {
    const dir = scratchProject({});
    copyFileSync(path.join(ROOT, 'test/fixtures/official/example-1.json'), path.join(dir, 'explainer.json'));
    studio = await startDev(dir, 'explainer.json');
    browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.goto(studio.url);
    await page.waitForFunction("document.querySelectorAll('.scene').length === 6", { timeout: 60_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
  });

  it('draws the texts line by line, as the shared layout wrapped them, in their bundled fonts', async () => {
    // Scene 6's pill label wraps to two lines ("SHARE THIS" / "VIDEO"): the page draws exactly those lines.
    const lines = await js<string[]>(`[...document.querySelectorAll('.scene[data-scene="5"] .element.text[data-element="2"] text:not(.marker)')].map((t) => t.textContent)`);
    expect(lines).toEqual(['SHARE THIS', 'VIDEO']);
    await js('document.fonts.ready');
    const loaded = await js<string[]>('[...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family)');
    expect(loaded.length).toBeGreaterThan(1);
  });

  it('marks the lint finding on the element it concerns and explains it beside the frame', async () => {
    expect(await js(`document.querySelectorAll('.scene[data-scene="5"] .element[data-element="2"] rect.finding').length`)).toBe(1);
    expect(await js(`document.querySelectorAll('.scene rect.finding').length`)).toBe(1);
    expect(await js(`document.querySelector('.scene[data-scene="5"] .findings li').dataset.code`)).toBe('label-wraps');
    expect(await js(`document.querySelector('.scene[data-scene="5"] .findings li').textContent`)).toContain('label "SHARE THIS VIDEO" is 310 px wide in a 239 px pill');
  });
});
