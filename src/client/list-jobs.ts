/**
 * `GET /v1/jobs?nextPageKey=…`: the account's jobs, newest first, one page at a time. The items are
 * read leniently: the id (`job_id`, `jobId` or `id`), the status, and a video name and creation time
 * when the item carries them (Pictory documents neither), so that callers can match a job to a request.
 */

/** One job of the listing. */
export interface ListedJob {
  jobId: string;
  status?: string;
  /** The job's video name, when the item names it. */
  videoName?: string;
  /** Creation time in ms since the epoch, when the item says. */
  createdAt?: number;
}

export interface JobPage {
  items: ListedJob[];
  /** The key of the next (older) page; undefined on the last page. */
  nextPageKey?: string;
}

/** Reads one page of the listing; items without a usable id are left out. */
export function parseJobPage(body: unknown): JobPage | undefined {
  const page = body as { items?: unknown; nextPageKey?: unknown } | undefined;
  if (!page || !Array.isArray(page.items)) return undefined;
  const items: ListedJob[] = [];
  for (const item of page.items) {
    const job = parseItem(item);
    if (job) items.push(job);
  }
  return { items, nextPageKey: typeof page.nextPageKey === 'string' && page.nextPageKey !== '' ? page.nextPageKey : undefined };
}

function parseItem(item: unknown): ListedJob | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const top = item as Record<string, unknown>;
  const data = (top.data && typeof top.data === 'object' ? top.data : {}) as Record<string, unknown>;
  const jobId = [top.job_id, top.jobId, top.id, data.jobId].find((v) => typeof v === 'string' && v !== '') as string | undefined;
  if (!jobId) return undefined;
  const nested = (key: string) => (data[key] && typeof data[key] === 'object' ? (data[key] as Record<string, unknown>) : {});
  const name = [top.videoName, data.videoName, nested('storyboard').videoName, nested('renderParams').videoName, nested('output').name].find(
    (v) => typeof v === 'string' && v !== '',
  ) as string | undefined;
  const created = [top.createdAt, top.created_at, data.createdAt, data.created_at].find((v) => typeof v === 'string' || typeof v === 'number');
  const createdAt = created === undefined ? undefined : typeof created === 'number' ? created : Date.parse(created as string);
  return {
    jobId,
    status: typeof data.status === 'string' ? data.status : undefined,
    videoName: name,
    createdAt: createdAt !== undefined && Number.isFinite(createdAt) ? createdAt : undefined,
  };
}
