/**
 * The `pictory-jsx` command. Exit codes: 0 success, 1 invalid input (diagnostics on stderr, nothing
 * sent), 2 a job that failed or timed out.
 */
import { Command, InvalidArgumentError } from 'commander';
import { compileCommand } from './commands/compile.js';
import { estimateCommand } from './commands/estimate.js';
import { loadEnvFile } from './env-file.js';
import { UserInputError } from './errors.js';

// A `.env` in the current folder supplies PICTORY_* settings; variables already set win.
const envProblem = loadEnvFile('.env');
if (envProblem) {
  process.stderr.write(`pictory-jsx: ${envProblem}\n`);
  process.exit(1);
}

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
  .option('--out <path>', 'download the video to this file or folder (with several videos: a folder)')
  .option('--timeout <duration>', 'give up waiting after this long, e.g. 90s, 20m (default 30m)')
  .option('--concurrency <n>', 'videos rendered at once when the file yields several (default 2)', number)
  .option('--force [videoName...]', 'submit anew (a new charge) even if the journal holds a job: every video, or only those named (put it after the file)')
  .action(async (file: string, options: Record<string, unknown>) => {
    const { renderCommand } = await import('./commands/render.js');
    finish(await renderCommand(file, options));
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
