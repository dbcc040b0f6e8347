/**
 * AI media elements: the compiler's estimate equals the `aiCreditsUsed` the emulator charges for the
 * compiled request, sent over HTTP (two independent readings of Pictory's pricing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AIVideoBackground, Clip, ColorBackground, compile, Image, Scene, Shape, Text, Video } from 'pictory-jsx';
import type { Emulator } from '../../src/emulator/index.js';
import { FAST, start, submit, waitForJob } from './helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await start({ ...FAST, aiCredits: 1_000_000 });
});
afterAll(() => emu.close());

const videos = {
  'AI images and clips beside free elements': (
    <Video name="elements-mixed">
      <Scene story="One.">
        <ColorBackground color="#0f172a" />
        <Text variant="heading">Free text</Text>
        <Shape name="rectangle" fill="#22d3ee" top="10%" left="8%" width="6%" />
        <Image model="seedream3.0" prompt="a lamp" mediaStyle="futuristic" top="58%" left="70%" width="24%" />
        <Image model="nanobanana" referenceImageUrl="https://cdn.example.com/lamp.png" position="top-right" />
        <Image query="desk" position="bottom-left" />
      </Scene>
      <Scene story="Two.">
        <AIVideoBackground model="pixverse5.5" duration="8s" />
        <Clip model="pixverse5.5" duration="5s" prompt="particles" loop mute top="60%" left="64%" width="30%" />
        <Clip model="veo3.1_fast" />
        <Clip src="https://cdn.example.com/own.mp4" position="center" />
      </Scene>
    </Video>
  ),
  'the priciest of each kind': (
    <Video name="elements-priciest">
      <Scene story="One.">
        <ColorBackground color="#000000" />
        <Image model="nanobanana-pro" prompt="a poster" />
        <Clip model="veo3.1" duration="8s" firstFrameImageUrl="https://cdn.example.com/first.png" />
      </Scene>
    </Video>
  ),
  'an AI element in a scene split by sentence': (
    <Video name="elements-split">
      <Scene story="One. Two. Three." splitSentences>
        <ColorBackground color="#000000" />
        <Image model="seedream3.0" prompt="a lamp" />
      </Scene>
    </Video>
  ),
};

describe("AI elements: the compiler's estimate equals the emulator's charge", () => {
  it.each(Object.entries(videos))('%s', async (_, tree) => {
    const result = compile(tree);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.credits.total).toBeGreaterThan(0);
    const jobId = await submit(emu, '/v2/video/storyboard/render', result.request);
    const job = (await waitForJob(emu, jobId)).json;
    expect(job.data.status, JSON.stringify(job)).toBe('completed');
    expect(job.data.aiCreditsUsed).toBe(result.credits.total);
  });
});
