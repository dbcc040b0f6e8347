/**
 * What every discovery command shares: connect (the account from PICTORY_*, else the embedded emulator,
 * said on stderr), run one listing through `createDiscovery`, print a table or `--json`, close, and turn
 * a failed request into one line on stderr and exit 1.
 */
import { createDiscovery, type Discovery } from '../client/discovery.js';
import { PictoryError } from '../client/errors.js';
import { connect, type Connection } from '../runner/connect.js';

export interface DiscoveryIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIO = (): DiscoveryIO => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** Runs `list` against the account; prints `json(result)` or `table(result)`. Returns the exit code. */
export async function runDiscovery<T>(
  io: DiscoveryIO,
  options: { json?: boolean },
  list: (discovery: Discovery, connection: Connection) => Promise<T>,
  table: (result: T) => string,
): Promise<number> {
  let connection: Connection | undefined;
  try {
    connection = await connect({ env: io.env, log: (line) => io.stderr.write(`${line}\n`), emulator: true });
    if (connection.emulatorUrl) {
      io.stderr.write("No PICTORY_API_KEY: listing the local emulator's built-in catalog, not an account's.\n");
    }
    const result = await list(createDiscovery(connection.client), connection);
    io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    return 0;
  } catch (error) {
    if (!PictoryError.is(error)) throw error;
    io.stderr.write(`pictory-jsx: ${error.message}\n`);
    return 1;
  } finally {
    await connection?.close();
  }
}

/** `--mood Happy,Calm --mood Epic` → `['Happy', 'Calm', 'Epic']`. */
export function listOption(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const all = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return all.length ? all : undefined;
}

/** `1:05` for 65 seconds. */
export function minutes(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
