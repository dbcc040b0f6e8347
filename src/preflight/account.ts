/**
 * The account's catalogs as the pre-flight reads them: each catalog is fetched at most once per client
 * and kept {@link MEMORY_TTL_MS} (a run: every video of a file, every render through one client), and
 * optionally read from / written to the short-lived disk cache. Concurrent checks share one request.
 */
import type { PictoryClient } from '../client/client.js';
import { createDiscovery, type Discovery } from '../client/discovery.js';
import type { Avatar, Brand, SmartLayout, SubtitleStyle, TemplateDetail, TemplateSummary, Voice } from '../schema/discovery.js';
import type { DiskCache } from './disk-cache.js';

/** How long a catalog read by this process is reused. */
export const MEMORY_TTL_MS = 5 * 60_000;
/** The credit balance changes with every render: reused only briefly. */
const BALANCE_TTL_MS = 30_000;

interface Entry {
  /** When it was asked for. */
  at: number;
  value: Promise<unknown>;
  /** True once it turned out to come from the disk copy rather than from Pictory. */
  fromDisk: boolean;
}

export class AccountCatalogs {
  private readonly entries = new Map<string, Entry>();
  /** Set per check by the caller: where this run may read and write the disk copy. */
  disk?: DiskCache;
  /** Catalogs to read from Pictory next time, not from the disk copy (see {@link refreshOlderThan}). */
  private readonly mustFetch = new Set<string>();

  constructor(
    private readonly discovery: Discovery,
    private readonly now: () => number = Date.now,
  ) {}

  voices = () => this.get<Voice[]>('voices', () => this.discovery.voices());
  brands = () => this.get<Brand[]>('brands', () => this.discovery.brands());
  styles = () => this.get<SubtitleStyle[]>('styles', () => this.discovery.styles());
  layouts = () => this.get<SmartLayout[]>('layouts', () => this.discovery.layouts());
  templates = () => this.get<TemplateSummary[]>('templates', () => this.discovery.templates());
  template = (id: string) => this.get<TemplateDetail>(`template:${id}`, () => this.discovery.template(id));
  avatars = () => this.get<Avatar[]>('avatars', () => this.discovery.avatars());
  creditBalance = () => this.get<number | undefined>('creditBalance', () => this.discovery.creditBalance(), { ttlMs: BALANCE_TTL_MS, disk: false });

  private get<T>(name: string, fetch: () => Promise<T>, { ttlMs = MEMORY_TTL_MS, disk = true } = {}): Promise<T> {
    const cached = this.entries.get(name);
    if (cached && this.now() - cached.at < ttlMs) return cached.value as Promise<T>;
    const store = disk ? this.disk : undefined;
    const readDisk = !this.mustFetch.delete(name);
    const entry: Entry = { at: this.now(), value: Promise.resolve(), fromDisk: false };
    const value = (async () => {
      const saved = readDisk ? await store?.read(name) : undefined;
      if (saved !== undefined) {
        entry.fromDisk = true;
        return saved as T;
      }
      const fetched = await fetch();
      await store?.write(name, fetched);
      return fetched;
    })();
    entry.value = value;
    this.entries.set(name, entry);
    // A failed read is not kept: the next check asks again.
    value.catch(() => {
      if (this.entries.get(name) === entry) this.entries.delete(name);
    });
    return value;
  }

  /**
   * Forgets every catalog read before `time` or taken from the disk copy, so that the next check reads
   * it from Pictory: a refusal must rest on the account as it is now, not on a copy from minutes ago
   * (the user may just have created the missing brand). Returns whether anything was forgotten.
   */
  refreshOlderThan(time: number): boolean {
    let any = false;
    for (const [name, entry] of this.entries) {
      if (entry.at < time || entry.fromDisk) {
        this.entries.delete(name);
        this.mustFetch.add(name);
        any = true;
      }
    }
    return any;
  }
}

const perClient = new WeakMap<PictoryClient, AccountCatalogs>();

/** The catalogs of `client`'s account, shared by every check made through that client object. */
export function catalogsOf(client: PictoryClient, now?: () => number): AccountCatalogs {
  let catalogs = perClient.get(client);
  if (!catalogs) {
    catalogs = new AccountCatalogs(createDiscovery(client), now);
    perClient.set(client, catalogs);
  }
  return catalogs;
}
