/**
 * undici, loaded on first use. Importing pictory-jsx to compile a video (every CLI command, every user
 * file) must not pay undici's ~70 ms load; only code that really talks HTTP does.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let loaded: typeof import('undici') | undefined;

export function undici(): typeof import('undici') {
  return (loaded ??= require('undici') as typeof import('undici'));
}
