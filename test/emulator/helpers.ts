/**
 * Shared helpers of the emulator tests: start an emulator (draft videos off), call it over real loopback
 * HTTP with undici, wait for jobs with bounded polling, and the seeds' example bodies.
 */
import { request } from 'undici';
import { startEmulator } from '../../src/emulator/index.js';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';

export const KEY = 'pictai_test_key';

/** An emulator for one test, with draft videos off unless asked for. */
export function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ draftVideos: false, ...options });
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The parsed JSON body (undefined when not JSON); loosely typed for terse assertions. */
  json: any;
}

/** Call the emulator. `auth: null` sends no Authorization header; a string `body` is sent verbatim. */
export async function call(
  emu: Emulator,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; auth?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const auth = options.auth === undefined ? KEY : options.auth;
  const headers: Record<string, string> = { ...options.headers };
  if (auth !== null) headers.authorization = auth;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const url = path.startsWith('http') ? path : `${emu.url}${path}`;
  const res = await request(url, { method, headers, body });
  const text = await res.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: res.headers, text, json };
}

/** Create a job; returns its id (fails the test when the emulator refuses). */
export async function submit(emu: Emulator, path: string, body: unknown): Promise<string> {
  const answer = await call(emu, 'POST', path, { body });
  if (answer.status !== 200) throw new Error(`submit answered ${answer.status}: ${answer.text}`);
  return answer.json.data.jobId as string;
}

/** Options for tests that only care about outcomes: jobs finish almost at once. */
export const FAST: EmulatorOptions = { timing: { previewMs: 20, renderMs: 20 } };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `GET /v1/jobs/{id}` until the job is no longer in progress (at most `timeoutMs`). */
export async function waitForJob(emu: Emulator, jobId: string, timeoutMs = 5_000): Promise<Answer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await call(emu, 'GET', `/v1/jobs/${jobId}`);
    if (answer.json?.data?.status !== 'in-progress') return answer;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still in progress after ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Wait until `check()` is true (at most `timeoutMs`). */
export async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

/** Seed 000's "Complete Example": pixverse5.5 8s (12.8) + veo3.1_fast 6s (60) = 72.8 credits. */
export const SEED_000_COMPLETE = {
  videoName: 'ai_background_video_clips_demo',
  aspectRatio: '16:9',
  scenes: [
    {
      story: 'The future of technology is unfolding before our eyes.',
      createSceneOnEndOfSentence: false,
      background: {
        type: 'video',
        aiVisual: {
          prompt: 'Futuristic cityscape at night with flying vehicles and neon holographic signs',
          model: 'pixverse5.5',
          videoDuration: '8s',
        },
      },
    },
    {
      story: 'Innovation drives progress in every industry around the world.',
      createSceneOnEndOfSentence: false,
      background: {
        type: 'video',
        aiVisual: {
          prompt: 'Aerial view of a modern smart factory with robotic arms and glowing assembly lines',
          model: 'veo3.1_fast',
          videoDuration: '6s',
        },
      },
    },
  ],
};

/** Seed 001's Example 1: one eight-sentence story split per sentence, pixverse5.5 default 5s ⇒ 8 × 8 = 64. */
export const SEED_001_EXAMPLE_1 = {
  videoName: 'ai-video-auto-prompt',
  language: 'en',
  backgroundMusic: { enabled: true, autoMusic: true, volume: 0.5 },
  voiceOver: { enabled: true, aiVoices: [{ speaker: 'Jackson', speed: 100, amplificationLevel: 0 }] },
  scenes: [
    {
      story:
        'Every day, millions of content creators, educators, and marketers face the same challenge. They need professional-quality videos but do not have a production team. Hours are spent searching stock libraries for footage that almost fits. Days are lost waiting for design assets. AI-powered video creation changes everything. With a simple text prompt, you can generate custom visuals tailored to your exact narrative. No more settling for generic stock footage. Whether you are building an online course, launching a campaign, or growing your social media presence, AI visuals give you the power to create stunning content in minutes.',
      createSceneOnNewLine: true,
      createSceneOnEndOfSentence: true,
      background: { type: 'video', aiVisual: { model: 'pixverse5.5' } },
    },
  ],
};

/** Seed 002's "Complete Example": seedream3.0 (2) + nanobanana (4) = 6 credits. */
export const SEED_002_COMPLETE = {
  videoName: 'ai_background_images_demo',
  scenes: [
    {
      story: 'AI is transforming how we create visual content for marketing and education.',
      createSceneOnEndOfSentence: false,
      background: {
        type: 'image',
        aiVisual: {
          prompt: 'Modern creative studio with holographic displays showing marketing dashboards',
          model: 'seedream3.0',
          mediaStyle: 'futuristic',
        },
      },
    },
    {
      story: 'With the right tools, anyone can produce professional-quality videos in minutes.',
      createSceneOnEndOfSentence: false,
      background: {
        type: 'image',
        aiVisual: {
          prompt: 'Professional video editing workspace with multiple monitors and warm lighting',
          model: 'nanobanana',
          mediaStyle: 'photorealistic',
        },
      },
    },
  ],
};

/** A minimal valid body without AI visuals. */
export const PLAIN = {
  videoName: 'plain',
  scenes: [{ story: 'Hello world from the emulator.', background: { color: '#112233' } }],
};
