import { expect, it } from 'vitest';
import { fuzzCompile } from './property.js';

// A few thousand random hostile trees; `npm run bench` runs a longer campaign (bench/fuzz.ts).
it('compile survives hostile trees: no raw exception, no poisoning, every diagnostic located, error-free requests accepted', async () => {
  const report = await fuzzCompile(Number(process.env.FUZZ_RUNS ?? 2000));
  expect(report.rawExceptions).toBe(0);
  expect(report.poisonings).toBe(0);
  // The generator is meant to produce valid videos too; if it stops, the emulator half proves nothing.
  expect(report.errorFree).toBeGreaterThan(report.cases / 20);
}, 120_000);
