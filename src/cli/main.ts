/**
 * The `pictory-jsx` command. Exit codes: 0 success, 1 invalid input (diagnostics on stderr, nothing
 * sent), 2 a job that failed or timed out.
 */
import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { compileCommand } from './commands/compile.js';
import { estimateCommand } from './commands/estimate.js';
import { UserInputError } from './errors.js';

// A `.env` in the current folder supplies PICTORY_* settings; variables already set win.
if (existsSync('.env')) process.loadEnvFile('.env');

const program = new Command('pictory-jsx')
  .description('Write Pictory videos as .tsx: compile, price and render them.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('compile <file>')
  .description("print the Pictory request JSON of the file's video(s)")
  .action(async (file: string) => finish(await compileCommand(file)));

program
  .command('estimate <file>')
  .description('price the AI visuals in credits, per scene and in total')
  .option('--json', 'machine-readable output')
  .action(async (file: string, options: { json?: boolean }) => finish(await estimateCommand(file, options)));

program
  .command('render <file>')
  .description('submit the video(s) and wait for the result (the local emulator when no credentials are set)')
  .option('--preview', 'make a storyboard preview instead of a final render')
  .option('--max-credits <n>', 'refuse to submit when the estimate exceeds this', number)
  .option('--out <file>', 'download the video to this file (with several videos: a folder)')
  .option('--timeout <duration>', 'give up waiting after this long, e.g. 90s, 20m (default 30m)')
  .option('--concurrency <n>', 'videos rendered at once when the file yields several (default 2)', number)
  .option('--force', 'submit anew even if the journal holds a job for the same request')
  .option('--queue <redis-url>', 'queue the videos on Redis for `pictory-jsx worker`s (no Pictory credentials needed here)')
  .option('--detach', 'with --queue: enqueue, print the batch id and exit')
  .action(async (file: string, options: Record<string, unknown>) => {
    const { renderCommand } = await import('./commands/render.js');
    finish(await renderCommand(file, options));
  });

program
  .command('worker')
  .description('render queued videos from Redis (run as many as you like, on as many machines)')
  .requiredOption('--queue <redis-url>', 'Redis URL of the queue, e.g. redis://127.0.0.1:6379')
  .option('--concurrency <n>', 'videos in flight at once in this worker (default 10)', number)
  .option('--max-credits-per-day <n>', 'shared limit of AI credits per UTC day across all workers', number)
  .option('--rate <n>', 'requests per second to Pictory across all workers (default 10)', number)
  .option('--webhook-url <url>', "Pictory POSTs finished jobs here; polling becomes the fallback")
  .option('--webhook-port <n>', 'run the webhook receiver on this port in this worker', number)
  .option('--lock-duration <duration>', "how soon a crashed worker's videos are picked up by another (default 30s)")
  .option('--timeout <duration>', 'longest wait per video (default 30m)')
  .action(async (options: Record<string, unknown>) => {
    const { workerCommand } = await import('./commands/worker.js');
    finish(await workerCommand(options));
  });

program
  .command('status <batch-id>')
  .description('progress and results of a queued batch')
  .requiredOption('--queue <redis-url>', 'Redis URL of the queue')
  .option('--json', 'machine-readable output')
  .action(async (batchId: string, options: { queue: string; json?: boolean }) => {
    const { statusCommand } = await import('./commands/status.js');
    finish(await statusCommand(batchId, options));
  });

program
  .command('emulator')
  .description('run the local Pictory-compatible API (no account, no credits)')
  .option('--port <n>', 'port to listen on', number)
  .option('--ai-credits <n>', 'AI-credit balance of the emulated account', number)
  .action(async (options: { port?: number; aiCredits?: number }) => {
    const { emulatorCommand } = await import('./commands/emulator.js');
    await emulatorCommand(options);
  });

function number(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a non-negative number');
  return n;
}

function finish(code: number): void {
  process.exitCode = code;
}

try {
  await program.parseAsync();
} catch (error) {
  const { code, exitCode } = error as { code?: string; exitCode?: number };
  if (typeof code === 'string' && code.startsWith('commander.')) {
    // commander printed its own message (help, version, a usage error).
    process.exitCode = code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : (exitCode ?? 1) === 0 ? 0 : 1;
  } else if (error instanceof UserInputError) {
    process.stderr.write(`pictory-jsx: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`pictory-jsx: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  }
}
