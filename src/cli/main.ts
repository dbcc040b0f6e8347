/**
 * The `pictory-jsx` command. Exit codes: 0 success, 1 invalid input (diagnostics on stderr, nothing
 * sent), 2 a job that failed or timed out.
 *
 * Start-up matters (every compile pays it): each command's module is imported only when that command
 * runs, so `--help` or `emulator` never load the compiler, and `compile` never loads the runner or client.
 */
import { Command, InvalidArgumentError } from 'commander';
import type { EstimateOptions } from './commands/estimate.js';
import type { SelectOptions } from './compile-file.js';
import { VERSION } from '../client/version.js';
import { loadEnvFile } from './env-file.js';
import { UserInputError } from './errors.js';
import { HELP_AFTER } from './help.js';

// A `.env` in the current folder supplies PICTORY_* settings; variables already set win.
const envProblem = loadEnvFile('.env');
if (envProblem) {
  process.stderr.write(`pictory-jsx: ${envProblem}\n`);
  process.exit(1);
}

const program = new Command('pictory-jsx')
  .description('Write Pictory videos as .tsx: compile, price and render them.')
  .version(VERSION, '-v, --version')
  .showHelpAfterError()
  .addHelpText('after', HELP_AFTER)
  .exitOverride();

selecting(
  program
    .command('compile <files...>')
    .description("print the Pictory request JSON of the files' video(s); files may be globs")
    .option('--json', 'on errors, print the diagnostics as JSON on stdout'),
).action(async (files: string[], options: SelectOptions) => {
  const { compileCommand } = await import('./commands/compile.js');
  finish(await compileCommand(files, options));
});

selecting(
  program
    .command('estimate <files...>')
    .description('price the AI visuals in credits, per scene and in total (one line per video for big batches)')
    .option('--json', 'machine-readable output (diagnostics as JSON on errors)')
    .option('--explain', 'list the scenes each split story becomes'),
).action(async (files: string[], options: EstimateOptions) => {
  const { estimateCommand } = await import('./commands/estimate.js');
  finish(await estimateCommand(files, options));
});

selecting(program.command('render <file>'))
  .description('submit the video(s) and wait for the result (the local emulator when no credentials are set)')
  .option('--preview', 'make a storyboard preview instead of a final render')
  .option('--max-credits <n>', 'refuse to submit when the estimate exceeds this', number)
  .option('--out <path>', 'download the video to this file or folder (with several videos: a folder)')
  .option('--timeout <duration>', 'give up waiting after this long, e.g. 90s, 20m (default 30m)')
  .option('--concurrency <n>', 'videos rendered at once when the file yields several (default 2)', number)
  .option('--force [videoName...]', 'submit anew (a new charge) even if the journal holds a job: every video, or only those named (put it after the file)')
  .option('--no-preflight', "skip checking speakers, brand, styles, layouts, templates, avatars and the credit balance against the account")
  .option('--queue <redis-url>', 'queue the videos on Redis for `pictory-jsx worker`s (no Pictory credentials needed here)')
  .option('--detach', 'with --queue: enqueue, print the batch id and exit')
  .option('--skip-existing', 'do not render a video whose output file already exists')
  .option('--json [format]', 'print one JSON result on stdout at the end (--json=ndjson: one JSON event per line)')
  .option('--events', 'print NDJSON events on stdout as they happen (same as --json=ndjson)')
  .action(async (file: string, options: Record<string, unknown>) => {
    const { renderCommand } = await import('./commands/render.js');
    finish(await renderCommand(file, options));
  });

program
  .command('init [dir]')
  .description('start a project here (or in dir): package.json scripts, tsconfig.json, an example video, .gitignore')
  .action(async (dir: string | undefined) => {
    const { initCommand } = await import('./commands/init.js');
    finish(await initCommand(dir));
  });

