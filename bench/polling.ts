/**
 * Polling benchmark: our poll schedule (src/runner/poll.ts, run for real) against the seeds' fixed loop
 * (poll, then sleep 10 s, until done) on emulated jobs of known length, in simulated time.
 *
 * For each job: requests sent until the completion is seen, and the lag between completion and
 * detection. Printed per job and as ratios ours/fixed (below 1 means ours is better). The single jobs
 * last 25, 65 and 185 s, halfway between two ticks of the fixed loop (its mean case; a job of exactly
 * 60 s would be seen at once); the means over all lengths from 15 s to 10 min follow.
 *
 *   npx tsx bench/polling.ts
 *
 * Three job shapes, since real jobs differ in what they report:
 * - linear:  renderProgress rises steadily from submit to completion;
 * - late:    no renderProgress for the first 40 % (AI generation), then it rises (Pictory shows
 *            progress only once rendering starts);
 * - silent:  never any progress (storyboard previews).
 */
import { pathToFileURL } from 'node:url';
import type { Clock } from '../src/client/clock.js';
import { pollJob } from '../src/runner/poll.js';
import type { Job } from '../src/schema/jobs.js';

type Shape = 'linear' | 'late' | 'silent';

/** A job that completes `lengthMs` after submit, reporting progress according to `shape`. */
function emulatedJob(lengthMs: number, shape: Shape, clock: { now(): number }) {
  let requests = 0;
  const getJob = async (jobId: string): Promise<Job> => {
    requests += 1;
    const t = clock.now();
    if (t >= lengthMs) return { jobId, raw: {}, status: 'completed', videoUrl: 'https://example.invalid/v.mp4' };
    const start = shape === 'late' ? lengthMs * 0.4 : 0;
    const progress = shape === 'silent' || t < start ? undefined : (100 * (t - start)) / (lengthMs - start);
    return { jobId, raw: {}, status: 'in-progress', progress };
  };
  return { getJob, requests: () => requests };
}

/** Simulated time starting at 0 (the submit): sleeping advances it at once. */
function virtualClock(): Clock {
  let now = 0;
  return {
    now: () => now,
    random: () => 0.5,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

interface Outcome {
  requests: number;
  lagMs: number;
}

async function ours(lengthMs: number, shape: Shape): Promise<Outcome> {
  const clock = virtualClock();
  const job = emulatedJob(lengthMs, shape, clock);
  await pollJob('bench', job.getJob, { timeoutMs: 3_600_000, clock });
  return { requests: job.requests(), lagMs: clock.now() - lengthMs };
}

/** The seeds' loop: GET the job, stop if done, else sleep 10 s. */
async function fixedTenSeconds(lengthMs: number, shape: Shape): Promise<Outcome> {
  const clock = virtualClock();
  const job = emulatedJob(lengthMs, shape, clock);
  while ((await job.getJob('bench')).status !== 'completed') await clock.sleep(10_000);
  return { requests: job.requests(), lagMs: clock.now() - lengthMs };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));

/** Runs the benchmark and returns the printed report. */
export async function pollingReport(): Promise<string> {
  const lines: string[] = [];
  const row = (cells: string[]) => lines.push(cells.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(11))).join(''));
  lines.push('Polling: our schedule vs the seeds’ fixed 10 s loop (simulated time)', '');
  row(['job', 'req fixed', 'req ours', 'req ratio', 'lag fixed', 'lag ours', 'lag ratio']);
  for (const shape of ['linear', 'late', 'silent'] as const) {
    for (const seconds of [25, 65, 185]) {
      const f = await fixedTenSeconds(seconds * 1000, shape);
      const o = await ours(seconds * 1000, shape);
      row([`${shape} ${seconds}s`, String(f.requests), String(o.requests), ratio(o.requests, f.requests), fmt(f.lagMs), fmt(o.lagMs), ratio(o.lagMs, f.lagMs)]);
    }
  }

  lines.push('', 'Means over every job length from 15 s to 600 s (1 s steps):');
  row(['shape', 'req fixed', 'req ours', 'req ratio', 'lag fixed', 'lag ours', 'lag ratio']);
  for (const shape of ['linear', 'late', 'silent'] as const) {
    const sum = { fr: 0, or: 0, fl: 0, ol: 0 };
    let n = 0;
    for (let seconds = 15; seconds <= 600; seconds++, n++) {
      const f = await fixedTenSeconds(seconds * 1000, shape);
      const o = await ours(seconds * 1000, shape);
      sum.fr += f.requests;
      sum.or += o.requests;
      sum.fl += f.lagMs;
      sum.ol += o.lagMs;
    }
    row([shape, (sum.fr / n).toFixed(1), (sum.or / n).toFixed(1), ratio(sum.or, sum.fr), fmt(sum.fl / n), fmt(sum.ol / n), ratio(sum.ol, sum.fl)]);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await pollingReport());
}
