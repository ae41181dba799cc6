/**
 * `folio-elements/server/report-rules`: the report protocol's rules, types and
 * limits (src/report/), published beside the endpoint for servers that check
 * reports themselves. The dialog imports the same modules.
 */
export * from '../report/index.js';
