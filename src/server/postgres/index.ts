/**
 * `folio-elements/server/postgres`: the report store and the rate limiter on
 * PostgreSQL, for sites with several servers. Needs the optional peer
 * dependency `pg`; `folio-elements/server` never loads this module.
 *
 *     const store = await PostgresReportStore.open(process.env.FOLIO_REPORTS_DATABASE_URL);
 *     const handler = withRateLimit(createReportHandler({ store }), {
 *       limiter: store.rateLimiter(), perClient: 5, perPage: 50, windowSeconds: 3600, clientAddress,
 *     });
 */
export { PostgresReportStore, type PostgresReportStoreOptions } from './report-store.js';
export { PostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { PostgresRateLimiter } from './rate-limiter.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { PostgresReactionStore, type PostgresReactionStoreOptions } from './reaction-store.js';
