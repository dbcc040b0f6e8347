/** `pictory-jsx compile <file>`: the request JSON on stdout (an array when the file yields several videos). */
import { compileFile } from '../compile-file.js';

export async function compileCommand(file: string): Promise<number> {
  const compiled = await compileFile(file);
  if (compiled.failed) return 1;
  const requests = compiled.results.map((r) => r.request);
  process.stdout.write(`${JSON.stringify(requests.length === 1 ? requests[0] : requests, null, 2)}\n`);
  return 0;
}
