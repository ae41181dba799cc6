/**
 * The reference report endpoint: a standard `(Request) => Promise<Response>`
 * that any runtime with the Fetch API can mount (Node through `toNodeListener`,
 * Deno, Bun, Cloudflare Workers, a service worker). It speaks the report
 * protocol (docs/reports.md):
 *
 * | answer | when |
 * | --- | --- |
 * | 201 `{ id }` | a new report, stored durably |
 * | 200 `{ id, duplicate: true }` | a report with this `Idempotency-Key` was stored before: the first one's id |
 * | 400 `{ error }` | malformed JSON, or no `Idempotency-Key` header |
 * | 403 `{ error }` | the CSRF check (`checkCsrf`) refused the request |
 * | 405 `{ error }` + `Allow` | any method but POST (and OPTIONS for allowed origins) |
 * | 408 `{ error }` | the body did not arrive within `bodyTimeout` |
 * | 413 `{ error }` | the body is larger than `maxBodyBytes` (never read further) |
 * | 415 `{ error }` | not `Content-Type: application/json` (UTF-8) |
 * | 422 `{ errors: { "<field>": "<message>" } }` | the body breaks the rules of src/report, or its `idempotencyKey` differs from the header |
 * | 422 `{ error }` | the body nests deeper or holds more values than a report can (`REPORT_LIMITS.bodyDepth`, `bodyValues`) |
 * | 422 `{ error, code: "idempotency-key-reused" }` | the `Idempotency-Key` was used for a different report (the IETF Idempotency-Key draft's answer): send it with a new key |
 * | 500 `{ error }` | the store (or anything else) failed: nothing was stored, the client may retry with the same key |
 * | 503 `{ error }` + `Retry-After` | `maxBodiesInFlight` bodies are being read already |
 * | 507 `{ error }` | the store is full (`StoreFullError`, e.g. the file store's `maxBytes`): nothing was stored |
 *
 * Every answer is JSON with `Cache-Control: no-store`, and none carries an
 * error's message or stack: those go to `onError`, which never gets the
 * report's text.
 */
import { REPORT_LIMITS, messageFor, validateReport, type ReportPayload } from '../report/index.js';
import { addressSecret, hashAddress, hex } from './address-hash.js';
import { bodyReader, type BodyReader } from './body.js';
import { normalizeClientAddress } from './client-address.js';
import { isJsonContentType, json } from './json-answer.js';
import { isThrottled } from './throttle.js';
import type { ReportMeta, ReportStore, SaveResult } from './store.js';

export interface ReportHandlerOptions {
  store: ReportStore;
  /** The reasons this site accepts (the dialog's `reasons`); default `DEFAULT_REASONS`. */
  reasons?: readonly string[];
  /** The largest body read, in bytes; default `REPORT_LIMITS.bodyBytes`. */
  maxBodyBytes?: number;
  /**
   * Milliseconds a body may take to arrive (default 30,000, twice the
   * dialog's own timeout): a body that trickles in is answered 408 and its
   * connection closed, so slow clients cannot hold the server's memory.
   */
  bodyTimeout?: number;
  /** Bodies read at the same time (default 8); one more is answered 503 before it is read. */
  maxBodiesInFlight?: number;
  /**
   * Checks the `X-CSRF-Token` header (the dialog sends its `csrf-token`
   * attribute or `<meta name="csrf-token">`). Return false to answer 403.
   * Without it no token is required: the endpoint only accepts JSON, which a
   * cross-site form cannot send without a CORS preflight.
   */
  checkCsrf?: (token: string | null, request: Request) => boolean | Promise<boolean>;
  /**
   * Origins allowed to POST from other sites (CORS), e.g.
   * `['https://news.example.cn']`. Default none: the dialog posts same-origin,
   * and a preflight from another origin gets no CORS headers.
   */
  allowedOrigins?: readonly string[];
  /**
   * The client's address: `clientAddressFrom({ trustProxy })`, or
   * `remoteAddress` without a proxy. It is normalized (`normalizeClientAddress`:
   * IPv6 by /64) and stored only as an HMAC keyed with `addressSalt`
   * (`clientAddressHash`).
   */
  clientAddress?: (request: Request) => string | undefined;
  /**
   * The secret the address is hashed with: at least 16 characters (a shorter
   * one throws), stable, shared by all servers. Default `FOLIO_REPORTS_SALT`,
   * else a random one per process, with a warning.
   */
  addressSalt?: string;
  /** Called when the store or anything else fails (the client gets a 5xx). Default: one line on console.error. */
  onError?: (error: unknown, request: Request) => void;
  /** The clock, for tests. */
  now?: () => Date;
}

/** The endpoint; `readBody` is its own body reader, which `withRateLimit` shares so the body is read once. */
export type ReportHandler = ((request: Request) => Promise<Response>) & { readonly readBody: BodyReader };

