/**
 * What the journal records about one request (one request hash), and how a record is stored: one JSON
 * object per line.
 */

/**
 * The outcome of one submit attempt, or of the job it created:
 * - `submitted`: Pictory answered with `jobId` (or the job listing showed it: `recovered`);
 * - `refused`: the submit failed in a way that proves no job was created; submitting again is safe;
 * - `uncertain`: the submit may have created a job whose id never came back;
 * - `abandoned`: an uncertain attempt the user chose to give up (`--force`);
 * - `completed` / `failed`: the job's final state.
 * An attempt in flight has no record yet: it is a claim (see claims.ts).
 */
export type JournalState = 'submitted' | 'refused' | 'uncertain' | 'abandoned' | 'completed' | 'failed';

export interface JournalRecord {
  /** The request hash (see hash.ts). */
  hash: string;
  state: JournalState;
  /** The submit attempt this record is about (1 for the first submit of this request). */
  attempt: number;
  jobId?: string;
  /** `METHOD path` of the submit. */
  endpoint: string;
  /** API base URL the job lives on, without any credentials. */
  api: string;
  videoName: string;
  /** True when the job id came from the job listing rather than from the submit's answer. */
  recovered?: boolean;
  /** The newest job listed just before the submit (see the runner's recover.ts). */
  fence?: string | null;
  /** ISO time the record was written. */
  at: string;
}

/** One line of a journal file, or undefined for a blank or torn line. */
export function parseRecord(line: string): JournalRecord | undefined {
  if (line.trim() === '') return undefined;
  try {
    const value = JSON.parse(line) as Partial<JournalRecord>;
    if (typeof value.hash !== 'string' || typeof value.state !== 'string') return undefined;
    return { ...value, attempt: typeof value.attempt === 'number' ? value.attempt : 1 } as JournalRecord;
  } catch {
    return undefined;
  }
}
