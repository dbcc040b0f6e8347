/**
 * Every timer the emulator starts goes through one `Scheduler`, so `close()` can cancel them all and the
 * process exits cleanly.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  /**
   * Resolves after `ms` milliseconds. After `cancelAll()` a pending sleep never resolves: whatever was
   * waiting on it (a job's completion, a delayed answer) simply does not happen.
   */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, Math.max(0, ms));
      this.timers.add(timer);
    });
  }

  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
