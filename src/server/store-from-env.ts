/// <reference types="node" />
/**
 * Picks the report store from the environment, so one server script runs
 * both ways: with `FOLIO_REPORTS_DATABASE_URL` set, PostgreSQL (and `pg` is
 * loaded only then); otherwise the JSON Lines file at `filePath`.
 */
import { FileReportStore } from './file-store.js';
import { MemoryRateLimiter, type RateLimiter } from './rate-limit.js';
import { FileReactionStore } from './reaction-file-store.js';
import type { ReactionStore } from './reaction-store.js';
import type { ReportStore } from './store.js';

export interface StoreFromEnvOptions {
  /** The JSON Lines file used when no database URL is set. */
  filePath: string;
  /** Where either store says it skipped a record that is not a report. Default: console.warn. */
  warn?: (message: string) => void;
}

export async function storeFromEnv(
  env: Record<string, string | undefined> = process.env,
  { filePath, warn = (message) => console.warn(message) }: StoreFromEnvOptions,
): Promise<ReportStore> {
  const url = env.FOLIO_REPORTS_DATABASE_URL?.trim();
  if (!url) {
    return new FileReportStore(filePath, {
      onBadLine: (n, reason) => warn(`${filePath}:${n}: ${reason}; line skipped.`),
    });
  }
  const { PostgresReportStore } = await import('./postgres/index.js');
  return PostgresReportStore.open({
    connectionString: url,
    onBadRow: (id, reason) => warn(`report ${id}: ${reason}; row skipped.`),
  });
}

/**
 * The reactions store the same way: PostgreSQL with
 * `FOLIO_REPORTS_DATABASE_URL` set (the same database as the reports),
 * otherwise the JSON Lines file at `filePath`.
 */
export async function reactionStoreFromEnv(
  env: Record<string, string | undefined> = process.env,
  { filePath, warn = (message) => console.warn(message) }: StoreFromEnvOptions,
): Promise<ReactionStore> {
  const url = env.FOLIO_REPORTS_DATABASE_URL?.trim();
  if (!url) {
    return new FileReactionStore(filePath, {
      onBadLine: (n, reason) => warn(`${filePath}:${n}: ${reason}; line skipped.`),
    });
  }
  const { PostgresReactionStore } = await import('./postgres/index.js');
  return PostgresReactionStore.open({ connectionString: url });
}

/** The limiter that goes with a store: the database's table when it has one, else this process's memory. */
export function rateLimiterFor(store: ReportStore | ReactionStore): RateLimiter {
  const shared = (store as { rateLimiter?: () => RateLimiter }).rateLimiter;
  return typeof shared === 'function' ? shared.call(store) : new MemoryRateLimiter();
}
