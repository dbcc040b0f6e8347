/**
 * `pictory-jsx dev <file> [--port N] [--host H] [--open]`: the live studio. Prints its URL, follows edits of
 * the file and of every source file in its project, and stops cleanly on Ctrl+C. Spends nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { UserInputError } from '../errors.js';

/** A fixed default port, so a bookmarked studio URL keeps working between runs. */
export const DEFAULT_STUDIO_PORT = 4173;

export interface DevOptions {
  port?: number;
  host?: string;
  open?: boolean;
}

export async function devCommand(file: string, options: DevOptions): Promise<number> {
  if (!existsSync(file)) throw new UserInputError(`${file}: no such file`);
  const { startStudio } = await import('../../studio/server.js');
  const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  let studio;
  try {
    studio = await startStudio({ file, port: options.port ?? DEFAULT_STUDIO_PORT, host: options.host, log });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new UserInputError(`port ${options.port ?? DEFAULT_STUDIO_PORT} is in use: choose another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserInputError(`cannot listen on --host ${options.host}`);
    throw error;
  }
  process.stdout.write(`pictory-jsx studio: ${studio.url}\n`);
  if (options.host && !['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
    process.stdout.write(`Listening on ${options.host}: anyone who can reach this machine can see the videos of ${file}.\n`);
  }
  process.stdout.write('Edit and save the file: the page follows. Press Ctrl+C to stop.\n');
  if (options.open) openBrowser(studio.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await studio.close();
  return 0;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`could not open a browser; visit ${url}\n`));
  child.unref();
}
