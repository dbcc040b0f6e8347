/**
 * AI-credit arithmetic and the emulated account balance.
 *
 * All amounts are integer hundredths of a credit; only the edges (options, JSON answers) see decimals.
 * Pictory's rates have at most one decimal (1.6 credits/s, 0.6 credits/image), so hundredths are exact.
 */
import type { AiModel } from './catalog.js';

/** Credits (a decimal number) → integer hundredths. */
export function toHundredths(credits: number): number {
  return Math.round(credits * 100);
}

/** Integer hundredths → credits. Dividing an integer by 100 gives the shortest decimal (1280 → 12.8). */
export function toCredits(hundredths: number): number {
  return hundredths / 100;
}

/**
 * What one generated visual costs, in hundredths: an image costs the model's per-image rate, a video clip
 * the per-second rate times its length in whole seconds.
 */
export function visualCostHundredths(model: AiModel, clipSeconds: number): number {
  return model.kind === 'image' ? model.rateHundredths : model.rateHundredths * clipSeconds;
}

/**
 * The emulated account. A job *reserves* its cost when it is accepted (so two concurrent jobs cannot both
 * spend the same credits), then either *charges* it on completion or *releases* it on failure.
 */
export class CreditAccount {
  private balance: number;
  private reserved = 0;

  constructor(initialCredits: number) {
    this.balance = toHundredths(initialCredits);
  }

  /** The balance in credits (reservations of running jobs are not subtracted). */
  get credits(): number {
    return toCredits(this.balance);
  }

  set credits(value: number) {
    this.balance = toHundredths(value);
  }

  /** Hundredths still free to reserve. */
  get available(): number {
    return this.balance - this.reserved;
  }

  /** Reserve `cost` hundredths; false (and nothing reserved) when the free balance is too small. */
  reserve(cost: number): boolean {
    if (cost > this.available) return false;
    this.reserved += cost;
    return true;
  }

  /** A job that reserved `reserved` completed costing `cost` (at most `reserved`): the cost leaves the balance. */
  charge(reserved: number, cost: number): void {
    this.reserved -= reserved;
    this.balance -= cost;
  }

  /** A reserved job failed: nothing is charged. */
  release(cost: number): void {
    this.reserved -= cost;
  }
}