export function createReportHandler(options: ReportHandlerOptions): ReportHandler {
  const { store, reasons, checkCsrf, clientAddress } = options;
  const secret = clientAddress && addressSecret(options.addressSalt);
  const readBody = bodyReader({
    maxBytes: options.maxBodyBytes ?? REPORT_LIMITS.bodyBytes,
    timeout: options.bodyTimeout ?? 30_000,
    maxInFlight: options.maxBodiesInFlight ?? 8,
  });
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  // OPTIONS is answered only for CORS preflights from allowed origins.
  const allow = allowedOrigins.size > 0 ? 'POST, OPTIONS' : 'POST';
  const now = options.now ?? (() => new Date());
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(`folio-elements/server: a report could not be handled: ${describeError(error)}`));

  async function handle(request: Request, answer: Answer): Promise<Response> {
    if (request.method !== 'POST') {
      return answer(405, { error: `Reports are sent with POST, not ${request.method}.` }, { Allow: allow });
    }
    if (!isJsonContentType(request.headers.get('Content-Type'))) {
      return answer(415, { error: 'A report is sent as Content-Type: application/json (UTF-8).' });
    }
    if (checkCsrf && !(await checkCsrf(request.headers.get('X-CSRF-Token'), request))) {
      await request.body?.cancel().catch(() => {});
      return answer(403, { error: 'The CSRF token is missing or wrong; reload the page and send the report again.' });
    }
    const key = request.headers.get('Idempotency-Key');
    if (key === null || key.trim() === '') {
      await request.body?.cancel().catch(() => {});
      return answer(400, { error: 'An Idempotency-Key header is required, so that a retried report is stored once.' });
    }

    const body = await readBody(request);
    if (!body.ok) return answer(body.status, { error: body.error }, body.headers);

    const result = validateReport(body.value, reasons ? { reasons } : {});
    const errors: Record<string, string> = {};
    if (!result.ok) for (const [field, code] of Object.entries(result.errors)) errors[field] = messageFor(code, field);
    if (result.ok && result.report.idempotencyKey !== key.trim()) {
      errors.idempotencyKey = 'The idempotencyKey in the body must equal the Idempotency-Key header.';
    }
    if (!result.ok || Object.keys(errors).length > 0) return answer(422, { errors });

    const report: ReportPayload = result.report;
    const fingerprint = await reportFingerprint(report);
    let saved: SaveResult;
    try {
      const meta: ReportMeta = { receivedAt: now(), fingerprint };
      if (isThrottled(request)) meta.throttled = true;
      const address = clientAddress?.(request);
      if (address && secret) meta.clientAddressHash = await hashAddress(normalizeClientAddress(address), secret);
      saved = await store.save(report, meta);
    } catch (error) {
      onError(error, request);
      if ((error as Error | undefined)?.name === 'StoreFullError') {
        return answer(507, { error: 'The report store is full, so nothing was saved; please try again later.' });
      }
      return answer(500, { error: 'The report could not be stored. Nothing was saved; please try again.' });
    }
    if (!saved.duplicate) return answer(201, { id: saved.id });
    if (saved.fingerprint && saved.fingerprint !== fingerprint) {
      return answer(422, {
        error: 'This Idempotency-Key was used for a different report. Send this one with a new key.',
        code: 'idempotency-key-reused',
      });
    }
    return answer(200, { id: saved.id, duplicate: true });
  }

  const handleReport = async (request: Request): Promise<Response> => {
    const origin = request.headers.get('Origin');
    const cors: Record<string, string> =
      origin !== null && allowedOrigins.has(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
    const answer: Answer = (status, body, headers = {}) => json(status, body, { ...cors, ...headers });

    if (request.method === 'OPTIONS' && cors['Access-Control-Allow-Origin']) {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-CSRF-Token',
          'Access-Control-Max-Age': '600',
          'Cache-Control': 'no-store',
        },
      });
    }
    try {
      return await handle(request, answer);
    } catch (error) {
      // Whatever else failed (a site's checkCsrf, a bug): a JSON 500 that shows nothing of it.
      onError(error, request);
      await request.body?.cancel().catch(() => {});
      return answer(500, { error: 'The report could not be handled. Nothing was saved; please try again.' });
    }
  };
  return Object.assign(handleReport, { readBody });
}

type Answer = (status: number, body: unknown, headers?: Record<string, string>) => Response;

/**
 * An error in one line for a log: its name, code and message, never the
 * report's text (a database error's detail can quote it) nor its stack.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}`;
}

/**
 * The SHA-256 (hex) of a validated report's canonical JSON: object keys
 * sorted, so two bodies that differ only in key order or in the whitespace
 * validation trims have the same fingerprint.
 */
export async function reportFingerprint(report: ReportPayload): Promise<string> {
  const canonical = JSON.stringify(report, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
}
