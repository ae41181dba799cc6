/**
 * What a reactions store does, whichever keeps the data (reaction-file-store.ts,
 * postgres/reaction-store.ts). A reaction is one reader's (page, kind): it is
 * on or off, so pressing twice, or a retry, never counts twice. Counts are
 * kept per (page, kind) and change in the same step as the reader's state.
 */
import { REPORT_LIMITS } from '../report/limits.js';

/** One reader turning one reaction on or off. `page` is normalized and `reader` checked by the handler. */
export interface ReactionChange {
  page: string;
  kind: string;
  /** The reader's random id (the tag keeps it in localStorage). */
  reader: string;
  on: boolean;
  /** HMAC of the reader's normalized address (address-hash.ts); never the address. */
  clientHash?: string;
  at: Date;
}

export interface ReactionResult {
  /** The (page, kind)'s count after the change. */
  count: number;
  /** False when the reader's state already was `on` (a retry, a second press): nothing was counted. */
  changed: boolean;
}

export interface PageReactions {
  /** Count per kind; kinds nobody chose are left out. */
  counts: Record<string, number>;
  /** The kinds `reader` has on, when a reader was asked about. */
  mine?: string[];
}

export interface ReactionTotal {
  page: string;
  counts: Record<string, number>;
  total: number;
}

export interface ReactionStore {
  /** Sets a reader's reaction; resolves once the change is durable (the handler then answers 2xx). */
  set(change: ReactionChange): Promise<ReactionResult>;
  /** A page's counts, and `reader`'s own kinds when given. */
  get(page: string, reader?: string): Promise<PageReactions>;
  /** The pages with the most reactions, most first (for `folio-reports reactions top`). */
  top(limit: number): Promise<ReactionTotal[]>;
  close?(): Promise<void>;
}

/** A reader id as the tag makes it (a UUID) or any opaque id of 16 to 64 URL-safe characters. */
export const READER_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** A reaction kind: a short lower-case word (`like`, `love`, `laugh`, `celebrate`, or a site's own). */
export const KIND_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
/** The longest page URL accepted, in characters: a report's. */
export const MAX_PAGE_LENGTH = REPORT_LIMITS.url;

/** `ReactionTotal`s sorted most first (ties by page), at most `limit`. */
export function topPages(pages: Iterable<[string, Record<string, number>]>, limit: number): ReactionTotal[] {
  const totals: ReactionTotal[] = [];
  for (const [page, counts] of pages) {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (total > 0) totals.push({ page, counts, total });
  }
  totals.sort((a, b) => b.total - a.total || (a.page < b.page ? -1 : 1));
  return totals.slice(0, limit);
}
