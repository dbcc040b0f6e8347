/** Durations as people type them (`90s`, `10m`, `1h30m`, `1500ms`) and as we print them. */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Parses `1h30m`, `10m`, `90s`, `1.5s`, `1500ms`, or a bare number of seconds, into milliseconds.
 * Returns undefined for anything else (including zero and negative values).
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return positive(Number(trimmed) * 1000);
  const parts = trimmed.match(/^((\d+(\.\d+)?)(ms|h|m|s))+$/) ? [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)] : [];
  if (parts.length === 0) return undefined;
  return positive(parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit!]!, 0));
}

function positive(ms: number): number | undefined {
  return ms > 0 && Number.isFinite(ms) ? Math.round(ms) : undefined;
}

/** `90000` → `1m30s`; `5000` → `5s`; `250` → `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''].join('');
}
