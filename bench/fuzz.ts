// The compiler fuzz, longer than in `npm test`: FUZZ_RUNS cases (default 20,000), with the figures the
// audit reported — raw exceptions, poisoning events, error-free requests the emulator accepted.
import { fuzzCompile } from '../test/fuzz/property.js';

const runs = Number(process.env.FUZZ_RUNS ?? 20_000);
const started = performance.now();
const report = await fuzzCompile(runs, process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined);
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${report.cases} random hostile trees in ${seconds.toFixed(1)} s`);
console.log(`  raw exceptions ${report.rawExceptions} (${((100 * report.rawExceptions) / report.cases).toFixed(2)} %), poisoning events ${report.poisonings}`);
console.log(`  error-free videos ${report.errorFree}; distinct requests POSTed to the emulator ${report.posted}, none refused`);
const top = Object.entries(report.diagnostics).sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(`  diagnostics by code: ${top.map(([code, n]) => `${code} ${n}`).join(', ')}`);
