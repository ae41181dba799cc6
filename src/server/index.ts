/**
 * folio-elements/server: the reference endpoints for `<folio-report-dialog>`
 * and `<folio-reactions>` (`createReactionHandler`, same shape).
 *
 *     import { createServer } from 'node:http';
 *     import { createReportHandler, FileReportStore, toNodeListener } from 'folio-elements/server';
 *
 *     const handler = createReportHandler({ store: new FileReportStore('data/reports.jsonl') });
 *     createServer(toNodeListener(handler)).listen(8080);
 *
 * `createReportHandler` is a standard `(Request) => Promise<Response>`;
 * `report-rules` are the validation rules the dialog uses too, and
 * `report.schema.json` (beside this module) describes the body for servers
 * written in other languages.
 */
export { createReportHandler, type ReportHandler, type ReportHandlerOptions } from './handler.js';
export { hashAddress } from './address-hash.js';
export { FileReportStore, type FileReportStoreOptions } from './file-store.js';
export {
  REPORT_STATUSES,
  StoreFullError,
  isReportStatus,
  newReportId,
  selectReports,
  type ReportMeta,
  type ReportQuery,
  type ReportStatus,
  type ReportStore,
  type ReportSummary,
  type SaveResult,
  type StoredReport,
} from './store.js';
export { toNodeListener, toFetchRequest, writeFetchResponse, remoteAddress, type NodeListener } from './node.js';
export {
  withRateLimit,
  MemoryRateLimiter,
  type RateLimiter,
  type RateLimitBucket,
  type RateLimitDecision,
  type RateLimitOptions,
} from './rate-limit.js';
export { createClientHasher, reportsSalt, type ClientHasher } from './client-hash.js';
export { clientAddressFrom, normalizeClientAddress, type ClientAddressOptions } from './client-address.js';
export { storeFromEnv, reactionStoreFromEnv, rateLimiterFor } from './store-from-env.js';
export { createReactionHandler, DEFAULT_REACTION_KINDS, type ReactionHandlerOptions } from './reaction-handler.js';
export { FileReactionStore, type FileReactionStoreOptions } from './reaction-file-store.js';
export type { PageReactions, ReactionChange, ReactionResult, ReactionStore, ReactionTotal } from './reaction-store.js';
export * from '../report/index.js';
