/** `pictory-jsx compile <files…>`: the request JSON on stdout (an array when the files yield several videos). */
import { compileFile, diagnosticsJson, type SelectOptions } from '../compile-file.js';

export async function compileCommand(files: string[], options: SelectOptions = {}): Promise<number> {
  const compiled = await compileFile(files, options);
  if (compiled.failed) {
    if (options.json) process.stdout.write(diagnosticsJson(compiled.diagnostics));
    return 1;
  }
  const requests = compiled.results.map((r) => r.request);
  process.stdout.write(`${JSON.stringify(requests.length === 1 ? requests[0] : requests, null, 2)}\n`);
  return 0;
}
