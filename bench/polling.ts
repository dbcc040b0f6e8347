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
 *
 * "ours + prior" is our schedule told, as the runner tells it from the journal, how long 10 past jobs of
 * the same shape took: lengths spread evenly over ±20 % of the nominal length. The job measured then
 * lasts the nominal length times each of 11 factors spread evenly over ±25 % (so some end outside what
 * the history saw), and its figures are the mean over those 11 jobs. Rows without a prior are measured on
 * the same 11 lengths, so the three schedules face the same jobs.
 */
import { pathToFileURL } from 'node:url';
import type { Clock } from '../src/client/clock.js';
import { pollJob } from '../src/runner/poll.js';
import { priorFrom, type Prior } from '../src/runner/prior.js';
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

async function ours(lengthMs: number, shape: Shape, prior?: Prior): Promise<Outcome> {
  const clock = virtualClock();
  const job = emulatedJob(lengthMs, shape, clock);
  await pollJob('bench', job.getJob, { timeoutMs: 3_600_000, clock, prior });
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

const HISTORY = Array.from({ length: 10 }, (_, i) => 0.8 + (0.4 * i) / 9);
// POLL_BENCH_SPREAD=0.35 measures jobs that vary more than the history shows (default ±25 %).
const SPREAD = Number(process.env.POLL_BENCH_SPREAD ?? '0.25');
const ACTUAL = Array.from({ length: 11 }, (_, i) => 1 - SPREAD + (2 * SPREAD * i) / 10);

interface Triple {
  fixed: Outcome;
  today: Outcome;
  prior: Outcome;
}

/** Mean outcomes of the three schedules on the 11 jobs around `nominalMs`. */
async function around(nominalMs: number, shape: Shape): Promise<Triple> {
  const prior = priorFrom(HISTORY.map((f) => nominalMs * f))!;
  const sum = { fixed: { requests: 0, lagMs: 0 }, today: { requests: 0, lagMs: 0 }, prior: { requests: 0, lagMs: 0 } };
  const add = (to: Outcome, o: Outcome) => {
    to.requests += o.requests / ACTUAL.length;
    to.lagMs += o.lagMs / ACTUAL.length;
  };
  for (const f of ACTUAL) {
    const lengthMs = Math.round(nominalMs * f);
    add(sum.fixed, await fixedTenSeconds(lengthMs, shape));
    add(sum.today, await ours(lengthMs, shape));
    add(sum.prior, await ours(lengthMs, shape, prior));
  }
  return sum;
}

/** The headline figures for `npm run bench`'s summary: silent jobs, means over 15 s to 10 min. */
export interface PollingSummary {
  /** Lag and requests of ours + prior over the fixed loop, no-progress jobs. */
  silentLagRatio: number;
  silentRequestRatio: number;
  todayLagRatio: number;
  todayRequestRatio: number;
}

/** Runs the benchmark and returns the printed report and its summary. */
export async function pollingReport(): Promise<{ text: string; summary: PollingSummary }> {
  const lines: string[] = [];
  const row = (cells: string[]) => lines.push(cells.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(10))).join(''));
  const header = (first: string) =>
    row([first, 'req fixed', 'req today', 'req prior', 'lag fixed', 'lag today', 'lag prior', 'req ×', 'lag ×', 'req × pr', 'lag × pr']);
  const print = (label: string, t: Triple) =>
    row([
      label,
      t.fixed.requests.toFixed(1),
      t.today.requests.toFixed(1),
      t.prior.requests.toFixed(1),
      fmt(t.fixed.lagMs),
      fmt(t.today.lagMs),
      fmt(t.prior.lagMs),
      ratio(t.today.requests, t.fixed.requests),
      ratio(t.today.lagMs, t.fixed.lagMs),
      ratio(t.prior.requests, t.fixed.requests),
      ratio(t.prior.lagMs, t.fixed.lagMs),
    ]);
  lines.push(
    'Polling: the seeds’ fixed 10 s loop, today’s schedule, and today’s schedule with the journal’s prior',
    `(simulated time; each row the mean of 11 jobs within ±${Math.round(SPREAD * 100)} % of its length; × = over the fixed loop)`,
    '',
  );
  header('job');
  for (const shape of ['silent', 'late', 'linear'] as const) {
    for (const seconds of [25, 65, 185]) print(`${shape} ${seconds}s`, await around(seconds * 1000, shape));
  }

  lines.push('', 'Means over every nominal length from 15 s to 600 s (5 s steps):');
  header('shape');
  let summary: PollingSummary | undefined;
  for (const shape of ['silent', 'late', 'linear'] as const) {
    const total: Triple = { fixed: { requests: 0, lagMs: 0 }, today: { requests: 0, lagMs: 0 }, prior: { requests: 0, lagMs: 0 } };
    for (let seconds = 15; seconds <= 600; seconds += 5) {
      const t = await around(seconds * 1000, shape);
      for (const k of ['fixed', 'today', 'prior'] as const) {
        total[k].requests += t[k].requests;
        total[k].lagMs += t[k].lagMs;
      }
    }
    const n = (600 - 15) / 5 + 1;
    for (const k of ['fixed', 'today', 'prior'] as const) {
      total[k].requests /= n;
      total[k].lagMs /= n;
    }
    print(shape, total);
    if (shape === 'silent') {
      summary = {
        silentLagRatio: total.prior.lagMs / total.fixed.lagMs,
        silentRequestRatio: total.prior.requests / total.fixed.requests,
        todayLagRatio: total.today.lagMs / total.fixed.lagMs,
        todayRequestRatio: total.today.requests / total.fixed.requests,
      };
    }
  }
  return { text: lines.join('\n'), summary: summary! };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { text, summary } = await pollingReport();
  console.log(text);
  // One line the summary of `npm run bench` reads.
  console.log(`BENCH_ROW ${JSON.stringify({ id: 'polling', ...summary })}`);
}
