/**
 * Where renders go: Pictory when credentials are configured; otherwise, when the caller asks for it (the
 * CLI does), the embedded emulator, so that a new user's first render works and nothing is ever spent by
 * accident. Library callers without credentials get an AuthenticationError instead.
 */
import { credentialsFromEnv } from '../client/auth.js';
import { createClient, type PictoryClient } from '../client/client.js';
import type { Clock } from '../client/clock.js';
import { AuthenticationError } from '../client/errors.js';
import type { PollSchedule } from './poll.js';
import { publicUrl } from '../client/redact.js';

/** A client and what must be closed with it. */
export interface Connection {
  client: PictoryClient;
  /** Set when the embedded emulator was started: its base URL. */
  emulatorUrl?: string;
  /** The poll schedule that suits this server, when it is not Pictory's default (the embedded emulator: dense). */
  poll?: Partial<PollSchedule>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Where to read `PICTORY_*` (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Receives the client's retry lines. */
  log?: (line: string) => void;
  clock?: Clock;
  /** Without credentials, start the embedded emulator (default false: AuthenticationError). */
  emulator?: boolean;
}

/** The API key the client presents to the embedded emulator (which accepts any `pictai_` key). */
const EMULATOR_KEY = 'pictai_local_emulator';

/**
 * The embedded emulator makes the user wait for nothing: a job ends as soon as its draft video is made
 * (a preview at once), and a render fails with the reason when no draft video can be made (no ffmpeg),
 * so no file is ever saved that is not the video it claims to be.
 */
const EMBEDDED_EMULATOR = { timing: { previewMs: 0, renderMs: 0 }, draftVideos: 'required' } as const;

/** Polling the embedded emulator costs a loopback request: poll densely, so a draft is noticed within ~0.3 s. */
const EMBEDDED_POLL: Partial<PollSchedule> = { initialMs: 100, factor: 1.25, minMs: 50, blindMaxMs: 300, maxMs: 300, settleMs: 50 };

/**
 * Connects to Pictory with the environment's credentials, or, when there are none, starts the embedded
 * emulator on a free loopback port. `PICTORY_API_URL` without credentials is an error rather than a
 * silent switch to the emulator, since the user asked for a specific server.
 */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const env = options.env ?? process.env;
  if (credentialsFromEnv(env)) {
    const client = createClient({ env, log: options.log, clock: options.clock });
    return { client, close: () => client.close() };
  }
  if (!options.emulator) {
    throw new AuthenticationError(
      'No Pictory credentials: set PICTORY_API_KEY, or PICTORY_CLIENT_ID and PICTORY_CLIENT_SECRET ' +
        '(or pass `emulator: true` to render drafts on the local emulator).',
    );
  }
  if (env.PICTORY_API_URL) {
    throw new AuthenticationError(
      `PICTORY_API_URL is set (${publicUrl(env.PICTORY_API_URL)}) but no credentials are: set PICTORY_API_KEY ` +
        '(any pictai_… value works for a local emulator), or PICTORY_CLIENT_ID and PICTORY_CLIENT_SECRET.',
    );
  }
  const { startEmulator } = await import('../emulator/index.js');
  const emulator = await startEmulator(EMBEDDED_EMULATOR);
  const client = createClient({ apiKey: EMULATOR_KEY, baseUrl: emulator.url, log: options.log, clock: options.clock });
  return {
    client,
    emulatorUrl: emulator.url,
    poll: EMBEDDED_POLL,
    close: async () => {
      await client.close();
      await emulator.close();
    },
  };
}
