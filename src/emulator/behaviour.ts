/**
 * Switches for Pictory's documented *silent* behaviours, which a request alone never triggers in the
 * emulator (it has no stock library and generates nothing): a stock search that finds nothing, a media
 * element whose visual cannot be resolved, an AI generation that fails. Set with
 * `EmulatorOptions.behaviour`; by default every search finds something and every generation succeeds.
 */
import type { Behaviour, TextMatch } from './types.js';

/** The switches with their defaults applied. */
export interface ResolvedBehaviour {
  /** Whether a stock search (its query, keywords and category joined by spaces) finds nothing. */
  stockNotFound(searchText: string): boolean;
  /** Whether a media element's `visualUrl` cannot be resolved. */
  unresolvableUrl(url: string): boolean;
  /** Whether an AI generation (its `model`, a space, its `prompt` or nothing) fails. */
  aiGenerationFails(visualText: string): boolean;
}

/** Whether `text` matches: `true` matches everything; a string matches as a case-insensitive substring. */
export function matches(match: TextMatch | undefined, text: string): boolean {
  if (match === undefined || match === false) return false;
  if (match === true) return true;
  const entries: ReadonlyArray<string | RegExp> = typeof match === 'string' || match instanceof RegExp ? [match] : match;
  return entries.some((entry) => {
    if (typeof entry === 'string') return text.toLowerCase().includes(entry.toLowerCase());
    entry.lastIndex = 0; // a /g or /y RegExp is stateful; every text starts afresh
    return entry.test(text);
  });
}

export function resolveBehaviour(behaviour: Behaviour = {}): ResolvedBehaviour {
  return {
    stockNotFound: (text) => matches(behaviour.stockNotFound, text),
    unresolvableUrl: (url) => matches(behaviour.unresolvableUrls, url),
    aiGenerationFails: (text) => matches(behaviour.aiGenerationFails, text),
  };
}
