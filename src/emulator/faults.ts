/**
 * Fault injection. Every request consumes one use of *each* fault that matches it (method and path, in the
 * order the faults were added). Their effects combine:
 * - the `delayMs` of all matching faults add up;
 * - the first matching fault that *answers* (`drop`, or `status`) decides the answer, and its
 *   `afterHandling` flag says whether the real handler still runs first (creating and billing a job whose
 *   answer is then lost or replaced).
 */
import type { Fault } from './types.js';

/** The combined effect of the faults that matched one request. */
export interface FaultEffect {
  delayMs: number;
  /** The fault that replaces the answer, if any. */
  answer?: Fault;
  /**
   * Run the real handler first, then wait and answer (from `answer` when it replaces the answer; otherwise
   * set by a delay-only fault with `afterHandling`: the job exists before the slow answer arrives).
   */
  afterHandling: boolean;
}

interface ActiveFault {
  fault: Fault;
  remaining: number;
}

export class FaultSet {
  private active: ActiveFault[] = [];

  /** Add a fault; the returned function removes it. */
  add(fault: Fault): () => void {
    const entry = { fault, remaining: fault.times ?? 1 };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((e) => e !== entry);
    };
  }

  clear(): void {
    this.active = [];
  }

  /** Consume the faults matching this request and return what they do. */
  take(method: string, path: string): FaultEffect {
    const effect: FaultEffect = { delayMs: 0, afterHandling: false };
    for (const entry of this.active) {
      if (entry.remaining <= 0 || !matches(entry.fault, method, path)) continue;
      entry.remaining -= 1;
      effect.delayMs += entry.fault.delayMs ?? 0;
      const answers = entry.fault.drop === true || entry.fault.status !== undefined;
      if (answers && effect.answer === undefined) {
        effect.answer = entry.fault;
        effect.afterHandling = entry.fault.afterHandling === true;
      } else if (!answers && entry.fault.afterHandling === true && effect.answer === undefined) {
        effect.afterHandling = true;
      }
    }
    this.active = this.active.filter((e) => e.remaining > 0);
    return effect;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return path.startsWith(fault.path);
  fault.path.lastIndex = 0; // a /g or /y RegExp is stateful; every request starts afresh
  return fault.path.test(path);
}
