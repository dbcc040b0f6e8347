/**
 * Shared helpers of the client and runner tests: an emulator per test (draft videos off), clients that
 * are closed after each test, and a clock the test controls.
 */
import { afterEach } from 'vitest';
import { createClient, type ClientOptions, type PictoryClient } from '../../src/client/client.js';
import { systemClock, type Clock } from '../../src/client/clock.js';
import { startEmulator } from '../../src/emulator/index.js';
import type { Emulator, EmulatorOptions } from '../../src/emulator/types.js';

export const KEY = 'pictai_test_key';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** An emulator closed after the test; jobs last 300 ms unless told otherwise. */
export async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator({ draftVideos: false, timing: { previewMs: 300, renderMs: 300 }, ...options });
  cleanups.push(() => emu.close());
  return emu;
}

/** A client of `emu` (API key mode unless credentials are given), closed after the test. */
export function client(emu: Emulator, options: ClientOptions = {}): PictoryClient {
  const hasCredentials = options.apiKey || options.clientId;
  const c = createClient({ baseUrl: emu.url, env: {}, ...(hasCredentials ? {} : { apiKey: KEY }), ...options });
  cleanups.push(() => c.close());
  return c;
}

/**
 * A clock the test controls: `now()` only moves with `advance()` (or with sleeps, when `sleepsAdvance`),
 * every sleep is recorded and returns at once (still abortable), and jitter is fixed at 0.5.
 */
export function controlledClock(start = Date.UTC(2026, 0, 1), options: { sleepsAdvance?: boolean } = {}): Clock & {
  sleeps: number[];
  advance(ms: number): void;
} {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => 0.5,
    advance(ms) {
      now += ms;
    },
    async sleep(ms, signal) {
      sleeps.push(ms);
      if (options.sleepsAdvance) now += ms;
      await systemClock.sleep(0, signal);
    },
  };
}

/** A simple valid storyboard body: one scene with a 4-second veo3.1 clip (80 credits). */
export const BODY = {
  videoName: 'client-test',
  scenes: [{ story: 'A calm sea at dawn.', background: { type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '4s' } } }],
};

/** Requests the emulator received for `path` (prefix), optionally only one method. */
export function requestsTo(emu: Emulator, path: string, method?: string) {
  return emu.requests.filter((r) => r.path.startsWith(path) && (method === undefined || r.method === method));
}