program
  .command('dev <file>')
  .description('the live studio: every scene, its layout, cost and mistakes in the browser, following your edits; free drafts on demand')
  .option('--port <n>', 'port to listen on (default 4173)', number)
  .option('--host <host>', 'address to listen on (default 127.0.0.1: this machine only)')
  .option('--open', 'open the page in the default browser')
  .action(async (file: string, options: { port?: number; host?: string; open?: boolean }) => {
    const { devCommand } = await import('./commands/dev.js');
    finish(await devCommand(file, options));
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
  .option('--no-preflight', "skip checking each video's speakers, brand, styles, layouts, templates and avatar against the account")
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
  .option('--preview-ms <n>', 'how long a preview job takes, in milliseconds (default 2000)', number)
  .option('--render-ms <n>', 'how long a render job takes at least, in milliseconds (default 5000)', number)
  .action(async (options: { port?: number; aiCredits?: number; previewMs?: number; renderMs?: number }) => {
    const { emulatorCommand } = await import('./commands/emulator.js');
    await emulatorCommand(options);
  });

// Discovery: what the account has (the local emulator's catalog without credentials). Loaded on use.
const json = ['--json', 'machine-readable output'] as const;
const collect = (value: string, previous: string[] = []) => [...previous, value];

program
  .command('voices')
  .description('list the AI voices (<VoiceOver speaker>)')
  .option('--language <code>', 'only this language (en matches en-US, en-GB, …)')
  .option('--service <name>', 'only this service: aws, google or elevenlabs')
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/voices.js')).voicesCommand(options)));

program
  .command('music')
  .description('search the music library (<BackgroundMusic src>)')
  .option('--query <text>', 'words to search for')
  .option('--mood <mood>', 'a mood, case-sensitive (repeatable, or comma-separated)', collect)
  .option('--purpose <purpose>', 'a purpose, case-sensitive (repeatable, or comma-separated)', collect)
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/music.js')).musicCommand(options)));

program
  .command('stock <query>')
  .description('search stock footage and images (watermarked previews)')
  .option('--category <category>', 'a "Parent/Child" category')
  .option('--language <code>', 'language of the query (default en)')
  .option(...json)
  .action(async (query: string, options) => finish(await (await import('./commands/stock.js')).stockCommand(query, options)));

program
  .command('brands')
  .description('list the brand kits (<Video brandName>)')
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/brands.js')).brandsCommand(options)));

program
  .command('styles')
  .description('list the saved subtitle styles (subtitleStyleName)')
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/styles.js')).stylesCommand(options)));

program
  .command('layouts')
  .description('list the smart layouts (smartLayoutName)')
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/layouts.js')).layoutsCommand(options)));

program
  .command('templates [id]')
  .description('list the templates; with an id, its variables')
  .option(...json)
  .action(async (id: string | undefined, options) => finish(await (await import('./commands/templates.js')).templatesCommand(id, options)));

program
  .command('avatars')
  .description('list the avatars (<Avatar id>)')
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/avatars.js')).avatarsCommand(options)));

program
  .command('models')
  .description('the AI models: credits, durations, aspect ratios, media styles (offline)')
  .option(...json)
  .action(async (options) => finish((await import('./commands/models.js')).modelsCommand(options)));

program
  .command('types')
  .description("write the account's declaration file: speakers, brands, styles, layouts, templates, avatars as types")
  .option('--out <file>', 'where to write it (default pictory-account.d.ts)')
  .option(...json)
  .action(async (options) => finish(await (await import('./commands/types.js')).typesCommand(options)));

/** The options every command that compiles shares: which videos, and how strict. */
function selecting(command: Command): Command {
  return command
    .option('--data <file>', "rows (.csv, .tsv or .json) passed to the file's default-export function: one video per row")
    .option('--only <name>', 'only the videos whose name matches (a name or a glob; repeatable)', (v: string, all: string[] = []) => [...all, v])
    .option('--limit <n>', 'only the first N rows (with --data) or videos', number)
    .option('--strict', 'fail on any warning')
    .option('--max-warnings <n>', 'fail when there are more than N warnings', number)
    .option('--no-lint', 'skip the design lint (text that wraps, overlaps, elements off the frame)');
}

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
