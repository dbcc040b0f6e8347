/**
 * `pictory-jsx emulator [--port N] [--ai-credits N]`: run the local Pictory-compatible API in the
 * foreground with realistic job timings, print how to point the client at it, log one line per event on
 * stderr, and shut down cleanly on SIGINT / SIGTERM (the returned promise then resolves).
 */
import { startEmulator } from '../../emulator/index.js';

/** The port used when `--port` is not given: a fixed one, so the printed URL stays valid between runs. */
export const DEFAULT_EMULATOR_PORT = 4010;

/** Job timings that feel like Pictory's (much shorter than a real render, long enough to watch progress). */
const REALISTIC_TIMING = { previewMs: 2_000, renderMs: 5_000 };

export interface EmulatorCommandOptions {
  port?: number;
  aiCredits?: number;
  /** How long a preview job stays in progress, in ms (default 2 000). */
  previewMs?: number;
  /** How long a render job stays in progress at least, in ms (default 5 000; it also waits for its draft). */
  renderMs?: number;
}

export async function emulatorCommand(opts: EmulatorCommandOptions): Promise<void> {
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const emulator = await startEmulator({
    port: opts.port ?? DEFAULT_EMULATOR_PORT,
    aiCredits: opts.aiCredits,
    timing: { previewMs: opts.previewMs ?? REALISTIC_TIMING.previewMs, renderMs: opts.renderMs ?? REALISTIC_TIMING.renderMs },
    log,
  });
  process.stdout.write(
    [
      `Pictory API emulator listening on ${emulator.url}`,
      `AI-credit balance: ${emulator.aiCredits}. Any API key starting with pictai_ is accepted.`,
      'Point the client at it:',
      `  PICTORY_API_URL=${emulator.url} PICTORY_API_KEY=pictai_local pictory-jsx render <file.tsx>`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(received);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  log(`${signal} received, shutting down`);
  await emulator.close();
}
