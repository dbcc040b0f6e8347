/** The budget gate: refuse before any network call when the estimate exceeds the limit. */
import { BudgetExceededError } from './errors.js';
import type { CreditReport } from '../compiler/types.js';

/**
 * Throws {@link BudgetExceededError} when `maxCredits` is set and the estimate is above it. An inexact
 * estimate (a split story) counts one visual per sentence or line, as Pictory's guides describe; the
 * error says "up to" in that case.
 */
export function checkBudget(credits: CreditReport, maxCredits: number | undefined): void {
  if (maxCredits !== undefined && credits.total > maxCredits) {
    throw new BudgetExceededError(credits.total, maxCredits, credits.exact);
  }
}
