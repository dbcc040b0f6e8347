/**
 * AI media elements cost credits exactly as AI backgrounds do (per image, rate × seconds of clip); the
 * estimate lists each one by its component path, and the budget gate refuses before any request.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as pictory from 'pictory-jsx';
import { AIImageBackground, Clip, Image, Scene, Text, Video } from 'pictory-jsx';
import { BudgetExceededError } from '../../src/client/errors.js';
import { render } from '../../src/runner/render.js';
import { client, emulator } from '../client/helpers.js';
import { expectOk } from './expect-ok.js';

const compile = (node: ReactNode) => expectOk(pictory.compile(node));

/** 0.6 (background) + 2 (seedream image) + 8 (pixverse 5 s) + 40 (veo3.1_fast 4 s) = 50.6 credits. */
const designed = (
  <Video name="elements-priced">
    <Scene story="One.">
      <AIImageBackground model="flux-schnell" />
      <Text variant="heading">Free</Text>
      <Image model="seedream3.0" prompt="a lamp" top="58%" left="70%" width="24%" />
      <Image src="https://cdn.example.com/own.png" position="top-left" />
    </Scene>
    <Scene story="Two.">
      <Clip query="ocean" position="center" />
      <Clip model="pixverse5.5" prompt="particles" />
      <Clip model="veo3.1_fast" duration="4s" />
    </Scene>
  </Video>
);

describe('credits of AI media elements', () => {
  it('bills each AI image and clip, naming the element; stock and own media are free', () => {
    const { credits } = compile(designed);
    expect(credits.items.map(({ path, model, kind, units, unitCost, credits: c }) => ({ path, model, kind, units, unitCost, credits: c }))).toEqual([
      { path: 'Video > Scene[1] > AIImageBackground', model: 'flux-schnell', kind: 'image', units: 1, unitCost: 0.6, credits: 0.6 },
      { path: 'Video > Scene[1] > Image[2]', model: 'seedream3.0', kind: 'image', units: 1, unitCost: 2, credits: 2 },
      { path: 'Video > Scene[2] > Clip[2]', model: 'pixverse5.5', kind: 'video', units: 5, unitCost: 1.6, credits: 8 },
      { path: 'Video > Scene[2] > Clip[3]', model: 'veo3.1_fast', kind: 'video', units: 4, unitCost: 10, credits: 40 },
    ]);
    expect(credits.items.map((i) => i.scene)).toEqual([1, 1, 2, 2]);
    expect(credits.total).toBe(50.6);
    expect(credits.exact).toBe(true);
  });

  it('prices a clip of an undefined duration at the model’s shortest', () => {
    const { credits } = compile(
      <Video name="v">
        <Scene story="a">
          <Clip model="veo3.1" />
        </Scene>
      </Video>,
    );
    expect(credits.items[0]).toMatchObject({ path: 'Video > Scene[1] > Clip[1]', seconds: 4, credits: 80 });
  });
});

describe('the budget gate sees AI elements', () => {
  let dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    dirs = [];
  });

  it('refuses a video whose elements take it over the limit: zero requests, nothing written', async () => {
    const emu = await emulator();
    const cwd = await mkdtemp(join(tmpdir(), 'pictory-elements-'));
    dirs.push(cwd);
    // The background alone (0.6) is under the limit; the elements make it 50.6.
    const error = await render(designed, { client: client(emu), cwd, maxCredits: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ estimatedCredits: 50.6, maxCredits: 50 });
    expect(emu.requests).toHaveLength(0);
    expect(await readdir(cwd)).toEqual([]);
  });
});
