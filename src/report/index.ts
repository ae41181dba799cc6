/**
 * The report protocol: what `<folio-report-dialog>` sends and the endpoint
 * accepts, in one place for both, driven by one field table (`fields.ts`)
 * from which the JSON Schema (`report.schema.json`) is generated too. Pure
 * TypeScript: no Node and no DOM APIs beyond `URL`, so it bundles into the
 * browser.
 *
 * Published as `folio-elements/server/report-rules`.
 */
export * from './types.js';
export * from './limits.js';
export * from './checks.js';
export { safeFileName } from './attachments.js';
export * from './validate.js';
export * from './messages.js';
export { REPORT_FIELDS, REPORT_FIELD_TABLE, type FieldKind, type ReportField, type ReportFieldSpec } from './fields.js';
